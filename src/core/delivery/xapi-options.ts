import type { PkEvent } from './event.js';
import { readAgent, type Agent } from './xapi-agent.js';
import { isUuid, readContextTemplate, type XapiContext } from './xapi-context.js';
import type { Statement, StatementOptions } from './xapi-statement.js';

export type { Agent, Statement, XapiContext };
export type { ContextActivity } from './xapi-context.js';

/**
 * The last word on a statement before it is sent: return it (changed or not), or `null` to send
 * nothing for this event (it leaves the outbox, reported as `dropped` with cause `transform`).
 * Runs when the event is sent, possibly on a later page: it must not depend on the page's state.
 * A transform that throws, or returns something that is not an object, sets the event aside as a
 * dead letter (status 0) with the reason, and says so on the console; it never throws into the page.
 */
export type XapiTransform = (statement: Statement, event: PkEvent) => Statement | null;

export interface XapiOptions {
  /** The account system of the learner ids (xAPI `actor.account.homePage`). Default the page origin. */
  homePage?: string;
  /**
   * The learner as a full xAPI Agent (`mbox`, `mbox_sha1sum`, `openid` or `account`), or a function
   * from the learner id to one (called when the event is sent). Default `{ account: { homePage, name: learnerId } }`.
   */
  actor?: Agent | ((learnerId: string) => Agent);
  /** A UUID, sent as `context.registration` (an LMS enrolment, a cmi5 launch). */
  registration?: string;
  /**
   * Merged into every statement's context: its activity lists joined with Purpose Kit's, its
   * extensions merged, and wherever both say something (`platform`, `language`, an extension
   * key), the template wins — as cmi5 requires of its LMS's template.
   */
  contextTemplate?: XapiContext;
  transform?: XapiTransform;
}

export interface ResolvedXapiOptions extends StatementOptions {
  homePage: string;
  transform?: XapiTransform;
}

/** Checks the xapi options but `homePage`; `fail` throws the configuration error. */
export function readXapiOptions(options: XapiOptions | undefined, fail: (message: string) => never): Omit<ResolvedXapiOptions, 'homePage'> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null) fail('xapi: expected an object');
  const { actor, registration, contextTemplate, transform } = options;
  const resolved: Omit<ResolvedXapiOptions, 'homePage'> = {};
  if (actor !== undefined) {
    const agent = typeof actor === 'function' ? actor : readAgent(actor, 'xapi.actor');
    if (typeof agent === 'string') fail(agent);
    resolved.actor = agent;
  }
  if (registration !== undefined) {
    if (!isUuid(registration)) fail(`xapi.registration: expected a UUID, got ${JSON.stringify(registration)}`);
    resolved.registration = registration;
  }
  if (contextTemplate !== undefined) {
    const template = readContextTemplate(contextTemplate, 'xapi.contextTemplate');
    if (typeof template === 'string') fail(template);
    if (template.registration !== undefined && resolved.registration !== undefined && template.registration.toLowerCase() !== resolved.registration.toLowerCase()) {
      fail('xapi.contextTemplate.registration: differs from xapi.registration');
    }
    resolved.contextTemplate = template;
  }
  if (transform !== undefined) {
    if (typeof transform !== 'function') fail('xapi.transform: expected a function (statement, event) => statement | null');
    resolved.transform = transform;
  }
  return resolved;
}
