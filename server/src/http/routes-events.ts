/**
 * `POST /v1/events`: exactly the body the elements' json format sends, `{"events": […]}`. The batch
 * is stored whole or not at all; 200 only after commit. A malformed batch is refused with every
 * problem (`index`, `path`, `message`), so the outbox, splitting the batch, isolates the bad event.
 */
import type { Hono } from 'hono';
import type { PkEvent } from '../../../src/core/delivery/event.js';
import { readReceivedEvent } from '../../../src/core/delivery/received-event.js';
import { mayActAs } from '../auth/identity.js';
import { ingest } from '../ingest/ingest.js';
import { forbidden, jsonBody, limitBody, type Deps, type Env } from './app.js';
import { refuse, type Problem } from './problems.js';

/** More than the elements ever send in one request (their batch size is at most 500). */
export const MAX_EVENTS = 1000;
/** A device's clock may run this far ahead. */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

export function eventRoutes(app: Hono<Env>, deps: Deps): void {
  app.post('/v1/events', limitBody(1024 * 1024, 'a batch of events'), async (c) => {
    const unsupported = jsonBody(c);
    if (unsupported) return unsupported;
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return refuse(c, 400, 'invalid-json', 'the body is not JSON', { problems: [{ path: '', message: 'not JSON' }] });
    }
    const items = (body as { events?: unknown } | null)?.events;
    if (!Array.isArray(items)) {
      return refuse(c, 400, 'invalid-events', 'expected {"events": [...]}', { problems: [{ path: 'events', message: 'expected an array' }] });
    }
    if (items.length > MAX_EVENTS) {
      return refuse(c, 413, 'too-large', `at most ${MAX_EVENTS} events per request, got ${items.length}`);
    }
    const latest = Date.now() + CLOCK_SKEW_MS;
    const events: PkEvent[] = [];
    const problems: Problem[] = [];
    items.forEach((item, index) => {
      const read = readReceivedEvent(item, latest);
      if (read.ok) events.push(read.event);
      else for (const problem of read.problems) problems.push({ index, ...problem });
    });
    if (problems.length) return refuse(c, 400, 'invalid-events', `${problems.length} problem(s) in the batch; nothing was stored`, { problems });

    const identity = c.get('identity');
    const strangers = events.flatMap((event, index) => (mayActAs(identity, event.learnerId) ? [] : [index]));
    if (strangers.length) {
      return forbidden(c, `events ${strangers.join(', ')} are for another learner than the one signed in; nothing was stored`);
    }
    const stored = events.map((event) =>
      event.type === 'endorsement' && identity.name ? { ...event, expert: { name: identity.name, ...(identity.title && { role: identity.title }) } } : event,
    );
    const result = await ingest(deps.store, stored, deps.pseudonymise, deps.lrs?.afterStore);
    if (result.accepted > 0) deps.lrs?.stored();
    return c.json(result, 200);
  });
}
