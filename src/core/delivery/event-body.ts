/**
 * The rules of an event's body (everything but its envelope and display context), written once for
 * both sides of the wire: `createEvent` applies them to what an element enqueues and stops at the
 * first problem; the collector applies them to what it receives and lists every problem, so a
 * refused batch says which event is wrong and where.
 */
import type { EventInput } from './event.js';

/** Bounds that keep one event far below the keepalive chunk and the outbox size cap. */
export const MAX_ID = 256;
export const MAX_TITLE = 500;
export const MAX_TEXT = 2000;
export const MAX_TAGS = 50;

/** Where a field is wrong, and why. `fail` either throws or records and carries on. */
export interface FieldProblems {
  fail(path: string, message: string): void;
}

/** The known keys of `input`'s body, checked and copied into fresh objects. */
export function readEventBody(input: unknown, problems: FieldProblems): EventInput {
  const record = isRecord(input) ? input : (problems.fail('event', 'expected an object'), {});
  const check = new Fields(problems);
  const common = { learnerId: check.text(record.learnerId, 'learnerId', MAX_ID), ...check.optional('pillarId', record.pillarId, MAX_ID) };
  const data = isRecord(record.data) ? record.data : {};
  const courseScope = () => ({ courseId: check.text(record.courseId, 'courseId', MAX_ID), ...check.optional('pathwayId', record.pathwayId, MAX_ID) });
  switch (record.type) {
    case 'rating':
      return {
        ...common,
        ...courseScope(),
        type: 'rating',
        data: {
          relevance: check.scale(data.relevance, 'data.relevance'),
          clarity: check.scale(data.clarity, 'data.clarity'),
          ...check.optional('comment', data.comment, MAX_TEXT, 'data.'),
        },
      };
    case 'endorsement':
      return {
        ...common,
        ...courseScope(),
        type: 'endorsement',
        data: { problem: check.text(data.problem, 'data.problem', MAX_TEXT), pillar: check.text(data.pillar, 'data.pillar', MAX_ID) },
      };
    case 'pathway-opened':
      return { ...common, type: 'pathway-opened', pathwayId: check.text(record.pathwayId, 'pathwayId', MAX_ID) };
    case 'why-dismissed':
      return { ...common, ...courseScope(), type: 'why-dismissed' };
    case 'prompt-discussed':
      return {
        ...common,
        ...courseScope(),
        type: 'prompt-discussed',
        data: { promptId: check.text(data.promptId, 'data.promptId', MAX_ID), ...check.optional('prompt', data.prompt, MAX_TEXT, 'data.') },
      };
    default:
      problems.fail('type', `unknown event type ${JSON.stringify(record.type)}`);
      return { ...common, ...courseScope(), type: 'why-dismissed' };
  }
}

export class Fields {
  readonly #problems: FieldProblems;

  constructor(problems: FieldProblems) {
    this.#problems = problems;
  }

  text(value: unknown, path: string, max: number): string {
    if (typeof value !== 'string' || value.trim() === '') this.#problems.fail(path, 'expected a non-empty string');
    else if (value.length > max) this.#problems.fail(path, `longer than ${max} characters`);
    return typeof value === 'string' ? value : '';
  }

  optional<K extends string>(key: K, value: unknown, max: number, prefix = ''): { [P in K]?: string } {
    return value === undefined ? {} : ({ [key]: this.text(value, prefix + key, max) } as { [P in K]: string });
  }

  scale(value: unknown, path: string): number {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5) return value;
    this.#problems.fail(path, `expected an integer from 1 to 5, got ${JSON.stringify(value)}`);
    return 0;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
