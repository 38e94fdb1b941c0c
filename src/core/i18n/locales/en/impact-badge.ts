/** Messages of <pk-impact-badge> (English, the source catalogue). */
export default {
  'impact-badge.list': 'Impact tags',
  'impact-badge.advances': 'Advances {pillar}',
  'impact-badge.advances-imperative': 'Advances {pillar}, strategic imperative {rank}',
  'impact-badge.initiative': 'Initiative: {initiative}',
  'impact-badge.target': 'Target: {period}',
  'impact-badge.target-due': 'Target: {period}, due {date}',
  'impact-badge.pathways': 'See {pillar} pathways',
  'impact-badge.more': { one: '+{count} more', other: '+{count} more' },
  'impact-badge.fewer': 'Show fewer',
  'impact-badge.none': 'No impact tags yet',
  'impact-badge.unknown-tag': 'Unknown impact tag “{id}”',
  'impact-badge.unknown-course': 'Unknown course “{id}”',
  'impact-badge.no-id': 'Set tag or course',
} as const;
