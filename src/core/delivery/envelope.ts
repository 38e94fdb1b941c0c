import { PkError } from '../errors.js';
import { uuid } from '../id.js';
import { safeUrl } from '../url.js';
import { Fields, MAX_ID, MAX_TAGS, MAX_TEXT, MAX_TITLE, readEventBody } from './event-body.js';
import type { DisplayContext, EventInput, ImpactTagRef, PkEvent } from './event.js';

/**
 * Validates `input` and wraps it in an envelope. Only known keys are copied, into fresh objects, so
 * nothing unexpected (`__proto__`, host objects, functions) reaches storage or the wire.
 */
export function createEvent(input: EventInput, now: number): PkEvent {
  const { learnerId, pillarId, ...rest } = readEventBody(input, { fail: invalid });
  return {
    id: uuid(),
    time: new Date(now).toISOString(),
    learnerId,
    ...(pillarId !== undefined && { pillarId }),
    ...displayOf(input.display),
    ...rest,
  } as PkEvent;
}

const fields = new Fields({ fail: invalid });

function displayOf(display: DisplayContext | undefined): { display?: DisplayContext } {
  if (display === undefined) return {};
  if (typeof display !== 'object' || display === null) invalid('display', 'expected an object');
  const courseUrl = display.courseUrl === undefined ? undefined : safeCourseUrl(display.courseUrl);
  const tags = display.impactTags;
  if (tags !== undefined && (!Array.isArray(tags) || tags.length > MAX_TAGS)) {
    invalid('display.impactTags', `expected at most ${MAX_TAGS} tags`);
  }
  const copy: DisplayContext = {
    ...fields.optional('courseTitle', display.courseTitle, MAX_TITLE, 'display.'),
    ...(courseUrl && { courseUrl }),
    ...fields.optional('pathwayTitle', display.pathwayTitle, MAX_TITLE, 'display.'),
    ...fields.optional('pillarTitle', display.pillarTitle, MAX_TITLE, 'display.'),
    ...(tags?.length && { impactTags: tags.map(impactTag) }),
  };
  return Object.keys(copy).length ? { display: copy } : {};
}

function safeCourseUrl(value: unknown): string | undefined {
  const url = safeUrl(fields.text(value, 'display.courseUrl', MAX_TEXT));
  if (url === undefined) console.warn(`[purpose-kit] display.courseUrl ${JSON.stringify(value)} is not an allowed URL; left out`);
  return url;
}

function impactTag(tag: ImpactTagRef, index: number): ImpactTagRef {
  const path = `display.impactTags[${index}]`;
  return { id: fields.text(tag?.id, `${path}.id`, MAX_ID), label: fields.text(tag.label, `${path}.label`, MAX_TITLE) };
}

function invalid(path: string, message: string): never {
  throw new PkError('data-invalid', `${path}: ${message}`, {
    source: 'delivery',
    issues: [{ path, code: 'invalid-event', message }],
  });
}
