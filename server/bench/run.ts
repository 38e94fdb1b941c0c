/**
 * `npm run bench:server [-- --quick] [--only ingest|reads|workforce] [--store pglite|postgres]`: what the
 * collector sustains, on PGlite and on PostgreSQL, measured from outside the real server process
 * over HTTP (README.md beside this file says how). Prints a table and writes
 * bench/results-server.json. Exit 1 only when it could not run.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { admin } from '../test/support/collector.js';
import { startPostgres } from '../test/support/postgres.js';
import { startServerProcess, type ServerProcessOptions } from '../test/support/server-process.js';
import { batchBody, type Shape } from './events.js';
import { clusterCpuSeconds, cpuSeconds, machineCpu, ownCpuSeconds, parentOf } from './cpu.js';
import { closedLoop, HttpClient, openLoop, percentile, sequentialGets, type Measured } from './http-load.js';
import { plainInsertPglite, plainInsertPostgres } from './plain-insert.js';
import { seedRatings } from './seed.js';
import { workforceBench } from './workforce.js';

const quick = process.argv.includes('--quick');
const PLAN = quick
  ? { warmSeconds: 3, levels: [2, 8], warmupSeconds: 0.5, seconds: 2, openSeconds: 4, plainSeconds: 2, gets: 20, sizes: [10_000, 100_000], pgliteBudgetSeconds: 60 }
  : { warmSeconds: 6, levels: [1, 2, 4, 8, 16, 32], warmupSeconds: 1, seconds: 4, openSeconds: 10, plainSeconds: 4, gets: 50, sizes: [10_000, 1_000_000], pgliteBudgetSeconds: 180 };
const BATCH = 50;
/** A large company: 100,000 learners, 500 courses. Ratings sent now are from the last day; those stored span the default retention (730 days). */
const LIVE: Shape = { learners: 100_000, courses: 500, days: 1 };
const STORED: Shape = { ...LIVE, days: 730 };
/** `--only ingest`, `--only reads` or `--only workforce`; `--store pglite` or `--store postgres`. */
const only = option('--only');
const storeOnly = option('--store');
const runs = (part: 'ingest' | 'reads' | 'workforce') => !only || only === part;
/** The HR export of the workforce import: 50,000 people × 8 quarters (400,000 rows). */
const WORKFORCE_PEOPLE = quick ? 10_000 : 50_000;
if ((only && !['ingest', 'reads', 'workforce'].includes(only)) || (storeOnly && !['pglite', 'postgres'].includes(storeOnly))) {
  process.stderr.write('Usage: npm run bench:server -- [--quick] [--only ingest|reads|workforce] [--store pglite|postgres]\n');
  process.exit(2);
}
const FLAGS = ['--rate-limit', '0'];
const RESULTS = fileURLToPath(new URL('../../bench/results-server.json', import.meta.url));
const MB = 1024 * 1024;

/** CPU µs per acknowledged event, by process, and how busy the whole machine was (other work included). */
interface CpuUse {
  serverMicros: number;
  databaseMicros?: number;
  clientMicros: number;
  machineBusy: number;
  /** Busy CPU seconds per second not spent by the server, its database backends or the client: other work on the machine. */
  othersCpus: number;
}

interface IngestResult {
  sweep: ({ concurrency: number; eventsPerSecond: number; p50: number; p99: number; failed: number } & CpuUse)[];
  max: { concurrency: number; eventsPerSecond: number };
  halfMax: { targetEventsPerSecond: number; eventsPerSecond: number; p50: number; p99: number; failed: number } & CpuUse;
  plainInsert: { eventsPerSecond: number; concurrency: number };
  peakRssBytes: number;
}

interface ReadResult {
  ratings: number;
  seedSeconds?: number;
  p50?: number;
  p99?: number;
  peakRssBytes?: number;
  skipped?: string;
}

const results: Record<string, unknown> & { stores: Record<string, unknown> } = {
  environment: { date: new Date().toISOString(), node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, loadAverageAtStart: loadavg() },
  options: { quick, only, store: storeOnly, ...PLAN, batch: BATCH, live: LIVE, stored: STORED, client: 'node:http keep-alive (bench/http-load.ts)' },
  stores: {},
};
const started = performance.now();
const say = (line: string) => process.stdout.write(`${line}\n`);

type Started = { url: string; pid: number; peakRss(): number | undefined; stop(): Promise<unknown> };

/**
 * A warm-up (the first seconds of a process are slower: V8 compiles the hot code, PGlite's
 * WebAssembly included), the closed-loop sweep to the maximum, then the open loop at half of it.
 * `databaseCpu` gives the CPU seconds the database has used so far (PostgreSQL runs apart).
 */
async function ingestBench(start: () => Promise<Started>, databaseCpu?: () => number): Promise<Omit<IngestResult, 'plainInsert'>> {
  const server = await start();
  const client = new HttpClient(server.url, 512, admin);
  const body = () => batchBody(BATCH, LIVE);
  /** Runs `work`, measuring the CPU used meanwhile. */
  const withCpu = async (work: () => Promise<Measured>) => {
    const before = { server: cpuSeconds(server.pid), database: databaseCpu?.() ?? 0, client: ownCpuSeconds(), machine: machineCpu(), at: performance.now() };
    const run = await work();
    const seconds = (performance.now() - before.at) / 1000;
    const events = run.okTotal * BATCH;
    const machine = machineCpu();
    const used = { server: cpuSeconds(server.pid) - before.server, database: (databaseCpu?.() ?? 0) - before.database, client: ownCpuSeconds() - before.client };
    const busy = machine.busy - before.machine.busy;
    const cpu: CpuUse = {
      serverMicros: (used.server / events) * 1e6,
      ...(databaseCpu && { databaseMicros: (used.database / events) * 1e6 }),
      clientMicros: (used.client / events) * 1e6,
      machineBusy: busy / (machine.total - before.machine.total),
      othersCpus: (busy - used.server - used.database - used.client) / seconds,
    };
    return { ...summary(run), ...cpu };
  };
  try {
    await closedLoop(client, { concurrency: 4, warmupSeconds: PLAN.warmSeconds, seconds: 0, body });
    const sweep: IngestResult['sweep'] = [];
    let sinceBest = 0;
    for (const concurrency of PLAN.levels) {
      const row = { concurrency, ...(await withCpu(() => closedLoop(client, { concurrency, warmupSeconds: PLAN.warmupSeconds, seconds: PLAN.seconds, body }))) };
      sweep.push(row);
      say(`  ${String(concurrency).padStart(2)} client(s): ${fmt(row.eventsPerSecond).padStart(6)} events/s, p50 ${row.p50.toFixed(1)} ms, p99 ${row.p99.toFixed(1)} ms${row.failed ? `, ${row.failed} failed` : ''}; ${cpuLine(row)}`);
      const bestBefore = Math.max(0, ...sweep.slice(0, -1).map((entry) => entry.eventsPerSecond));
      sinceBest = row.eventsPerSecond > 1.05 * bestBefore ? 0 : sinceBest + 1;
      // Two levels in a row that add less than 5 %: the server is saturated.
      if (sinceBest === 2) break;
    }
    const max = sweep.reduce((best, row) => (row.eventsPerSecond > best.eventsPerSecond ? row : best));
    const targetEventsPerSecond = max.eventsPerSecond / 2;
    const half = await withCpu(() => openLoop(client, { perSecond: targetEventsPerSecond / BATCH, seconds: PLAN.openSeconds, body }));
    say(`  open loop at ${fmt(targetEventsPerSecond)} events/s: ${fmt(half.eventsPerSecond)} events/s done, p50 ${half.p50.toFixed(1)} ms, p99 ${half.p99.toFixed(1)} ms${half.failed ? `, ${half.failed} failed` : ''}; ${cpuLine(half)}`);
    return {
      sweep,
      max: { concurrency: max.concurrency, eventsPerSecond: max.eventsPerSecond },
      halfMax: { targetEventsPerSecond, ...half },
      peakRssBytes: server.peakRss() ?? Number.NaN,
    };
  } finally {
    client.close();
    await server.stop();
  }
}

const cpuLine = (cpu: CpuUse) =>
  `CPU µs/event: server ${cpu.serverMicros.toFixed(0)}${cpu.databaseMicros === undefined ? '' : `, PostgreSQL ${cpu.databaseMicros.toFixed(0)}`}, client ${cpu.clientMicros.toFixed(0)}; machine ${(cpu.machineBusy * 100).toFixed(0)} % busy, other work ${cpu.othersCpus.toFixed(2)} CPUs`;

function summary(run: Measured) {
  return { eventsPerSecond: (run.ok * BATCH) / run.seconds, p50: percentile(run.latencies, 50), p99: percentile(run.latencies, 99), failed: run.failed };
}

/** Seeds `location` up to each size in turn and times `/v1/ratings` on a fresh server process at each. */
async function readBench(location: ServerProcessOptions, budgetSeconds?: number): Promise<ReadResult[]> {
  const reads: ReadResult[] = [];
  let stored = 0;
  for (const size of PLAN.sizes) {
    const seeded = await seedRatings(location, { already: stored, total: size, shape: STORED, ...(budgetSeconds && { budgetSeconds }) });
    stored = seeded.stored;
    if (seeded.projectedSeconds) {
      const skipped = `seeding would take about ${Math.round(seeded.projectedSeconds)} s (budget ${budgetSeconds} s); stopped at ${fmt(stored)}`;
      say(`  ${fmt(size)} ratings: skipped, ${skipped}`);
      reads.push({ ratings: size, skipped });
      break;
    }
    const server = await startServerProcess({ ...location, args: FLAGS });
    const client = new HttpClient(server.url, 1, admin);
    try {
      const latencies = await sequentialGets(client, '/v1/ratings?windowDays=90', 5, PLAN.gets);
      const read = { ratings: size, seedSeconds: seeded.seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), peakRssBytes: server.peakRss() ?? Number.NaN };
      say(`  ${fmt(size)} ratings (seeded in ${seeded.seconds.toFixed(1)} s): /v1/ratings p50 ${read.p50.toFixed(1)} ms, p99 ${read.p99.toFixed(1)} ms`);
      reads.push(read);
    } finally {
      client.close();
      await server.stop();
    }
  }
  return reads;
}

async function postgresBench(): Promise<Record<string, unknown>> {
  const postgres = await startPostgres();
  if ('skipped' in postgres) {
    say(postgres.skipped);
    return { skipped: postgres.skipped };
  }
  try {
    const settings = await postgresSettings(postgres.url);
    say(`PostgreSQL ${settings.version} (fsync ${settings.fsync}, synchronous_commit ${settings.synchronous_commit})`);
    const result: Record<string, unknown> = { settings };
    if (runs('ingest')) {
      const ingestDb = await postgres.createDatabase('pk_bench_ingest');
      say('PostgreSQL ingest, batches of 50 over HTTP:');
      const postmaster = await postmasterOf(ingestDb);
      const ingest = await ingestBench(() => startServerProcess({ databaseUrl: ingestDb, args: FLAGS }), postmaster ? () => clusterCpuSeconds(postmaster) : undefined);
      const concurrency = Math.min(ingest.max.concurrency, 16);
      const plain = await plainInsertPostgres(ingestDb, { concurrency, batchSize: BATCH, seconds: PLAN.plainSeconds, shape: LIVE });
      say(`  plain multi-row INSERT, ${concurrency} connection(s): ${fmt(plain)} rows/s (ingest is ${(ingest.max.eventsPerSecond / plain).toFixed(2)}× of it)`);
      result.ingest = { ...ingest, plainInsert: { eventsPerSecond: plain, concurrency } };
    }
    if (runs('reads')) {
      say('PostgreSQL /v1/ratings:');
      result.reads = await readBench({ databaseUrl: await postgres.createDatabase('pk_bench_ratings') });
    }
    if (runs('workforce')) {
      say('PostgreSQL workforce import and /v1/metrics:');
      result.workforce = await workforceBench({ databaseUrl: await postgres.createDatabase('pk_bench_workforce') }, WORKFORCE_PEOPLE, say);
    }
    return result;
  } finally {
    await postgres.stop();
  }
}

/** The postmaster's process id, when it runs on this machine (a backend's parent), for its CPU. */
async function postmasterOf(url: string): Promise<number | undefined> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
    const parent = parentOf(rows[0]!.pid);
    return Number.isInteger(parent) && parent > 1 ? parent : undefined;
  } finally {
    await client.end();
  }
}

/** The settings that decide what a commit costs (the test harness's throw-away cluster runs with fsync off). */
async function postgresSettings(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const show = async (name: string) => (await client.query(`show ${name}`)).rows[0][name] as string;
    return { version: await show('server_version'), fsync: await show('fsync'), synchronous_commit: await show('synchronous_commit') };
  } finally {
    await client.end();
  }
}

async function pgliteBench(): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pk-bench-ingest-'));
  const readDir = mkdtempSync(join(tmpdir(), 'pk-bench-ratings-'));
  const workforceDir = mkdtempSync(join(tmpdir(), 'pk-bench-workforce-'));
  try {
    const result: Record<string, unknown> = {};
    if (runs('ingest')) {
      // The first start makes the data directory (initdb), which takes more memory than serving: measured on its own.
      const first = await startServerProcess({ dataDir, args: FLAGS });
      const firstStartRssBytes = first.peakRss() ?? Number.NaN;
      await first.stop();
      say(`PGlite ingest, batches of 50 over HTTP (first start, making the data directory: peak RSS ${fmt(firstStartRssBytes / MB)} MB):`);
      const ingest = await ingestBench(() => startServerProcess({ dataDir, args: FLAGS }));
      const plain = await plainInsertPglite(dataDir, { batchSize: BATCH, seconds: PLAN.plainSeconds, shape: LIVE });
      say(`  plain multi-row INSERT: ${fmt(plain)} rows/s (ingest is ${(ingest.max.eventsPerSecond / plain).toFixed(2)}× of it)`);
      Object.assign(result, { firstStartRssBytes, ingest: { ...ingest, plainInsert: { eventsPerSecond: plain, concurrency: 1 } } });
    }
    if (runs('reads')) {
      say('PGlite /v1/ratings:');
      result.reads = await readBench({ dataDir: readDir }, PLAN.pgliteBudgetSeconds);
    }
    if (runs('workforce')) {
      say('PGlite workforce import and /v1/metrics:');
      result.workforce = await workforceBench({ dataDir: workforceDir }, WORKFORCE_PEOPLE, say);
    }
    return result;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(readDir, { recursive: true, force: true });
    rmSync(workforceDir, { recursive: true, force: true });
  }
}

function targets() {
  const stores = results.stores as Record<string, { ingest?: IngestResult; reads?: ReadResult[] }>;
  const rows: { target: string; measured: string; pass: boolean | null }[] = [];
  const check = (target: string, value: number | undefined, ok: (value: number) => boolean, unit: string) =>
    rows.push({ target, measured: value === undefined || Number.isNaN(value) ? 'not measured' : `${fmt(value)} ${unit}`, pass: value === undefined || Number.isNaN(value) ? null : ok(value) });
  check('PGlite ingest ≥ 5,000 events/s', stores.pglite?.ingest?.max.eventsPerSecond, (v) => v >= 5000, 'events/s');
  check('PostgreSQL ingest ≥ 20,000 events/s', stores.postgres?.ingest?.max.eventsPerSecond, (v) => v >= 20_000, 'events/s');
  check('PGlite p99 ≤ 100 ms at half the maximum', stores.pglite?.ingest?.halfMax.p99, (v) => v <= 100, 'ms');
  check('PostgreSQL p99 ≤ 100 ms at half the maximum', stores.postgres?.ingest?.halfMax.p99, (v) => v <= 100, 'ms');
  const million = stores.postgres?.reads?.find((read) => read.ratings === 1_000_000);
  check('/v1/ratings ≤ 50 ms (median) at 1,000,000 ratings, PostgreSQL', million?.p50, (v) => v <= 50, 'ms');
  for (const [name, store] of Object.entries(stores)) {
    const peaks = [store.ingest?.peakRssBytes, ...(store.reads ?? []).map((read) => read.peakRssBytes)].filter((v): v is number => v !== undefined && !Number.isNaN(v));
    if (store.ingest || store.reads) check(`${name === 'pglite' ? 'PGlite' : 'PostgreSQL'} server peak RSS ≤ 256 MB`, peaks.length ? Math.max(...peaks) / MB : undefined, (v) => v <= 256, 'MB');
  }
  return rows;
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

const fmt = (value: number) => Math.round(value).toLocaleString('en-US');

try {
  if (storeOnly !== 'pglite') results.stores.postgres = await postgresBench();
  if (storeOnly !== 'postgres') results.stores.pglite = await pgliteBench();
} catch (error) {
  process.stderr.write(`bench:server could not run: ${(error as Error).stack}\n`);
  process.exit(1);
}
const verdicts = targets();
results.targets = verdicts;
results.seconds = Math.round((performance.now() - started) / 1000);
(results.environment as Record<string, unknown>).loadAverageAtEnd = loadavg();

say('');
const width = Math.max(...verdicts.map((row) => row.target.length));
for (const row of verdicts) say(`${row.target.padEnd(width)}  ${row.measured.padStart(16)}  ${row.pass === null ? 'N/A' : row.pass ? 'PASS' : 'FAIL'}`);
say(`\n${results.seconds} s; load average ${loadavg().map((value) => value.toFixed(2)).join(' ')} on ${cpus().length} CPUs. Written to bench/results-server.json`);
mkdirSync(join(RESULTS, '..'), { recursive: true });
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
