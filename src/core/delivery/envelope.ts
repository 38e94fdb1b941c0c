import { PkError } from '../errors.js';
import { uuid } from '../id.js';
import { safeUrl } from '../url.js';
import type { DisplayContext, EventInput, ImpactTagRef, PkEvent } from './event.js';

/** Bounds that keep one event far below the keepalive chunk and the outbox size cap. */
const MAX_ID = 256;
const MAX_TITLE = 500;
const MAX_TEXT = 2000;
const MAX_TAGS = 50;

/**
 * Validates `input` and wraps it in an envelope. Only known keys are copied, into fresh objects, so
 * nothing unexpected (`__proto__`, host objects, functions) reaches storage or the wire.
 */
export function createEvent(input: EventInput, now: number): PkEvent {
  if (typeof input !== 'object' || input === null) invalid('event', 'expected an object');
  const envelope = {
    id: uuid(),
    time: new Date(now).toISOString(),
    learnerId: text(input.learnerId, 'learnerId', MAX_ID),
    ...optional('pillarId', input.pillarId, MAX_ID),
    ...displayOf(input.display),
  };
  switch (input.type) {
    case 'rating':
      return {
        ...envelope,
        ...courseScope(input),
        type: input.type,
        data: {
          relevance: scale(input.data?.relevance, 'data.relevance'),
          clarity: scale(input.data?.clarity, 'data.clarity'),
          ...optional('comment', input.data.comment, MAX_TEXT, 'data.'),
        },
      };
    case 'endorsement':
      return {
        ...envelope,
        ...courseScope(input),
        type: input.type,
        data: {
          problem: text(input.data?.problem, 'data.problem', MAX_TEXT),
          pillar: text(input.data.pillar, 'data.pillar', MAX_ID),
        },
      };
    case 'pathway-opened':
      return { ...envelope, type: input.type, pathwayId: text(input.pathwayId, 'pathwayId', MAX_ID) };
    case 'why-dismissed':
      return { ...envelope, ...courseScope(input), type: input.type };
    case 'prompt-discussed':
      return {
        ...envelope,
        ...courseScope(input),
        type: input.type,
        data: {
          promptId: text(input.data?.promptId, 'data.promptId', MAX_ID),
          ...optional('prompt', input.data.prompt, MAX_TEXT, 'data.'),
        },
      };
    default:
      return invalid('type', `unknown event type ${JSON.stringify((input as { type?: unknown }).type)}`);
  }
}

function courseScope(input: { courseId: string; pathwayId?: string }) {
  return { courseId: text(input.courseId, 'courseId', MAX_ID), ...optional('pathwayId', input.pathwayId, MAX_ID) };
}

function displayOf(display: DisplayContext | undefined): { display?: DisplayContext } {
  if (display === undefined) return {};
  if (typeof display !== 'object' || display === null) invalid('display', 'expected an object');
  const courseUrl = display.courseUrl === undefined ? undefined : safeCourseUrl(display.courseUrl);
  const tags = display.impactTags;
  if (tags !== undefined && (!Array.isArray(tags) || tags.length > MAX_TAGS)) {
    invalid('display.impactTags', `expected at most ${MAX_TAGS} tags`);
  }
  const copy: DisplayContext = {
    ...optional('courseTitle', display.courseTitle, MAX_TITLE, 'display.'),
    ...(courseUrl && { courseUrl }),
    ...optional('pathwayTitle', display.pathwayTitle, MAX_TITLE, 'display.'),
    ...optional('pillarTitle', display.pillarTitle, MAX_TITLE, 'display.'),
    ...(tags?.length && { impactTags: tags.map(impactTag) }),
  };
  return Object.keys(copy).length ? { display: copy } : {};
}

function safeCourseUrl(value: unknown): string | undefined {
  const url = safeUrl(text(value, 'display.courseUrl', MAX_TEXT));
  if (url === undefined) console.warn(`[purpose-kit] display.courseUrl ${JSON.stringify(value)} is not an allowed URL; left out`);
  return url;
}

function impactTag(tag: ImpactTagRef, index: number): ImpactTagRef {
  const path = `display.impactTags[${index}]`;
  return { id: text(tag?.id, `${path}.id`, MAX_ID), label: text(tag.label, `${path}.label`, MAX_TITLE) };
}

function optional<K extends string>(key: K, value: unknown, max: number, prefix = ''): { [P in K]?: string } {
  return value === undefined ? {} : ({ [key]: text(value, prefix + key, max) } as { [P in K]: string });
}

function text(value: unknown, path: string, max: number): string {
  if (typeof value !== 'string' || value.trim() === '') return invalid(path, 'expected a non-empty string');
  if (value.length > max) return invalid(path, `longer than ${max} characters`);
  return value;
}

function scale(value: unknown, path: string): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5) return value;
  return invalid(path, `expected an integer from 1 to 5, got ${JSON.stringify(value)}`);
}

function invalid(path: string, message: string): never {
  throw new PkError('data-invalid', `${path}: ${message}`, {
    source: 'delivery',
    issues: [{ path, code: 'invalid-event', message }],
  });
}
