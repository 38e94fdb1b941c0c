/** Command-line options of `npm run bench`. */
import { parseArgs } from 'node:util';

export const USAGE = `npm run bench [-- options]

  --strict          exit 1 when a target is missed (FAIL; an UNDECIDED timing does not fail it)
  --sizes           the size part only (no browser)
  --ceilings        exit 1 when a size grows past its ceiling in bench/size-ceilings.json (the
                    target, or a known miss's last size): what CI runs, with --sizes
  --runs N          the fewest runs per scenario and side (default 10; below 6 no 95 % interval)
  --max-runs N      the most runs (default 50): a timed scenario repeats runs until the 95 %
                    interval of the figure its target judges is within ±5 %, or N runs are done
                    (N / 2 for a figure reported without a target)
  --only LIST       scenarios to run, e.g. 1,3,7 (sizes always run); "suggest" is the suggestion
                    quality part, and --only suggest alone runs nothing else (no build, no browser)
                    and updates only its section of bench/RESULTS.md
  --profile         profile one more element run of each timed scenario and print where its
                    time goes, by module and function (the CDN module is then built unminified)
  --help            this text`;

export function readOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      strict: { type: 'boolean', default: false },
      sizes: { type: 'boolean', default: false },
      ceilings: { type: 'boolean', default: false },
      runs: { type: 'string', default: '10' },
      'max-runs': { type: 'string', default: '50' },
      only: { type: 'string' },
      profile: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: expected a positive integer, got ${values.runs}`);
  const maxRuns = Number(values['max-runs']);
  if (!Number.isInteger(maxRuns) || maxRuns < 1) throw new Error(`--max-runs: expected a positive integer, got ${values['max-runs']}`);
  const wanted = values.only?.split(',').map((id) => id.trim());
  return {
    strict: values.strict,
    sizesOnly: values.sizes,
    ceilings: values.ceilings,
    runs,
    /** Never fewer than `runs`. */
    maxRuns: Math.max(runs, maxRuns),
    /** Only the suggestion quality part: no build, no browser. */
    suggestOnly: wanted !== undefined && wanted.every((id) => id === 'suggest'),
    /** Whether scenario `id` (e.g. `2`, `2-next` or `suggest`) is wanted. */
    only: (id) => !wanted || wanted.includes(id.split('-')[0]),
    profile: values.profile,
    help: values.help,
  };
}
