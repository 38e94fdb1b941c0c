/**
 * The ratings the benchmark sends and seeds: each a new id, a learner from a pool (so some ratings
 * replace earlier ones), a course from a catalogue, a time within the last `days` days.
 */
import { randomUUID } from 'node:crypto';
import type { RatingEvent as Rating } from '../../src/core/delivery/event.js';

export interface Shape {
  learners: number;
  courses: number;
  days: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function ratings(count: number, shape: Shape, now = Date.now()): Rating[] {
  const pick = (n: number) => Math.floor(Math.random() * n);
  return Array.from({ length: count }, () => ({
    id: randomUUID(),
    // At least a minute old: never "in the future" for the collector, whatever the clocks.
    time: new Date(now - 60_000 - pick(shape.days * DAY_MS)).toISOString(),
    learnerId: `learner-${pick(shape.learners)}`,
    courseId: `course-${pick(shape.courses)}`,
    type: 'rating',
    data: { relevance: pick(5) + 1, clarity: pick(5) + 1 },
  }));
}

/** The request body of one batch, as the elements' json format sends it. */
export const batchBody = (size: number, shape: Shape) => JSON.stringify({ events: ratings(size, shape) });
