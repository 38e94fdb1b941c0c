/**
 * Courses from three providers (and one without a provider), rated so that each recommendation
 * appears once at least with the default thresholds: `privacy` and `inhouse` keep, `bribery` and
 * `excel` re-wrap, `blockchain` retire, `kam` has too few ratings; `unrated` has none.
 */
type Doc = Record<string, any>;

const course = (id: string, title: string, provider: string | undefined, ratings?: [number, number, number]): Doc => ({
  id,
  title,
  ...(provider && { provider }),
  objectives: [],
  impactTags: [],
  ...(ratings && { ratings: { relevance: ratings[0], clarity: ratings[1], count: ratings[2] } }),
});

export function reportManifest(): Doc {
  return {
    version: 1,
    organization: { name: 'Helio Grid' },
    pillars: [{ id: 'trust', title: 'Client Trust', description: 'Be the partner clients keep.' }],
    pathways: [],
    courses: [
      course('privacy', 'Data Privacy Essentials', 'Ostara', [3.9, 4.2, 1320]),
      course('bribery', 'Anti-Bribery Refresher', 'Ostara', [2.6, 3.4, 1180]),
      course('blockchain', 'Blockchain Trading', 'Kestrel', [1.9, 3.2, 41]),
      course('excel', 'Excel for Finance', 'Kestrel', [3.6, 2.9, 640]),
      course('loud', '<i>Loud</i> course', 'Kestrel', [4, 4, 10]),
      course('kam', 'Key Account Management', 'Aurelis Academy', [4.5, 4.3, 3]),
      course('inhouse', 'Our Own Induction', undefined, [4.2, 4, 20]),
      course('unrated', 'Brand New', 'Ostara'),
    ],
    impactTags: [],
  };
}

/** A json-format rating event. */
export function ratingEvent(course: string, relevance: number, clarity: number, daysAgo: number, learner = `learner-${Math.random()}`) {
  return {
    id: `${course}-${learner}-${daysAgo}`,
    type: 'rating',
    time: new Date(Date.now() - daysAgo * 24 * 60 * 60 * 1000).toISOString(),
    learnerId: learner,
    courseId: course,
    data: { relevance, clarity },
  };
}
