/**
 * What <pk-dividend-chart metric="sustainability"> says (English, the source catalogue): the Human
 * Sustainability view, a chunk of its own (`lens-view.ts`) that brings these messages with it.
 */
export default {
  'dividend-chart.lens.title': 'Human Sustainability',
  'dividend-chart.lens.caveat':
    'Correlation, not proof: people who learn more, or build transferable skills, may differ from the others in ways these numbers do not show.',
  'dividend-chart.lens.metric.futureProof': 'Future-proof share of learning',
  'dividend-chart.lens.metric.breadth': 'Transferable skills gained',
  'dividend-chart.lens.metric.wellbeing': 'Learning and wellbeing',
  'dividend-chart.lens.metric.retention': 'Employability and staying',
  'dividend-chart.lens.definition.futureProof': 'Share of the courses completed in the period that build at least one transferable skill.',
  'dividend-chart.lens.definition.breadth': 'Transferable skills newly gained in the period, per person on the books.',
  'dividend-chart.lens.definition.wellbeing':
    'Rank correlation between teams’ learning and their wellbeing survey score (teams of 5 or more).',
  'dividend-chart.lens.definition.retention': {
    one: 'Retention of people who had built at least 1 transferable skill before the period, against everyone else.',
    other: 'Retention of people who had built at least {count} transferable skills before the period, against everyone else.',
  },
  'dividend-chart.lens.cohort.skilled': { one: '1 or more transferable skills', other: '{count} or more transferable skills' },
  'dividend-chart.lens.cohort.others': 'Everyone else',
  'dividend-chart.lens.group.organization': 'Everyone',
  'dividend-chart.lens.table.group': 'Group',
  'dividend-chart.lens.table.value': 'Value',
  'dividend-chart.lens.table.gap': 'Difference',
  'dividend-chart.lens.headline': '{metric}, {period}',
  'dividend-chart.lens.per-person': '{value} per person',
  'dividend-chart.lens.summary': '{metric}, {first} to {last}: from {from} to {to}.',
  'dividend-chart.lens.summary.cohorts': '{metric}, {period}: {skilled} {skilledValue}, everyone else {othersValue}; difference {gap}.',
  'dividend-chart.lens.summary.none': '{metric}: no period has data.',
  'dividend-chart.lens.empty': 'No Human Sustainability data yet.',
} as const;
