/**
 * `npm start` runs the demo on the real collector: `purpose-kit-server --dev` as its own process,
 * on PGlite in a temporary directory, with the sample manifest, the sample manager's team and a
 * generated HR export (imported the way L&D operations import one, so the Leadership tab's
 * Purpose Dividend and Human Sustainability lens are the collector's `/v1/metrics`). The export's
 * people also took courses: each completion reaches the collector as that learner's rating of the
 * course (the evidence of a completed course the collector reads without an LRS). The
 * page reaches it at `/pk` through Vite's proxy, as an intranet would put it behind its own origin.
 *
 * In front of the proxy, `POST /demo-fault {"mode": …}` makes `/pk/v1/events` fail on purpose (503,
 * 500 or 401), to watch the elements' outbox keep events and deliver them when it recovers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { writeWorkforceFile, type GeneratedCompletion, type LearningCourses } from '../server/bench/workforce-file.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

type Fault = 'none' | 'offline' | 'error' | 'unauthorized';
const FAULT_STATUS: Record<Exclude<Fault, 'none'>, number> = { offline: 503, error: 500, unauthorized: 401 };

/** The demo collector's admin token, made anew each start; only the demo's own import uses it. */
const ADMIN_TOKEN = randomUUID();

/** The manager whose team the demo's Manager tab shows. */
export const DEMO_MANAGER = 'jonas.weber';

async function startCollector(): Promise<{ url: string; stop(): void }> {
  const data = mkdtempSync(join(tmpdir(), 'purpose-kit-demo-'));
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', here('../server/src/cli.ts'), '--dev', '--data', data, '--manifest', here('./manifest.json'), '--port', '0', '--min-group', '1', '--quiet'],
    { env: { ...process.env, PK_ADMIN_TOKEN: ADMIN_TOKEN }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const stop = () => {
    child.kill('SIGTERM');
    rmSync(data, { recursive: true, force: true });
  };
  process.once('exit', stop);
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      process.stdout.write(chunk);
      const listening = /listening on (http:\/\/\S+)/.exec(output);
      if (listening) resolve(listening[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the collector stopped (exit ${code}) before it was ready`)));
  });
  const manifest = JSON.parse(readFileSync(here('./manifest.json'), 'utf8'));
  const team = await fetch(`${url}/v1/teams/${DEMO_MANAGER}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(manifest.team),
  });
  if (!team.ok) throw new Error(`the collector refused the demo team: ${await team.text()}`);
  await importWorkforce(url, data, learningCourses(manifest));
  return { url, stop };
}

/** People in the demo's generated HR export (8 quarters each). */
const DEMO_PEOPLE = 1200;

/**
 * The courses the export's people take: those that build a transferable skill, and the others. Not
 * the course the "My learning" tab rates, whose report starts from the manifest's history alone.
 */
function learningCourses(manifest: { courses: { id: string; skills?: string[] }[]; skills?: { id: string; transferable: boolean }[] }): LearningCourses {
  const transferable = new Set((manifest.skills ?? []).filter((skill) => skill.transferable).map((skill) => skill.id));
  const courses = manifest.courses.filter((course) => course.id !== RATED_COURSE);
  const builds = (course: { skills?: string[] }) => (course.skills ?? []).some((skill) => transferable.has(skill));
  return { transferable: courses.filter(builds).map((course) => course.id), other: courses.filter((course) => !builds(course)).map((course) => course.id) };
}

/** The course "My learning" shows (demo/parts/course-page.ts). */
const RATED_COURSE = 'data-privacy-essentials';

/** Sends each completion as the learner's rating of the course, 1,000 events a request, with the admin token. */
async function sendCompletions(url: string, completions: readonly GeneratedCompletion[]): Promise<void> {
  for (let first = 0; first < completions.length; first += 1000) {
    const events = completions.slice(first, first + 1000).map(({ employee, course, date }, i) => ({
      id: randomUUID(),
      time: `${date}T12:00:00.000Z`,
      learnerId: employee,
      courseId: course,
      type: 'rating',
      data: { relevance: 3 + ((first + i) % 3), clarity: 2 + ((first + i) % 4) },
    }));
    const response = await fetch(`${url}/v1/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ events }),
    });
    if (!response.ok) throw new Error(`the collector refused the demo's learning events: ${await response.text()}`);
  }
}

/** Generates the HR export and imports it through the running collector, as `import workforce --server` does. */
async function importWorkforce(url: string, data: string, courses: LearningCourses): Promise<void> {
  const file = join(data, 'hr-export.csv');
  const { completions } = await writeWorkforceFile(file, DEMO_PEOPLE, undefined, courses);
  await sendCompletions(url, completions);
  const child = spawn(process.execPath, ['--import', 'tsx', here('../server/src/cli.ts'), 'import', 'workforce', file, '--server', url], {
    env: { ...process.env, PK_ADMIN_TOKEN: ADMIN_TOKEN },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`the demo's HR export was not imported (exit ${code}): ${output}`);
  console.log(`  demo: ${output.trim()}`);
}

export function demoCollector(): Plugin {
  let fault: Fault = 'none';
  return {
    name: 'purpose-kit:demo-collector',
    apply: 'serve',
    async config() {
      const collector = await startCollector();
      console.log(`  demo: the page reaches the collector (${collector.url}) at /pk`);
      return { server: { proxy: { '/pk': { target: collector.url, rewrite: (path) => path.replace(/^\/pk/, '') } } } };
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url === '/demo-fault' && req.method === 'POST') {
          let body = '';
          req.on('data', (chunk: Buffer) => (body += chunk));
          req.on('end', () => {
            const mode = (JSON.parse(body || '{}') as { mode?: string }).mode;
            fault = mode && mode in FAULT_STATUS ? (mode as Fault) : 'none';
            res.setHeader('Content-Type', 'application/json');
            res.end(JSON.stringify({ fault }));
          });
          return;
        }
        if (fault !== 'none' && req.method === 'POST' && req.url?.startsWith('/pk/v1/events')) {
          res.statusCode = FAULT_STATUS[fault];
          res.setHeader('Content-Type', 'application/json');
          res.end(JSON.stringify({ error: `simulated ${fault}`, message: 'the demo made the collector fail on purpose' }));
          return;
        }
        next();
      });
    },
  };
}
