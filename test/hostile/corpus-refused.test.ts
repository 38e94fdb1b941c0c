/**
 * Hostile manifests (forbidden keys, duplicates, crossed references, wrong types everywhere,
 * script URLs, 50 MB, deep nesting, cycles, values JSON cannot hold, HTML and broken JSON) and
 * hostile manifest URLs, given to every element defined by src/define.ts: each refuses them with
 * an error state that names the problem, and `pk-error`.
 */
import { hostileManifestUrls, MANIFESTS } from '../fixtures/hostile/corpus.js';
import { describeCorpus } from '../support/describe-corpus.js';
import { loadLibrary } from '../support/defined-elements.js';

describeCorpus('Hostile manifests, given to every element', await loadLibrary(), [
  ...MANIFESTS.filter(({ verdict }) => verdict.kind === 'refused'),
  ...(await hostileManifestUrls()),
]);
