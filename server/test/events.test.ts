import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, it } from 'node:test';
import { aggregateRatings } from '../../src/core/procurement/aggregate.js';
import type { Collector } from '../src/collector.js';
import { admin, call, exported, post, rating, testCollector } from './support/collector.js';
import { forEachStore } from './support/stores.js';

forEachStore('POST /v1/events', (target) => {
  let collector: Collector;
  let base: string;
  before(async () => {
    collector = await testCollector(target, { rateLimit: 0 });
    base = collector.url;
  });
  after(() => collector.close());

  it('stores a batch and answers with how many were new', async () => {
    const events = [rating('ana', 'c1', 4, 5), rating('ben', 'c1', 2, 3), { ...rating('ana', 'c2', 1, 1), type: 'why-dismissed', data: undefined }];
    const response = await post(base, events);
    assert.equal(response.status, 200);
    assert.deepEqual(response.json, { accepted: 3, duplicates: 0 });
    const ids = (await exported(base)).map((event) => event.id);
    for (const event of events) assert.ok(ids.includes(event.id));
  });

  it('counts a repeated event id once and still answers 2xx, in one batch or across batches', async () => {
    const event = rating('cleo', 'idem', 5, 5);
    assert.deepEqual((await post(base, [event, event])).json, { accepted: 1, duplicates: 1 });
    const again = await post(base, [event]);
    assert.equal(again.status, 200);
    assert.deepEqual(again.json, { accepted: 0, duplicates: 1 });
    const ratings = await call(base, 'GET', '/v1/ratings', { headers: admin });
    assert.deepEqual(ratings.json.items.find((item: { course: string }) => item.course === 'idem').recent, { count: 1, relevance: 5, clarity: 5 });
    assert.equal((await exported(base)).filter((stored) => stored.id === event.id).length, 1);
  });

  it("replaces a learner's earlier rating of a course with their changed one, in every number", async () => {
    const earlier = new Date(Date.now() - 200 * 86_400_000).toISOString();
    await post(base, [rating('dan', 'changed', 1, 1, earlier), rating('eve', 'changed', 3, 3, earlier)]);
    let item = (await call(base, 'GET', '/v1/ratings', { headers: admin })).json.items.find((entry: { course: string }) => entry.course === 'changed');
    assert.deepEqual(item, { course: 'changed', earlier: { count: 2, relevance: 2, clarity: 2 } });
    await post(base, [rating('dan', 'changed', 5, 4)]);
    item = (await call(base, 'GET', '/v1/ratings', { headers: admin })).json.items.find((entry: { course: string }) => entry.course === 'changed');
    assert.deepEqual(item, { course: 'changed', earlier: { count: 1, relevance: 3, clarity: 3 }, recent: { count: 1, relevance: 5, clarity: 4 } });
    // An older rating arriving late (an outbox that was offline) does not replace a newer one.
    await post(base, [rating('dan', 'changed', 2, 2, earlier)]);
    const late = (await call(base, 'GET', '/v1/ratings', { headers: admin })).json.items.find((entry: { course: string }) => entry.course === 'changed');
    assert.deepEqual(late, item);
  });

  it('serves ratings equal to a recount of the exported events by aggregateRatings', async () => {
    const learners = Array.from({ length: 12 }, (_, index) => `learner-${index}`);
    const batch = learners.flatMap((learner, index) => [
      rating(learner, 'recount-a', (index % 5) + 1, ((index * 3) % 5) + 1, new Date(Date.now() - index * 20 * 86_400_000).toISOString()),
      rating(learner, 'recount-b', ((index + 2) % 5) + 1, 3),
    ]);
    await post(base, batch);
    await post(base, [rating('learner-3', 'recount-a', 5, 5)]);
    for (const windowDays of [30, 90, 365]) {
      const served = (await call(base, 'GET', `/v1/ratings?windowDays=${windowDays}`, { headers: admin })).json;
      const recount = aggregateRatings(await exported(base), { windowDays }).aggregate;
      assert.equal(served.asOf, recount.asOf);
      const byCourse = (items: { course: string }[]) => Object.fromEntries(items.map((item) => [item.course, item]));
      assert.deepEqual(byCourse(served.items), byCourse(recount.items));
    }
  });

  it('splits at asOf: the window ends on it, and ratings made after it are left out', async () => {
    const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();
    await post(base, [rating('asof-1', 'asof', 5, 5, day(40)), rating('asof-2', 'asof', 3, 3, day(15)), rating('asof-3', 'asof', 1, 1, day(2))]);
    const asOf = day(10).slice(0, 10);
    const { json } = await call(base, 'GET', `/v1/ratings?windowDays=20&asOf=${asOf}`, { headers: admin });
    assert.equal(json.asOf, asOf);
    assert.deepEqual(json.items.find((item: { course: string }) => item.course === 'asof'), {
      course: 'asof',
      earlier: { count: 1, relevance: 5, clarity: 5 },
      recent: { count: 1, relevance: 3, clarity: 3 },
    });
    const bad = await call(base, 'GET', '/v1/ratings?windowDays=0&asOf=2026-02-30', { headers: admin });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.json.problems.map((problem: { path: string }) => problem.path), ['windowDays', 'asOf']);
  });

  it('refuses a malformed batch with every problem as {index, path, message}, storing nothing', async () => {
    const good = rating('fay', 'c1', 3, 3);
    const response = await post(base, [good, { ...rating('fay', 'c1', 3, 3), id: 'not-a-uuid', data: { relevance: 9, clarity: 2 } }, { type: 'party' }]);
    assert.equal(response.status, 400);
    const problems = response.json.problems as { index: number; path: string; message: string }[];
    assert.ok(problems.some((p) => p.index === 1 && p.path === 'id'));
    assert.ok(problems.some((p) => p.index === 1 && p.path === 'data.relevance' && /1 to 5/.test(p.message)));
    assert.ok(problems.some((p) => p.index === 2 && p.path === 'type'));
    assert.ok(problems.some((p) => p.index === 2 && p.path === 'learnerId'));
    assert.ok(!problems.some((p) => p.index === 0));
    assert.ok(!(await exported(base)).some((event) => event.id === good.id));
  });

  it('refuses a body that is not the events envelope, or not JSON', async () => {
    assert.equal((await call(base, 'POST', '/v1/events', { body: '{"events": 3}', headers: admin })).status, 400);
    assert.equal((await call(base, 'POST', '/v1/events', { body: '{"events": [', headers: admin })).status, 400);
    const future = { ...rating('gus', 'c1', 3, 3), time: new Date(Date.now() + 3 * 86_400_000).toISOString() };
    assert.deepEqual((await post(base, [future])).json.problems, [{ index: 0, path: 'time', message: 'is in the future' }]);
  });

  it('answers 415 for another content type and 413 for too much', async () => {
    const wrongType = await call(base, 'POST', '/v1/events', { body: JSON.stringify({ events: [] }), headers: { ...admin, 'Content-Type': 'text/plain' } });
    assert.equal(wrongType.status, 415);
    const many = Array.from({ length: 1001 }, () => rating('hal', 'c1', 3, 3));
    assert.equal((await post(base, many)).status, 413);
    const huge = [{ ...rating('hal', 'c1', 3, 3), data: { relevance: 3, clarity: 3, comment: 'x'.repeat(1_100_000) } }];
    assert.equal((await post(base, huge)).status, 413);
  });

  it('answers 401 without credentials and for a wrong token', async () => {
    const none = await post(base, [rating('ivy', 'c1', 3, 3)], {});
    assert.equal(none.status, 401);
    assert.match(none.headers.get('www-authenticate') ?? '', /^Bearer/);
    assert.equal((await post(base, [rating('ivy', 'c1', 3, 3)], { Authorization: 'Bearer nope' })).status, 401);
  });

  it('stores events of a learner under a pseudonym, never their id', async () => {
    const event = rating('jane.doe@example.com', 'c1', 3, 3);
    await post(base, [event]);
    const stored = (await exported(base)).find((candidate) => candidate.id === event.id);
    assert.notEqual(stored.learnerId, event.learnerId);
    assert.doesNotMatch(JSON.stringify(stored), /jane/);
    const { rows } = await collector.store.query<{ n: number }>("select count(*)::int as n from events where body::text like '%jane%' or learner like '%jane%'");
    assert.equal(rows[0]!.n, 0);
  });

  it('says it is healthy, and on which store', async () => {
    const health = await call(base, 'GET', '/healthz');
    assert.equal(health.status, 200);
    assert.deepEqual(health.json, { status: 'ok', storage: target.name });
  });

  it('answers 503 with Retry-After, storing nothing, when the store fails', async () => {
    await collector.store.query('alter table ratings_daily rename to ratings_daily_away');
    try {
      const event = rating('kim', 'c1', 3, 3);
      const response = await post(base, [event]);
      assert.equal(response.status, 503);
      assert.equal(response.headers.get('retry-after'), '5');
      assert.ok(!(await exported(base)).some((stored) => stored.id === event.id));
    } finally {
      await collector.store.query('alter table ratings_daily_away rename to ratings_daily');
    }
  });
});

forEachStore('rate limit', (target) => {
  let collector: Collector;
  before(async () => (collector = await testCollector(target, { rateLimit: 3 })));
  after(() => collector.close());

  it('answers 429 with Retry-After once a caller is over the limit', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let index = 0; index < 5; index++) {
      const response = await post(collector.url, [{ ...rating('lou', 'c1', 3, 3), id: randomUUID() }]);
      statuses.push(response.status);
      retryAfter ??= response.headers.get('retry-after');
    }
    assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
    assert.ok(Number(retryAfter) >= 1);
  });
});

forEachStore('health', (target) => {
  it('answers 503 on /healthz once the store cannot answer', async () => {
    const collector = await testCollector(target);
    try {
      assert.equal((await call(collector.url, 'GET', '/healthz')).status, 200);
      await collector.store.close();
      const health = await call(collector.url, 'GET', '/healthz');
      assert.equal(health.status, 503);
      assert.equal(health.json.status, 'unavailable');
    } finally {
      await collector.close().catch(() => undefined);
    }
  });
});
