/**
 * How <pk-relevance-rater> names the manifest's endorsements of a course (English). They travel
 * with the chunk that draws them, which only a course with endorsements loads.
 */
export default {
  'relevance-rater.endorsed': {
    one: 'Endorsed by 1 expert for {pillar}',
    other: 'Endorsed by {count} experts for {pillar}',
  },
  'relevance-rater.endorsement.by': '{name}, {date}',
  'relevance-rater.endorsement.by-role': '{name}, {role}, {date}',
} as const;
