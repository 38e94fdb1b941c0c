import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { aggregateRatings } from '../../src/core/procurement/aggregate.js';
import type { Collector } from '../src/collector.js';
import { expireEvents } from '../src/privacy/erase.js';
import { admin, call, exported, post, rating, testCollector } from './support/collector.js';
import { forEachStore } from './support/stores.js';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const byCourse = (items: { course: string }[]) => Object.fromEntries(items.map((item) => [item.course, item]));
const ratings = async (base: string, windowDays = 90) => (await call(base, 'GET', `/v1/ratings?windowDays=${windowDays}`, { headers: admin })).json;

forEachStore('privacy: erasure, retention, export, small groups', (target) => {
  let collector: Collector;
  let base: string;
  before(async () => {
    collector = await testCollector(target);
    base = collector.url;
  });
  after(() => collector.close());

  it("erases a learner's events and their share of every aggregate", async () => {
    await post(base, [rating('ana', 'erase', 5, 5), rating('ana', 'erase', 4, 4, daysAgo(200)), rating('ben', 'erase', 1, 2)]);
    await post(base, [{ ...rating('ana', 'erase', 1, 1), type: 'prompt-discussed', data: { promptId: 'p1' } }]);
    const response = await call(base, 'DELETE', '/v1/learners/ana', { headers: admin });
    assert.deepEqual(response.json, { erased: 3 });
    assert.deepEqual(byCourse((await ratings(base)).items).erase, { course: 'erase', recent: { count: 1, relevance: 1, clarity: 2 } });
    const remaining = await exported(base);
    assert.equal(remaining.filter((event) => event.courseId === 'erase').length, 1);
    assert.deepEqual(byCourse((await ratings(base)).items), byCourse(aggregateRatings(remaining).aggregate.items));
    const { rows } = await collector.store.query<{ n: number }>('select count(*)::int as n from discussed');
    assert.equal(rows[0]!.n, 0);
  });

  it('deletes events older than the retention window, with their share of the aggregates', async () => {
    await post(base, [rating('cy', 'retain', 2, 2, daysAgo(40)), rating('dee', 'retain', 4, 4, daysAgo(10)), rating('eli', 'retain', 3, 5, daysAgo(400))]);
    const { expired } = await expireEvents(collector.store, 30);
    assert.ok(expired >= 2);
    assert.ok((await exported(base)).every((event) => Date.parse(event.time) >= Date.now() - 30 * DAY));
    assert.deepEqual(byCourse((await ratings(base, 365)).items).retain, { course: 'retain', recent: { count: 1, relevance: 4, clarity: 4 } });
    assert.deepEqual(byCourse((await ratings(base)).items), byCourse(aggregateRatings(await exported(base)).aggregate.items));
  });

  it('exports every event as NDJSON, and those received since a time', async () => {
    const before = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const later = rating('fox', 'export', 3, 3);
    await post(base, [later]);
    const all = await call(base, 'GET', '/v1/export', { headers: admin });
    assert.equal(all.headers.get('content-type'), 'application/x-ndjson');
    assert.ok(all.text.endsWith('\n'));
    const since = await call(base, 'GET', `/v1/export?since=${encodeURIComponent(before)}`, { headers: admin });
    assert.deepEqual(since.text.trim().split('\n').map((line) => JSON.parse(line).id), [later.id]);
    assert.equal((await call(base, 'GET', '/v1/export?since=yesterday', { headers: admin })).status, 400);
  });

  it('streams an export larger than one page, each event once, in the order received', async () => {
    const events = Array.from({ length: 2500 }, (_, index) => rating(`bulk-${index}`, 'bulk', (index % 5) + 1, 3));
    for (let start = 0; start < events.length; start += 500) await post(base, events.slice(start, start + 500));
    const ids = (await exported(base)).filter((event) => event.courseId === 'bulk').map((event) => event.id);
    assert.equal(ids.length, 2500);
    assert.equal(new Set(ids).size, 2500);
  });
});

forEachStore('privacy: groups under the minimum are not published', (target) => {
  let collector: Collector;
  before(async () => (collector = await testCollector(target, { minGroup: 5 })));
  after(() => collector.close());

  it('leaves out a window of fewer than 5 ratings, and publishes it from the fifth', async () => {
    await post(collector.url, ['a', 'b', 'c', 'd'].map((learner) => rating(learner, 'small', 5, 1)));
    assert.equal(byCourse((await ratings(collector.url)).items).small, undefined);
    await post(collector.url, [rating('e', 'small', 5, 1)]);
    assert.deepEqual(byCourse((await ratings(collector.url)).items).small, { course: 'small', recent: { count: 5, relevance: 5, clarity: 1 } });
  });
});
