import { expect } from '@open-wc/testing';
import { createEvent } from '../../../src/core/delivery/envelope.js';
import type { EventInput } from '../../../src/core/delivery/event.js';
import { PkError } from '../../../src/core/errors.js';
import { captureWarnings, rating } from './support.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const NOW = Date.UTC(2025, 2, 14, 9, 30, 0, 123);

function invalid(input: unknown): PkError {
  try {
    createEvent(input as EventInput, NOW);
  } catch (error) {
    expect(error).to.be.instanceOf(PkError);
    return error as PkError;
  }
  throw new Error(`accepted ${JSON.stringify(input)}`);
}

describe('createEvent', () => {
  it('wraps the input in an envelope with a UUID and the ISO time of the action', () => {
    const event = createEvent(rating(2, 'Helped with the Q3 automation goal'), NOW);
    expect(event.id).to.match(UUID_V4);
    expect(event.time).to.equal('2025-03-14T09:30:00.123Z');
    expect(event).to.deep.include({ type: 'rating', learnerId: 'learner-7', courseId: 'course-2', pathwayId: 'pathway-automation', pillarId: 'pillar-efficiency' });
    expect(event).to.have.property('data').that.deep.equals({ relevance: 3, clarity: 3, comment: 'Helped with the Q3 automation goal' });
  });

  it('makes a new id for every event', () => {
    expect(createEvent(rating(1), NOW).id).not.to.equal(createEvent(rating(1), NOW).id);
  });

  it('copies known keys only, into fresh objects', () => {
    const input = JSON.parse(
      '{"type":"rating","learnerId":"l1","courseId":"c1","extra":1,"data":{"relevance":4,"clarity":2,"__proto__":{"polluted":true},"score":9},"display":{"courseTitle":"Privacy","script":"x"}}',
    );
    const event = createEvent(input, NOW);
    expect(Object.keys(event).sort()).to.deep.equal(['courseId', 'data', 'display', 'id', 'learnerId', 'time', 'type']);
    expect(event).to.have.property('data').that.deep.equals({ relevance: 4, clarity: 2 });
    expect(event.display).to.deep.equal({ courseTitle: 'Privacy' });
    expect(({} as { polluted?: boolean }).polluted).to.equal(undefined);
  });

  it('builds each event type', () => {
    const learnerId = 'l1';
    expect(createEvent({ type: 'endorsement', learnerId, courseId: 'c1', data: { problem: 'Cut invoice errors', pillar: 'p1' } }, NOW)).to.deep.include({ data: { problem: 'Cut invoice errors', pillar: 'p1' } });
    expect(createEvent({ type: 'pathway-opened', learnerId, pathwayId: 'w1' }, NOW)).to.deep.include({ type: 'pathway-opened', pathwayId: 'w1' });
    expect(createEvent({ type: 'why-dismissed', learnerId, courseId: 'c1' }, NOW)).to.deep.include({ type: 'why-dismissed', courseId: 'c1' });
    expect(createEvent({ type: 'prompt-discussed', learnerId, courseId: 'c1', data: { promptId: 'q1' } }, NOW)).to.deep.include({ data: { promptId: 'q1' } });
  });

  for (const [label, input, path] of [
    ['relevance below the scale', { ...rating(0), data: { relevance: 0, clarity: 3 } }, 'data.relevance'],
    ['clarity above the scale', { ...rating(0), data: { relevance: 3, clarity: 6 } }, 'data.clarity'],
    ['a fractional rating', { ...rating(0), data: { relevance: 2.5, clarity: 3 } }, 'data.relevance'],
    ['a rating given as text', { ...rating(0), data: { relevance: '4', clarity: 3 } }, 'data.relevance'],
    ['a missing learner', { ...rating(0), learnerId: '' }, 'learnerId'],
    ['a comment over 2000 characters', { ...rating(0), data: { relevance: 3, clarity: 3, comment: 'x'.repeat(2001) } }, 'data.comment'],
    ['an endorsement without a problem', { type: 'endorsement', learnerId: 'l', courseId: 'c', data: { pillar: 'p' } }, 'data.problem'],
    ['an unknown type', { type: 'liked', learnerId: 'l' }, 'type'],
    ['too many impact tags', { ...rating(0), display: { impactTags: Array.from({ length: 51 }, (_, i) => ({ id: `t${i}`, label: 't' })) } }, 'display.impactTags'],
  ] as const) {
    it(`refuses ${label}, naming the field`, () => {
      const error = invalid(input);
      expect(error.code).to.equal('data-invalid');
      expect(error.message.startsWith(`${path}: `), error.message).to.equal(true);
      expect(error.issues[0]?.path).to.equal(path);
    });
  }

  it('drops a course URL the sanitiser refuses, with a warning', async () => {
    let event: ReturnType<typeof createEvent> | undefined;
    const warnings = await captureWarnings(async () => {
      event = createEvent({ ...rating(1), display: { courseTitle: 'T', courseUrl: ' javascript:alert(1)' } }, NOW);
    });
    expect(event?.display).to.deep.equal({ courseTitle: 'T' });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('display.courseUrl');
  });

  it('resolves a relative course URL', () => {
    const event = createEvent({ ...rating(1), display: { courseUrl: '/courses/1' } }, NOW);
    expect(event.display?.courseUrl).to.equal(new URL('/courses/1', document.baseURI).href);
  });
});
