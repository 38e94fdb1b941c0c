/**
 * How <pk-relevance-rater> lists the endorsements a course has (English): who endorsed it, for
 * which pillar, when. They load with the list (`endorsements.ts`), which only a course with
 * endorsements (or a page with a collector) loads.
 */
export default {
  'relevance-rater.endorsed': {
    one: 'Endorsed by 1 expert for {pillar}',
    other: 'Endorsed by {count} experts for {pillar}',
  },
  'relevance-rater.endorsement.by': '{name}, {date}',
  'relevance-rater.endorsement.by-role': '{name}, {role}, {date}',
} as const;
