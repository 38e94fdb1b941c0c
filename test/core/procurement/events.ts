/** Rating events shaped as a json-format endpoint receives them. */
let serial = 0;

export function rating(
  course: string,
  relevance: number,
  clarity: number,
  time: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  serial += 1;
  return {
    id: `event-${serial}`,
    type: 'rating',
    time,
    learnerId: `learner-${serial}`,
    courseId: course,
    data: { relevance, clarity },
    ...extra,
  };
}

/** 2026-06-30T12:00:00Z: the moment the tests' aggregates are made. */
export const NOW = Date.parse('2026-06-30T12:00:00Z');
