/**
 * The ratings aggregate of `<pk-relevance-report src="…">`: fetched, checked, fetched again on
 * request. Its own chunk, loaded only by a report that has a `src`, with the validator (and
 * valibot) it brings.
 */
import type { ReactiveControllerHost } from 'lit';
import { RemoteDocument } from '../../core/base/remote-document.js';
import type { PkError } from '../../core/errors.js';
import type { RatingsAggregate } from '../../core/procurement/types.js';
import { validateAggregate } from '../../core/procurement/validate.js';

export function ratingsDocument(
  host: ReactiveControllerHost & { readonly localName: string },
  onError: (error: PkError) => void,
): RemoteDocument<RatingsAggregate> {
  return new RemoteDocument(host, { validate: validateAggregate, invalid: (url) => `the ratings from ${url} are not valid`, onError });
}
