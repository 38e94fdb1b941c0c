/**
 * The demo's round trip: a rating posted to the demo's endpoint (demo/endpoint.ts, driven here
 * through its middleware with in-memory requests) changes the aggregate it serves at
 * `/api/ratings`, and so the report that reads it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { Connect } from 'vite';
import { demoMiddleware } from '../../../demo/endpoint.js';
import { clearManifestCache } from '../../../src/core/manifest/load.js';
import { validateManifest } from '../../../src/core/manifest/validate.js';
import type { RatingsAggregate } from '../../../src/core/procurement/types.js';
import '../../../src/elements/relevance-report/define.js';
import type { PkRelevanceReport } from '../../../src/elements/relevance-report/relevance-report.js';
import { TestEndpoint } from '../../core/delivery/support.js';
import { cells, ready, until } from './support.js';

interface Answer {
  status: number;
  body: any;
}

/** Calls the middleware as Vite's server would, with an in-memory request and response. */
function call(middleware: Connect.NextHandleFunction, method: string, url: string, body?: unknown): Promise<Answer> {
  const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  const req = {
    method,
    url,
    on(event: string, listener: (...args: unknown[]) => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return req;
    },
  };
  const emit = (event: string, ...args: unknown[]) => listeners.get(event)?.forEach((listener) => listener(...args));
  return new Promise((resolve) => {
    const res = {
      statusCode: 200,
      setHeader() {},
      end(text?: string) {
        resolve({ status: res.statusCode, body: text ? JSON.parse(text) : undefined });
      },
    };
    middleware(req as never, res as never, () => resolve({ status: 404, body: undefined }));
    if (body !== undefined) emit('data', new TextEncoder().encode(JSON.stringify(body)));
    emit('end');
  });
}

const rating = (id: string, course: string, relevance: number, clarity: number, learnerId = 'priya.raman', time = new Date().toISOString()) => ({
  id,
  type: 'rating',
  time,
  learnerId,
  courseId: course,
  data: { relevance, clarity },
});

/** The endpoint as the demo's server runs it: the demo manifest's ratings as its history. */
async function demoEndpoint(): Promise<Connect.NextHandleFunction> {
  const result = validateManifest(await (await fetch('/demo/manifest.json')).text());
  if (!result.ok) throw new Error('demo/manifest.json is not valid');
  return demoMiddleware({ baseline: result.manifest.courses });
}

const item = (aggregate: RatingsAggregate, course: string) => aggregate.items.find((entry) => entry.course === course);

describe('the demo endpoint’s ratings aggregate', () => {
  afterEach(() => clearManifestCache());

  it('starts from the demo manifest’s ratings and adds each rating it receives', async () => {
    const endpoint = await demoEndpoint();
    const before = (await call(endpoint, 'GET', '/api/ratings')).body as RatingsAggregate;
    expect(item(before, 'data-privacy-essentials')).to.deep.equal({
      course: 'data-privacy-essentials',
      earlier: { count: 1320, relevance: 3.9, clarity: 4.2 },
    });
    expect(item(before, 'hydrogen-fundamentals')).to.equal(undefined);

    const posted = await call(endpoint, 'POST', '/api/events', { events: [rating('e1', 'hydrogen-fundamentals', 4, 2)] });
    expect(posted).to.deep.equal({ status: 200, body: { accepted: 1 } });
    const after = (await call(endpoint, 'GET', '/api/ratings')).body as RatingsAggregate;
    expect(item(after, 'hydrogen-fundamentals')).to.deep.equal({ course: 'hydrogen-fundamentals', recent: { count: 1, relevance: 4, clarity: 2 } });
  });

  it('counts a re-sent event once, and a learner’s new rating instead of the old one', async () => {
    const endpoint = await demoEndpoint();
    await call(endpoint, 'POST', '/api/events', { events: [rating('e1', 'ppa-selling', 2, 2)] });
    await call(endpoint, 'POST', '/api/events', { events: [rating('e1', 'ppa-selling', 2, 2)] });
    const later = new Date(Date.now() + 1000).toISOString();
    await call(endpoint, 'POST', '/api/events', { events: [rating('e2', 'ppa-selling', 5, 4, 'priya.raman', later), rating('e3', 'ppa-selling', 3, 3, 'tomas.herrera')] });
    const aggregate = (await call(endpoint, 'GET', '/api/ratings')).body as RatingsAggregate;
    expect(item(aggregate, 'ppa-selling')!.recent).to.deep.equal({ count: 2, relevance: 4, clarity: 3.5 });
  });

  it('passes over xAPI statements and other events', async () => {
    const endpoint = demoMiddleware({ baseline: [] });
    await call(endpoint, 'POST', '/api/events/statements', [{ id: 'x1', verb: { id: 'http://id.tincanapi.com/verb/rated' } }]);
    await call(endpoint, 'POST', '/api/events', { events: [{ id: 'w1', type: 'why-dismissed', courseId: 'a', time: new Date().toISOString() }] });
    expect((await call(endpoint, 'GET', '/api/ratings')).body.items).to.deep.equal([]);
  });

  it('keeps its other routes', async () => {
    const endpoint = demoMiddleware({ baseline: [] });
    await call(endpoint, 'POST', '/api/events', { events: [rating('e1', 'a', 4, 4)] });
    const received = (await call(endpoint, 'GET', '/api/events')).body as { id: string }[];
    expect(received.map((entry) => entry.id)).to.deep.equal(['e1']);
    expect((await call(endpoint, 'GET', '/elsewhere')).status).to.equal(404);
    expect((await call(endpoint, 'DELETE', '/api/events')).status).to.equal(405);
  });

  it('changes the report: a rating posted to the endpoint shows up in <pk-relevance-report>', async () => {
    const endpoint = await demoEndpoint();
    const served = new TestEndpoint();
    const before = (await call(endpoint, 'GET', '/api/ratings')).body;
    await served.script({ body: before });
    const el = await fixture<PkRelevanceReport>(html`<pk-relevance-report manifest="/demo/manifest.json" src=${`${served.url}/api/ratings`}></pk-relevance-report>`);
    await ready(el);
    const row = (title: string) => cells(el, 'items-table').find((cellsOfRow) => cellsOfRow[0] === title);
    expect(row('Green Hydrogen Fundamentals')).to.equal(undefined);
    expect(row('Data Privacy Essentials')![4]).to.equal('1,320');

    await call(endpoint, 'POST', '/api/events', {
      events: [rating('r1', 'hydrogen-fundamentals', 5, 4), rating('r2', 'data-privacy-essentials', 5, 5)],
    });
    await served.script({ body: (await call(endpoint, 'GET', '/api/ratings')).body });
    el.reload();
    await until(() => row('Green Hydrogen Fundamentals') !== undefined, 'the new rating in the report');
    expect(row('Green Hydrogen Fundamentals')).to.deep.equal([
      'Green Hydrogen Fundamentals',
      'Meridian Energy Institute',
      '5.0',
      '4.0',
      '1',
      'Not enough ratings to compare',
      'Too few ratings',
    ]);
    expect(row('Data Privacy Essentials')![4]).to.equal('1,321');
  });
});
