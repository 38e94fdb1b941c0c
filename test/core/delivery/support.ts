import { createStore, entries } from 'idb-keyval';
import { channelName, type Delivery } from '../../../src/core/delivery/delivery.js';
import type { DeliveryEnvironment } from '../../../src/core/delivery/environment.js';
import type { EventInput, PkEvent } from '../../../src/core/delivery/event.js';
import { OUTBOX_LIMITS, type OutboxKey } from '../../../src/core/delivery/outbox.js';
import type { DeliveryChange, PkDeliveryDetail } from '../../../src/core/delivery/pk-delivery-event.js';
import { uuid } from '../../../src/core/id.js';
import { until } from '../../support/wait.js';

export { until };

/** A fault for test/support/endpoint.mjs (see its header). */
/** The smallest manifest with a course to send events about. */
export const ONE_COURSE_MANIFEST = {
  version: 1,
  organization: { name: 'Helio Grid' },
  pillars: [{ id: 'energy', title: 'Energy', description: 'Lead the transition.' }],
  pathways: [],
  courses: [{ id: 'c1', title: 'Grid 101', objectives: [], impactTags: [] }],
  impactTags: [],
};

export interface Fault {
  status?: number;
  headers?: Record<string, string>;
  delayMs?: number;
  body?: unknown;
  abort?: boolean;
  destroy?: boolean;
  times?: number;
}

export interface ReceivedRequest {
  method: string;
  path: string;
  /** The query string, without `?`. */
  query: string;
  headers: Record<string, string>;
  body: unknown;
  bytes: number;
  ids: string[];
  at: number;
  status: number;
  answered: boolean;
}

/** One bucket of the real endpoint in the test runner's server; unique per test. */
export class TestEndpoint {
  readonly url = `/__endpoint/${uuid()}`;
  /** As the delivery resolves it (events name their endpoint this way). */
  readonly absoluteUrl = new URL(this.url, location.href).href;

  async script(...faults: Fault[]): Promise<void> {
    await fetch(`${this.url}/__script`, { method: 'POST', body: JSON.stringify(faults) });
  }

  /** Answers GETs of these paths below `url` (`v1/ratings`) with these documents, until reset. */
  async serve(documents: Record<string, Fault>): Promise<void> {
    await fetch(`${this.url}/__serve`, { method: 'POST', body: JSON.stringify(documents) });
  }

  async reject(...rules: { id: string; status: number; body?: unknown }[]): Promise<void> {
    await fetch(`${this.url}/__reject`, { method: 'POST', body: JSON.stringify(rules) });
  }

  async received(): Promise<ReceivedRequest[]> {
    return (await fetch(`${this.url}/__received`)).json();
  }

  /** Ids the endpoint accepted with a 2xx the client saw, in arrival order (repeats kept). */
  async deliveredIds(): Promise<string[]> {
    return (await this.received()).filter(accepted).flatMap((request) => request.ids);
  }
}

export function accepted(request: ReceivedRequest): boolean {
  return request.answered && request.status >= 200 && request.status < 300;
}

/** Ids that arrived again after a request carrying them had been answered 2xx. */
export function sentAgainAfterSuccess(requests: readonly ReceivedRequest[]): string[] {
  const delivered = new Set<string>();
  const again: string[] = [];
  for (const request of requests) {
    again.push(...request.ids.filter((id) => delivered.has(id)));
    if (accepted(request)) for (const id of request.ids) delivered.add(id);
  }
  return again;
}

export interface FetchRecord {
  url: string;
  keepalive: boolean;
  credentials: RequestCredentials | undefined;
}

/**
 * A fast, deterministic environment: the real clock (shifted by `clock.offsetMs`), timers 1000×
 * faster, jitter fixed at the middle, and the real `fetch` with each call noted (keepalive is not
 * visible to the server).
 */
export function testEnvironment(overrides: Partial<DeliveryEnvironment> = {}) {
  const clock = { offsetMs: 0 };
  const fetches: FetchRecord[] = [];
  const environment: DeliveryEnvironment = {
    now: () => Date.now() + clock.offsetMs,
    random: () => 0.5,
    schedule: (task, delayMs) => {
      const timer = setTimeout(task, delayMs / 1000);
      return () => clearTimeout(timer);
    },
    fetch: (url, init) => {
      fetches.push({ url, keepalive: init.keepalive === true, credentials: init.credentials });
      return fetch(url, init);
    },
    locks: navigator.locks,
    limits: OUTBOX_LIMITS,
    ...overrides,
  };
  return { environment, clock, fetches };
}

/** Timers that never fire: batching windows and retries wait until something wakes them. */
export const never: DeliveryEnvironment['schedule'] = () => () => {};

/** Every `pk-delivery` change reported for one endpoint, in order. */
export class Changes {
  readonly all: PkDeliveryDetail[] = [];

  constructor(private readonly endpoint: TestEndpoint) {
    window.addEventListener('pk-delivery', this.#record);
  }

  of<K extends DeliveryChange['kind']>(kind: K): Extract<PkDeliveryDetail, { kind: K }>[] {
    return this.all.filter((change): change is Extract<PkDeliveryDetail, { kind: K }> => change.kind === kind);
  }

  /** The first change of this kind, once it has happened. */
  first<K extends DeliveryChange['kind']>(kind: K): Promise<Extract<PkDeliveryDetail, { kind: K }>> {
    return until(() => this.of(kind)[0], `a "${kind}" change`);
  }

  stop(): void {
    window.removeEventListener('pk-delivery', this.#record);
  }

  readonly #record = (event: WindowEventMap['pk-delivery']): void => {
    if (event.detail.endpoint === this.endpoint.absoluteUrl) this.all.push(event.detail);
  };
}

/** The events in a delivery's IndexedDB outbox, oldest first, read directly from the database. */
export async function storedEvents(delivery: Delivery): Promise<PkEvent[]> {
  const store = createStore(channelName(delivery.format, delivery.endpoint), 'events');
  return (await entries<OutboxKey, PkEvent>(store)).map(([, event]) => event);
}

export function rating(n: number, comment?: string): EventInput {
  return {
    type: 'rating',
    learnerId: 'learner-7',
    courseId: `course-${n}`,
    pathwayId: 'pathway-automation',
    pillarId: 'pillar-efficiency',
    data: { relevance: 1 + (n % 5), clarity: 5 - (n % 5), ...(comment && { comment }) },
  };
}

export async function enqueueRatings(delivery: Delivery, count: number, comment?: string): Promise<PkEvent[]> {
  const events: PkEvent[] = [];
  for (let n = 0; n < count; n += 1) events.push(await delivery.enqueue(rating(n, comment)));
  return events;
}

export function ids(events: readonly { id: string }[]): string[] {
  return events.map((event) => event.id);
}

/** Replaces `console.warn` while `run` runs and returns what was warned. */
export async function captureWarnings(run: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}
