/**
 * Reading the team from `src`, a part of `<pk-team-digest>` loaded only by a digest that has one:
 * the document is fetched and checked against the manifest (the validator brings valibot, so it
 * loads with the first team read).
 */
import type { ReactiveControllerHost } from 'lit';
import { RemoteDocument } from '../../core/base/remote-document.js';
import type { PkError } from '../../core/errors.js';
import type { Manifest, Team } from '../../core/manifest/types.js';

export function teamDocument(
  host: ReactiveControllerHost & { readonly localName: string },
  onError: (error: PkError) => void,
): RemoteDocument<Team, Manifest> {
  return new RemoteDocument<Team, Manifest>(host, {
    validate: async (text, manifest) => (await import('../../core/manifest/validate-team.js')).validateTeam(text, manifest),
    invalid: (url) => `the team from ${url} is not valid`,
    onError,
  });
}
