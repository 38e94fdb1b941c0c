/**
 * `node --import tsx server/bench/lrs-forward.ts [N]`: how fast the collector forwards to a real
 * LRS (Learning Locker's statement service, in memory, from test/lrs/) and what queuing costs the
 * ingest. N rating events (default 5,000) are posted in batches of 50 to an in-process collector on
 * PGlite whose LRS is stopped, so they queue; then the LRS starts and the queue is timed until empty.
 * The same events are also posted to a collector without --lrs, for the ingest cost of the queue
 * (each after a warm-up of 1,000 events, which the forwarding one also queues).
 * A benchmark: it prints, never fails on a figure.
 */
import { randomUUID } from 'node:crypto';
import { post, testCollector } from '../test/support/collector.js';
import { LRS_KEY, LRS_SECRET, startLrs } from '../test/support/lrs.js';
import { pgliteTarget } from '../test/support/stores.js';

const count = Number(process.argv[2] ?? 5000);
const events = () =>
  Array.from({ length: count }, (_, index) => ({ id: randomUUID(), time: new Date().toISOString(), learnerId: `l${index % 2000}`, courseId: `c${index % 50}`, type: 'rating', data: { relevance: 1 + (index % 5), clarity: 3 } }));

async function ingest(url: string, list: object[]): Promise<number> {
  const started = performance.now();
  for (let at = 0; at < list.length; at += 50) {
    const { status } = await post(url, list.slice(at, at + 50));
    if (status !== 200) throw new Error(`POST /v1/events: ${status}`);
  }
  return (performance.now() - started) / 1000;
}

const lrs = await startLrs();
await lrs.stop();
const WARM_UP = 1000;
const warm = (list: object[]) => list.slice(0, WARM_UP);
const plain = await testCollector(pgliteTarget);
await ingest(plain.url, warm(events()));
const plainSeconds = await ingest(plain.url, events());
await plain.close();
const forwarding = await testCollector(pgliteTarget, { lrs: { url: lrs.url, key: LRS_KEY, secret: LRS_SECRET, homePage: 'https://intranet.example.com/', syncMinutes: 0, pollMs: 100, backoffCapMs: 200 } });
await ingest(forwarding.url, warm(events()));
const queuedSeconds = await ingest(forwarding.url, events());
const queued = count + Math.min(WARM_UP, count);
await lrs.start();
const started = performance.now();
for (;;) {
  const { rows } = await forwarding.store.query<{ n: number }>('select count(*)::int as n from lrs_outbox');
  if (rows[0]!.n === 0) break;
  await new Promise((resolve) => setTimeout(resolve, 50));
}
const drainSeconds = (performance.now() - started) / 1000;
const atLrs = (await lrs.statements()).length;
await forwarding.close();
await lrs.stop();
const rate = (seconds: number) => Math.round(count / seconds);
console.log(`events: ${count}, batches of 50, PGlite in memory, one client`);
console.log(`ingest without --lrs: ${rate(plainSeconds)} events/s; with the LRS queue: ${rate(queuedSeconds)} events/s`);
console.log(`forward (batches of 100 into Learning Locker in memory): ${Math.round(queued / drainSeconds)} statements/s; ${atLrs} of ${queued} at the LRS`);
