import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, it } from 'node:test';
import type { PkEvent } from '../../src/core/delivery/event.js';
import type { Collector } from '../src/collector.js';
import { enqueue } from '../src/lrs/queue.js';
import { readSettings } from '../src/settings.js';
import { pseudonymiser } from '../src/privacy/pseudonym.js';
import { admin, call, post, rating, testCollector } from './support/collector.js';
import { LRS_KEY, LRS_SECRET, startLrs, validateStatement, type Lrs } from './support/lrs.js';
import { forEachStore, postgresTarget, type StoreTarget } from './support/stores.js';

const HOME = 'https://intranet.example.com/';
const SECRET = 'a-test-secret-of-some-length';

function lrsCollector(target: StoreTarget, url: string): Promise<Collector> {
  return testCollector(target, { lrs: { url, key: LRS_KEY, secret: LRS_SECRET, homePage: HOME, syncMinutes: 0, pollMs: 100, backoffCapMs: 400 } });
}

/** One event of every type, as the elements' json format sends them. */
function everyType(learnerId: string) {
  const base = () => ({ id: randomUUID(), time: new Date().toISOString(), learnerId });
  return [
    rating(learnerId, 'c1', 4, 5),
    { ...base(), type: 'endorsement', courseId: 'c1', pillarId: 'p1', data: { problem: 'Cut the claim backlog', pillar: 'p1' } },
    { ...base(), type: 'pathway-opened', pathwayId: 'w1', pillarId: 'p1' },
    { ...base(), type: 'why-dismissed', courseId: 'c1', pathwayId: 'w1' },
    { ...base(), type: 'prompt-discussed', courseId: 'c1', data: { promptId: 'q1' } },
  ];
}

async function until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > deadline) assert.fail(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

const health = async (base: string) => (await call(base, 'GET', '/healthz')).json;
const ids = (statements: Record<string, unknown>[]) => statements.map((statement) => statement.id as string).sort();

forEachStore('forwarding to an LRS', (target) => {
  let lrs: Lrs;
  before(async () => {
    lrs = await startLrs();
  });
  after(() => lrs.stop());

  it('gets every accepted event to the LRS exactly once, through an outage, as valid statements with a pseudonymous actor', async () => {
    const collector = await lrsCollector(target, lrs.url);
    try {
      const first = everyType('ana');
      assert.equal((await post(collector.url, first)).status, 200);
      await until('the first events at the LRS', () => lrs.statements(), (list) => list.length === first.length);
      await until('an empty queue', () => health(collector.url), (body) => body.lrs.queued === 0);
      const before = await lrs.statements();
      assert.deepEqual(ids(before), first.map((event) => event.id).sort());
      const pseudonym = pseudonymiser(SECRET)('ana');
      for (const statement of before) {
        assert.deepEqual(validateStatement(statement), [], JSON.stringify(statement));
        assert.deepEqual(statement.actor, { objectType: 'Agent', account: { homePage: `${HOME}purpose-kit/pseudonyms`, name: pseudonym } });
        assert.ok(!JSON.stringify(statement).includes('"ana"'));
      }

      await lrs.stop();
      const during = [...everyType('ben'), rating('cy', 'c2', 3, 3)];
      assert.equal((await post(collector.url, during)).status, 200);
      assert.equal((await post(collector.url, during.slice(0, 2))).json.duplicates, 2);
      const down = await until('healthz showing the outage', () => health(collector.url), (body) => body.lrs.lastError !== null && body.lrs.oldestAgeSeconds >= 1);
      assert.equal(down.status, 'ok');
      assert.equal(down.lrs.queued, during.length);
      assert.equal(down.lrs.deadLetters, 0);
      assert.match(down.lrs.lastError.message, /could not be reached/);

      await lrs.start();
      await until('an empty queue after the restart', () => health(collector.url), (body) => body.lrs.queued === 0);
      const afterRestart = await lrs.statements();
      // The restarted LRS remembers nothing from before: it holds exactly what was queued while it was down, each once.
      assert.deepEqual(ids(afterRestart), during.map((event) => event.id).sort());
      assert.equal((await health(collector.url)).lrs.lastError, null);
      for (const statement of afterRestart) assert.deepEqual(validateStatement(statement), []);
    } finally {
      await collector.close();
    }
  });

  it('dead-letters a statement the LRS refuses, with its reason, sends the rest of its batch, and never retries it', async () => {
    const collector = await lrsCollector(target, lrs.url);
    try {
      const bad = randomUUID();
      const good = rating('dee', 'c3', 5, 5);
      // A statement the LRS must refuse (no verb), queued as a row from an older collector could be,
      // in one transaction with a good one, so the worker claims both in one batch.
      await collector.store.transaction(async (tx) => {
        await tx.query('insert into lrs_outbox (event_id, learner, time, statement) values ($1, $2, now(), $3::jsonb)', [bad, 'someone', JSON.stringify({ id: bad, actor: { account: { homePage: HOME, name: 'x' } }, object: { id: `${HOME}x` } })]);
        await enqueue(tx, [{ ...good, learnerId: 'dee-pseudonym' } as PkEvent], HOME);
      });
      const settled = await until('the dead letter', () => health(collector.url), (body) => body.lrs.deadLetters === 1 && body.lrs.queued === 0);
      // lastError said so until the next stored batch cleared it; the dead letter stays counted.
      assert.ok(settled.lrs.lastError === null || /refused for good/.test(settled.lrs.lastError.message), JSON.stringify(settled.lrs.lastError));
      assert.ok((await lrs.statements()).some((statement) => statement.id === good.id));
      const listed = await call(collector.url, 'GET', '/v1/lrs/dead-letters', { headers: admin });
      assert.equal(listed.json.deadLetters.length, 1);
      assert.equal(listed.json.deadLetters[0].id, bad);
      assert.equal(listed.json.deadLetters[0].status, 400);
      assert.match(listed.json.deadLetters[0].reason, /^400 /);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const { rows } = await collector.store.query<{ n: number }>('select count(*)::int as n from lrs_dead_letters');
      assert.equal(rows[0]!.n, 1);
      assert.ok(!(await lrs.statements()).some((statement) => statement.id === bad));
      // Put back by an operator, it is refused again and comes back to the dead letters, not into a loop.
      assert.equal((await call(collector.url, 'POST', '/v1/lrs/dead-letters/requeue', { headers: admin })).json.requeued, 1);
      await until('the dead letter again', () => health(collector.url), (body) => body.lrs.deadLetters === 1 && body.lrs.queued === 0);
    } finally {
      await collector.close();
    }
  });

  it('erasure and retention remove the queued statements of what they remove', async () => {
    const collector = await lrsCollector(target, 'http://127.0.0.1:9/xAPI');
    try {
      const old = rating('eve', 'c1', 2, 2, new Date(Date.now() - 40 * 86_400_000).toISOString());
      await post(collector.url, [...everyType('eve'), old, rating('fay', 'c1', 4, 4)]);
      await until('a failing queue', () => health(collector.url), (body) => body.lrs.lastError !== null);
      await collector.store.query("insert into lrs_dead_letters (event_id, learner, time, statement, status, reason) select event_id, learner, time, statement, 400, 'test' from lrs_outbox where event_id = $1", [old.id]);
      assert.equal((await call(collector.url, 'DELETE', '/v1/learners/eve', { headers: admin })).status, 200);
      const { rows } = await collector.store.query<{ learner: string }>('select learner from lrs_outbox union all select learner from lrs_dead_letters');
      assert.deepEqual(rows.map((row) => row.learner), [pseudonymiser(SECRET)('fay')]);
      const { expireEvents } = await import('../src/privacy/erase.js');
      await expireEvents(collector.store, 1, Date.now() + 2 * 86_400_000);
      assert.equal((await health(collector.url)).lrs.queued, 0);
    } finally {
      await collector.close();
    }
  });
});

it('refuses --lrs without credentials or with a URL that is not http(s)', () => {
  const env = { PK_SECRET: SECRET, PK_JWKS_URL: 'https://idp.example.com/jwks' };
  const missing = readSettings(['--lrs', 'https://lrs.example.com/xAPI'], env);
  assert.equal(missing.ok, false);
  assert.match((missing as { problems: string[] }).problems.join('\n'), /PK_LRS_KEY and PK_LRS_SECRET/);
  const ftp = readSettings(['--lrs', 'ftp://lrs.example.com/xAPI'], { ...env, PK_LRS_KEY: 'k', PK_LRS_SECRET: 's' });
  assert.match((ftp as { problems: string[] }).problems.join('\n'), /--lrs must be an http: or https: URL/);
  const ok = readSettings(['--lrs', 'https://lrs.example.com/xAPI/', '--lrs-sync-minutes', '5'], { ...env, PK_LRS_KEY: 'k', PK_LRS_SECRET: 's' });
  assert.deepEqual(ok.ok === true && ok.settings.lrs, { url: 'https://lrs.example.com/xAPI', key: 'k', secret: 's', homePage: 'https://lrs.example.com/', syncMinutes: 5 });
});

/** Between the collectors and the LRS: passes every request on and notes the statement ids each POST carried. */
interface Proxy {
  url: string;
  posted: string[];
  /** When each POST arrived (ms since the epoch). */
  postedAt: number[];
  /** Answers the next POSTs with these instead of passing them on. */
  refuse: { status: number; retryAfter: () => string }[];
  close(): Promise<void>;
}

async function countingProxy(target: string): Promise<Proxy> {
  const posted: string[] = [];
  const postedAt: number[] = [];
  const refuse: Proxy['refuse'] = [];
  const origin = new URL(target).origin;
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    if (request.method === 'POST') {
      postedAt.push(Date.now());
      const refusal = refuse.shift();
      if (refusal) {
        response.writeHead(refusal.status, { 'Retry-After': refusal.retryAfter() });
        response.end('busy');
        return;
      }
      posted.push(...(JSON.parse(body.toString('utf8')) as { id: string }[]).map((statement) => statement.id));
    }
    const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => !['host', 'content-length', 'connection'].includes(name))) as Record<string, string>;
    const answer = await fetch(origin + request.url, { method: request.method, headers, ...(body.length && { body }) });
    response.writeHead(answer.status, { 'Content-Type': answer.headers.get('content-type') ?? 'application/json' });
    response.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${new URL(target).pathname}`, posted, postedAt, refuse, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

it('two collectors on one PostgreSQL send each queued statement once between them', { skip: !postgresTarget && 'no PostgreSQL here' }, async () => {
  const lrs = await startLrs();
  const proxy = await countingProxy(lrs.url);
  const location = await postgresTarget!.location();
  const shared: StoreTarget = { name: 'postgres', location: async () => location };
  const lrsSettings = { url: proxy.url, key: LRS_KEY, secret: LRS_SECRET, homePage: HOME, syncMinutes: 0, pollMs: 50, batchSize: 7 };
  const one = await testCollector(shared, { lrs: lrsSettings });
  const two = await testCollector(shared, { lrs: lrsSettings });
  try {
    const events = Array.from({ length: 300 }, (_, index) => rating(`learner-${index % 40}`, `c${index % 9}`, 1 + (index % 5), 3));
    await Promise.all(Array.from({ length: 10 }, (_, batch) => post((batch % 2 ? one : two).url, events.slice(batch * 30, batch * 30 + 30))));
    await until('an empty queue', () => health(one.url), (body) => body.lrs.queued === 0, 60_000);
    assert.equal(proxy.posted.length, events.length, 'a statement was sent more than once');
    assert.deepEqual([...proxy.posted].sort(), events.map((event) => event.id).sort());
    assert.equal((await lrs.statements()).length, events.length);
  } finally {
    await one.close();
    await two.close();
    await proxy.close();
    await lrs.stop();
  }
});

it('waits as long as Retry-After says on 503 and 429, then sends', async () => {
  const lrs = await startLrs();
  const proxy = await countingProxy(lrs.url);
  proxy.refuse.push({ status: 503, retryAfter: () => '2' }, { status: 429, retryAfter: () => new Date(Date.now() + 4000).toUTCString() });
  const collector = await testCollector({ name: 'pglite', location: async () => ({}) }, { lrs: { url: proxy.url, key: LRS_KEY, secret: LRS_SECRET, homePage: HOME, syncMinutes: 0, pollMs: 50 } });
  try {
    const events = [rating('gus', 'c1', 4, 4)];
    await post(collector.url, events);
    const busy = await until('the 503 in healthz', () => health(collector.url), (body) => body.lrs.lastError !== null);
    assert.match(busy.lrs.lastError.message, /^503 /);
    await until('the statement at the LRS', () => lrs.statements(), (list) => list.length === 1, 30_000);
    const [first, second, third] = proxy.postedAt;
    assert.ok(second! - first! >= 1900, `second POST ${second! - first!} ms after the 503`);
    // An HTTP-date has whole seconds: at least 3 s of the 4 remained when it was sent.
    assert.ok(third! - second! >= 2900, `third POST ${third! - second!} ms after the 429`);
    assert.deepEqual(proxy.posted, events.map((event) => event.id));
  } finally {
    await collector.close();
    await proxy.close();
    await lrs.stop();
  }
});

it('adds the LRS tables (migration 4) to a store that already has migration 5, built beside it', async () => {
  const { MIGRATIONS, migrate } = await import('../src/store/migrations.js');
  const { openStore } = await import('../src/store/store.js');
  const store = await openStore({});
  try {
    await migrate(store, 3);
    const five = MIGRATIONS.find((migration) => migration.version === 5)!;
    await store.transaction(async (tx) => {
      await five.up(tx);
      await tx.query('insert into schema_migrations (version, name) values (5, $1)', [five.name]);
    });
    assert.equal(await migrate(store), MIGRATIONS.at(-1)!.version);
    const { rows } = await store.query<{ version: number }>('select version from schema_migrations order by version');
    assert.deepEqual(rows.map((row) => row.version), MIGRATIONS.map((migration) => migration.version));
    await store.query('select count(*) from lrs_outbox');
  } finally {
    await store.close();
  }
});
