/**
 * What <pk-pillar-navigator> says about filter results: how many pathways and courses match
 * (English). They load with the navigator's filtering code (`interactive.ts`): nothing here is
 * said before it arrived.
 */
export default {
  'pillar-navigator.results': {
    one: '1 pathway matches your filters.',
    other: '{count} pathways match your filters.',
  },
  'pillar-navigator.results.all': { one: 'Showing the 1 pathway.', other: 'Showing all {count} pathways.' },
  'pillar-navigator.matches': { one: '1 match', other: '{count} matches' },
  'pillar-navigator.course-matches': { one: '1 course matches', other: '{count} courses match' },
  'pillar-navigator.match': 'Matches your search',
} as const;
