/**
 * A deterministic generator of large pathway manifests, for the benchmark and scale tests. The
 * same options always give the same manifest (a seeded PRNG, no `Math.random`).
 *
 * Shape: the first three pillars are the imperatives (rank 1, 2, 3 in manifest order), each with
 * its first pathway as hero; pathway `i` belongs to pillar `i mod pillars`; course `c` is in
 * pathway `c mod pathways` (and, when there are fewer courses than slots, shared with later ones),
 * so every course is used and a pathway holds about `courses / pathways` courses; every tenth
 * pathway is mandatory; four impact tags per pillar.
 *
 * `why` and `metricPeriods` add what a catalogue page and the dividend chart read; they draw
 * nothing from the PRNG, so the rest of the manifest is the same with or without them.
 */
import type { Course, Manifest, Metrics } from '../src/core/manifest/types.js';

export interface GenerateOptions {
  /** Number of pillars (default 12). */
  pillars?: number;
  /** Number of pathways (default 600); at most `courses × 500`. */
  pathways?: number;
  /** Number of courses (default 10,000). */
  courses?: number;
  /** Number of owning departments the pathways are spread over (default 6, at most 12). */
  departments?: number;
  /** PRNG seed (default 1). */
  seed?: number;
  /** Give every course a `why` statement, and every third one a "from → to" reframing (default false). */
  why?: boolean;
  /** Add `metrics`: this many weekly periods of all four cohort series and a cost model (default 0: none). */
  metricPeriods?: number;
}

const DEPARTMENTS = [
  'Engineering', 'Finance', 'Marketing', 'Operations', 'Sales', 'People',
  'Legal & Compliance', 'IT', 'Procurement', 'Field Services', 'Customer Care', 'Strategy',
];
const SUBJECTS = [
  'Grid', 'Battery', 'Hydrogen', 'Carbon', 'Privacy', 'Safety', 'Automation', 'Analytics',
  'Contract', 'Outage', 'Substation', 'Wind', 'Solar', 'Metering', 'Cyber', 'Leadership',
];
const SKILLS = [
  'Fundamentals', 'Modelling', 'Design', 'Reporting', 'Negotiation', 'Operations',
  'Risk', 'Forecasting', 'Compliance', 'Communication', 'Planning', 'Maintenance',
];
const VERBS = ['Apply', 'Model', 'Explain', 'Assess', 'Plan', 'Design', 'Measure', 'Present'];
const GOALS = ['Efficiency', 'Net-Zero', 'Client Trust', 'Zero Harm', 'Growth', 'Resilience'];

/** mulberry32: a tiny, fast, seedable PRNG (uniform in [0, 1)). */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The purpose statement of course `c`, with a reframing on every third course. */
function whyOf(c: number): NonNullable<Course['why']> {
  const subject = SUBJECTS[c % SUBJECTS.length]!.toLowerCase();
  const goal = GOALS[c % GOALS.length]!;
  const statement =
    `Every ${subject} decision you make here moves our ${goal} goal: this course shows how your team's ` +
    `daily work turns into measurable progress on it.`;
  return c % 3 === 0
    ? { statement, reframe: { from: `ticking the ${subject} training box`, to: `delivering ${goal} our clients notice` } }
    : { statement };
}

/**
 * `periods` weekly points of retention, mobility, latency and alignment for both cohorts: a slow
 * seeded walk around plausible levels, the aligned cohort a little ahead.
 */
function metricsOf(periods: number, seed: number): Metrics {
  const random = prng(seed ^ 0x9e3779b9);
  const walk = (start: number, step: number, lead: number) => {
    const aligned: number[] = [];
    const baseline: number[] = [];
    let level = start;
    for (let p = 0; p < periods; p++) {
      level += (random() - 0.5) * step;
      aligned.push(Number((level + lead).toFixed(4)));
      baseline.push(Number(level.toFixed(4)));
    }
    return { aligned, baseline };
  };
  return {
    periods: Array.from({ length: periods }, (_, p) => `W${(p % 52) + 1} ${2022 + Math.floor(p / 52)}`),
    series: {
      retention: walk(0.86, 0.004, 0.03),
      mobility: walk(0.32, 0.01, 0.08),
      latency: walk(58, 1.5, -12),
      alignment: walk(0.2, 0.02, 0.25),
    },
    cost: { currency: 'EUR', averageSalary: 68_500, replacementFactor: 0.5, alignedHeadcount: 1240 },
  };
}

export function generateManifest(options: GenerateOptions = {}): Manifest {
  const { pillars = 12, pathways = 600, courses = 10_000, departments = 6, seed = 1, why = false, metricPeriods = 0 } = options;
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const perPathway = Math.max(1, Math.ceil(courses / pathways));
  // A course's primary pillar is the pillar of the first pathway it is in.
  const pillarOfCourse = (c: number) => (c % pathways) % pillars;

  return {
    version: 1,
    organization: { name: 'Generated Utilities Group', mission: 'A generated manifest for scale tests.', fiscalYear: 'FY2027' },
    pillars: Array.from({ length: pillars }, (_, p) => ({
      id: `pillar-${p}`,
      title: `${SUBJECTS[p % SUBJECTS.length]} ${GOALS[p % GOALS.length]} ${p + 1}`,
      description: `Generated pillar ${p + 1}.`,
      ...(p < 3 ? { imperative: (p + 1) as 1 | 2 | 3 } : {}),
    })),
    impactTags: Array.from({ length: pillars * 4 }, (_, t) => ({
      id: `tag-${t}`,
      label: `Enables ${pick(SUBJECTS)} ${pick(SKILLS)} for Q${(t % 4) + 1} ${pick(GOALS)} Goals`,
      pillar: `pillar-${Math.floor(t / 4)}`,
      initiative: `${pick(SUBJECTS)} Programme ${t}`,
      targetPeriod: `Q${(t % 4) + 1} FY2027`,
    })),
    courses: Array.from({ length: courses }, (_, c) => {
      const pillar = pillarOfCourse(c);
      const tagCount = Math.floor(random() * 3);
      return {
        id: `course-${c}`,
        title: `${pick(SUBJECTS)} ${pick(SKILLS)} ${c + 1}`,
        url: `https://learn.example.com/courses/course-${c}`,
        pillar: `pillar-${pillar}`,
        objectives: Array.from({ length: 2 }, () => `${pick(VERBS)} ${pick(SUBJECTS).toLowerCase()} ${pick(SKILLS).toLowerCase()}`),
        impactTags: Array.from({ length: tagCount }, (_, k) => `tag-${pillar * 4 + ((c + k) % 4)}`),
        ...(why ? { why: whyOf(c) } : {}),
        ...(c % 25 === 24 ? { mandatory: true } : {}),
      };
    }),
    pathways: Array.from({ length: pathways }, (_, i) => ({
      id: `pathway-${i}`,
      title: `${pick(SUBJECTS)} ${pick(SKILLS)} Pathway ${i + 1}`,
      pillar: `pillar-${i % pillars}`,
      department: DEPARTMENTS[Math.floor(random() * Math.min(departments, DEPARTMENTS.length))]!,
      courses: Array.from({ length: perPathway }, (_, k) => `course-${(i + k * pathways) % courses}`),
      ...(i < Math.min(3, pillars) ? { hero: true } : {}),
      ...(i % 10 === 9 ? { mandatory: true } : {}),
    })),
    ...(metricPeriods > 0 ? { metrics: metricsOf(metricPeriods, seed) } : {}),
  };
}
