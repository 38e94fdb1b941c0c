/**
 * The statement the collector forwards for a stored event: the browser's own mapping
 * (`toStatement`, one definition), with the actor made pseudonymous — an account named by the
 * learner's pseudonym on `{homePage}/purpose-kit/pseudonyms`, never the raw learner id. That home
 * page also tells a later pull that the statement is this collector's own.
 */
import type { PkEvent } from '../../../src/core/delivery/event.js';
import { toStatement, type Statement } from '../../../src/core/delivery/xapi-statement.js';
import { siteIri } from '../../../src/core/delivery/xapi-vocabulary.js';

export function pseudonymHomePage(homePage: string): string {
  return siteIri(homePage, 'pseudonyms');
}

/** `event` as stored: its `learnerId` is already the pseudonym. */
export function forwardStatement(event: PkEvent, homePage: string): Statement {
  return toStatement(event, { homePage, language: 'und' }, { actor: { objectType: 'Agent', account: { homePage: pseudonymHomePage(homePage), name: event.learnerId } } });
}
