/**
 * A small HR export whose Purpose Dividend is computed by hand below (minGroup 5), in 2025-Q1 and
 * 2025-Q2. Aligned (the `aligned` column): a1–a10, teams T1 (a1–a5) and T2 (a6–a10), all hired
 * 2020-01-01. Baseline: b1–b10 (T1: b1–b5, T2: b6–b10) hired 2020-01-01, and b11–b14 (T3, no
 * survey) hired 2025-02-01.
 *
 * - Retention. Aligned Q1: a1 leaves 2025-02-15 → 9/10; Q2: 9 open, all stay → 1. Baseline Q1:
 *   b1 (2025-01-31) and b2 (2025-03-31, its last day) leave → 8/10; Q2: b3–b10 and b11–b14 open
 *   (12), b3 leaves 2025-05-01 → 11/12.
 * - Mobility. Aligned Q1: a2–a6 move (5 internal, no hire) → 1; Q2: a7–a10 move: 4 roles, under
 *   5 → withheld. Baseline Q1: b4 moves, b11–b14 are hired → 1/5; Q2: b5–b9 move → 5/5 = 1.
 * - Latency (ratings as completions, endorsements as applications). a1–a5 rate on 2025-01-05 and
 *   endorse 10, 20, 30, 40, 50 days later → median 30 in Q1. b1–b4 the same: 4 people → withheld.
 * - Alignment. Q1 aligned: T1 (2 h, score 3) and T2 (4 h, score 4) → Spearman 1; baseline T1
 *   (5 h, 2) and T2 (1 h, 4) → −1. Q2: a1, b1, b2 are gone, so aligned T1 and baseline T1 have 4
 *   surveyed people and are left out: one team per cohort → null.
 */
import { randomUUID } from 'node:crypto';

export const EXPECTED = {
  periods: ['2025-Q1', '2025-Q2'],
  series: {
    retention: { aligned: [0.9, 1], baseline: [0.8, 11 / 12] },
    mobility: { aligned: [1, null], baseline: [0.2, 1] },
    latency: { aligned: [30, null], baseline: [null, null] },
    alignment: { aligned: [1, null], baseline: [-1, null] },
  },
};

interface Person {
  id: string;
  team: string;
  hired: string;
  exited?: string;
  aligned: boolean;
  moves?: Partial<Record<'2025-Q1' | '2025-Q2', number>>;
  hours?: number;
  connection?: number;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const PEOPLE: Person[] = [
  ...range(1, 10).map((n): Person => ({
    id: `emp-a${n}`,
    team: n <= 5 ? 'T1' : 'T2',
    hired: '2020-01-01',
    aligned: true,
    hours: n <= 5 ? 2 : 4,
    connection: n <= 5 ? 3 : 4,
    ...(n === 1 && { exited: '2025-02-15' }),
    ...(n >= 2 && n <= 6 && { moves: { '2025-Q1': 1 } }),
    ...(n >= 7 && { moves: { '2025-Q2': 1 } }),
  })),
  ...range(1, 10).map((n): Person => ({
    id: `emp-b${n}`,
    team: n <= 5 ? 'T1' : 'T2',
    hired: '2020-01-01',
    aligned: false,
    hours: n <= 5 ? 5 : 1,
    connection: n <= 5 ? 2 : 4,
    ...({ 1: { exited: '2025-01-31' }, 2: { exited: '2025-03-31' }, 3: { exited: '2025-05-01' } } as Record<number, { exited: string }>)[n],
    ...(n === 4 && { moves: { '2025-Q1': 1 } }),
    ...(n >= 5 && n <= 9 && { moves: { '2025-Q2': 1 } }),
  })),
  ...range(11, 14).map((n): Person => ({ id: `emp-b${n}`, team: 'T3', hired: '2025-02-01', aligned: false })),
];

const QUARTERS = [
  { period: '2025-Q1', start: '2025-01-01', end: '2025-03-31' },
  { period: '2025-Q2', start: '2025-04-01', end: '2025-06-30' },
] as const;

/** One row per person and quarter they were employed in, under the given column names. */
export function fixtureRows(): Record<string, string>[] {
  return PEOPLE.flatMap((person) =>
    QUARTERS.filter(({ start, end }) => person.hired <= end && (!person.exited || person.exited >= start)).map(({ period }) => ({
      id: person.id,
      period,
      team: person.team,
      manager: `mgr-${person.team}`,
      hire_date: person.hired,
      exit_date: person.exited ?? '',
      internal_moves: String(person.moves?.[period] ?? 0),
      connection: person.connection === undefined ? '' : String(person.connection),
      learning_hours: person.hours === undefined ? '' : String(person.hours),
      aligned: String(person.aligned),
    })),
  );
}

/** The rows as CSV with the columns renamed by `names` (field → column). */
export function toCsv(rows: Record<string, string>[], names: Record<string, string> = {}): string {
  const fields = Object.keys(rows[0]!);
  const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return [fields.map((field) => quote(names[field] ?? field)).join(','), ...rows.map((row) => fields.map((field) => quote(row[field]!)).join(','))].join('\r\n') + '\r\n';
}

/** The ratings and endorsements behind the latency numbers. */
export function skillEvents(): unknown[] {
  const at = (days: number) => new Date(Date.UTC(2025, 0, 5 + days, 12)).toISOString();
  const learners = [...range(1, 5).map((n) => `emp-a${n}`), ...range(1, 4).map((n) => `emp-b${n}`)];
  return learners.flatMap((learnerId, index) => [
    { id: randomUUID(), time: at(0), learnerId, courseId: 'ppa-selling', type: 'rating', data: { relevance: 4, clarity: 4 } },
    {
      id: randomUUID(),
      time: at(((index % 5) + 1) * 10),
      learnerId,
      courseId: 'ppa-selling',
      type: 'endorsement',
      data: { problem: 'Won a PPA renewal', pillar: 'client-trust' },
    },
  ]);
}
