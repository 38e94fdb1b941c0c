/**
 * Valid but nasty manifests (markup and script in every text field, bidi controls, disguised
 * script URLs, every text at its limit, 200,000 unknown fields), given to every element
 * defined by src/define.ts: each shows them as text, however its controls are used.
 */
import { MANIFESTS } from '../fixtures/hostile/corpus.js';
import { describeCorpus } from '../support/describe-corpus.js';
import { loadLibrary } from '../support/defined-elements.js';

describeCorpus(
  'Valid but nasty manifests, given to every element',
  await loadLibrary(),
  MANIFESTS.filter(({ verdict }) => verdict.kind === 'shown'),
);
