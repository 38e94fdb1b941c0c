/**
 * How long the Human Sustainability lens takes to compute (`sustainabilitySeries`, the pure part of
 * `GET /v1/metrics`'s `sustainability` section) for the generated HR export with its people's course
 * completions and the demo manifest's skills: the median of 5 runs, each on fresh record objects
 * (nothing parsed is reused between runs). A measurement, not a test.
 *
 *   node --import tsx server/bench/sustainability.ts [PEOPLE]   (default 50,000)
 */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { skillCatalogue } from '../../src/core/metrics/from-manifest.js';
import { sustainabilitySeries } from '../../src/core/metrics/sustainability.js';
import type { EmployeeRecord, TeamWellbeing, WorkforceRecords } from '../../src/core/metrics/types.js';
import { periodRange } from '../src/workforce/fields.js';
import { QUARTERS, writeWorkforceFile } from './workforce-file.js';

const people = Number(process.argv[2] ?? 50_000);
const manifest = JSON.parse(readFileSync(fileURLToPath(new URL('../../demo/manifest.json', import.meta.url)), 'utf8'));
const catalogue = skillCatalogue(manifest);
const transferable = new Set(catalogue.transferable);
const builds = (course: { skills: readonly string[] }) => course.skills.some((skill) => transferable.has(skill));
const file = join(tmpdir(), `pk-bench-sustainability-${process.pid}.csv`);
const { completions } = await writeWorkforceFile(file, people, undefined, {
  transferable: catalogue.courses.filter(builds).map((course) => course.id),
  other: catalogue.courses.filter((course) => !builds(course)).map((course) => course.id),
});
const lines = readFileSync(file, 'utf8').trim().split('\n').slice(1);
rmSync(file);

// As records.ts reads the store: each person from their latest row, each team's mean wellbeing and learning per period.
const employees = new Map<string, EmployeeRecord>();
const surveys = new Map<string, { team: string; date: string; size: number; learning: number; wellbeing: number }>();
for (const line of lines) {
  const [id, period, team, , hired, exited, , , hours, , wellbeing] = line.split(',');
  employees.set(id!, { id: id!, aligned: false, hired: hired!, separated: exited || null, team });
  if (!wellbeing) continue;
  const key = `${team} ${period}`;
  const survey = surveys.get(key) ?? { team: team!, date: periodRange(period!)!.end, size: 0, learning: 0, wellbeing: 0 };
  survey.size++;
  survey.learning += Number(hours);
  survey.wellbeing += Number(wellbeing);
  surveys.set(key, survey);
}
const periods = QUARTERS.map((label) => ({ label, ...periodRange(label)! }));
const wellbeing: TeamWellbeing[] = [...surveys.values()].map(({ team, date, size, learning, wellbeing }) => ({ team, date, size, learning: learning / size, wellbeing: wellbeing / size }));
const fresh = (): WorkforceRecords => ({
  periods,
  employees: [...employees.values()].map((employee) => ({ ...employee })),
  learning: completions.map((completion) => ({ ...completion })),
  skills: catalogue,
  wellbeing,
});

const times: number[] = [];
for (let run = 0; run < 5; run++) {
  const records = fresh();
  const started = performance.now();
  sustainabilitySeries(records);
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
console.log(
  `${people.toLocaleString('en-US')} people, ${completions.length.toLocaleString('en-US')} course completions, ${wellbeing.length.toLocaleString('en-US')} team surveys: ` +
    `sustainabilitySeries median ${Math.round(times[2]!)} ms (runs: ${times.map((time) => Math.round(time)).join(', ')} ms)`,
);
