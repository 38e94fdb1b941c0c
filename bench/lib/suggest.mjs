/**
 * Suggestion quality (`src/core/suggest`): the leave-one-out measurement of
 * bench/suggest/quality.ts on the sample manifests, run under tsx, as printed lines and as the
 * "Suggestion quality" section of bench/RESULTS.md. Not a timing: the figures are exact.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const percent = (share) => `${(share * 100).toFixed(1)} %`;

export async function runSuggestQuality(root) {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/suggest/quality.ts'], { cwd: root });
  return JSON.parse(stdout);
}

const rows = (quality) =>
  quality.map((row) => [
    row.manifest,
    `${row.courses} (${row.pillars} pillars)`,
    percent(row.top1),
    percent(row.top2),
    `${percent(row.chance1)} / ${percent(row.chance2)}`,
    `${percent(row.frequent1)} / ${percent(row.frequent2)}`,
    `${percent(row.tagTop1)} of ${row.taggedCourses} (${row.impactTags} tags)`,
  ]);

const HEADER = ['manifest', 'courses placed', 'true pillar first', 'in the top 2', 'chance (top 1 / 2)', 'most frequent pillars (top 1 / 2)', 'top tag is one of its own'];

const METHOD =
  "Leave-one-out: each course placed on a pillar is ranked by its title, description and objectives with its own words (and why) removed from every pillar and impact tag document, as if it had never been placed; the pillars' and tags' own words and the other courses stay. Chance: 1 / pillars and 2 / pillars. Most frequent: always suggesting the pillars that hold the most other courses (ties broken at random, as expected hits).";

/** Printed lines, in the style of the report's tables. */
export function suggestLines(quality, table) {
  return ['Suggestion quality (src/core/suggest, BM25 over the manifest\'s own words):', ...table(HEADER, rows(quality)), `      ${METHOD}`];
}

export function suggestSection(quality, markdownTable) {
  return ['## Suggestion quality', '', METHOD, '', ...markdownTable(HEADER, rows(quality)), ''];
}

/** `text` (bench/RESULTS.md) with its "Suggestion quality" section replaced, or added before "## Verdicts". */
export function withSuggestSection(text, section) {
  const lines = text.split('\n');
  const start = lines.indexOf('## Suggestion quality');
  if (start >= 0) {
    const next = lines.findIndex((line, index) => index > start && line.startsWith('## '));
    lines.splice(start, (next < 0 ? lines.length : next) - start, ...section);
  } else {
    const verdicts = lines.indexOf('## Verdicts');
    lines.splice(verdicts < 0 ? lines.length : verdicts, 0, ...section);
  }
  return lines.join('\n');
}
