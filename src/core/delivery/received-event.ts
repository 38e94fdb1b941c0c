/**
 * An event as a collector receives it from the json format: the envelope (`id`, `time`) and the
 * body, checked by the same rules that made it (`event-body.ts`). Every problem is listed with its
 * path; display context, which the json format never sends, and unknown keys are left out.
 */
import { readEventBody } from './event-body.js';
import type { PkEvent } from './event.js';

export interface EventProblem {
  path: string;
  message: string;
}

export type ReceivedEvent = { ok: true; event: PkEvent } | { ok: false; problems: EventProblem[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** `latest`: the latest acceptable time, epoch ms (a device's clock may run a little fast). */
export function readReceivedEvent(value: unknown, latest: number): ReceivedEvent {
  const problems: EventProblem[] = [];
  const fail = (path: string, message: string) => void problems.push({ path, message });
  const record = (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
  const { id, time } = record;
  if (typeof id !== 'string' || !UUID.test(id)) fail('id', 'expected a UUID');
  const at = typeof time === 'string' && ISO_TIME.test(time) ? Date.parse(time) : Number.NaN;
  if (Number.isNaN(at)) fail('time', 'expected an ISO 8601 date-time with a time zone');
  else if (at > latest) fail('time', 'is in the future');
  const body = readEventBody(value, { fail });
  if (problems.length) return { ok: false, problems };
  return { ok: true, event: { id: (id as string).toLowerCase(), time: new Date(at).toISOString(), ...body } as PkEvent };
}
