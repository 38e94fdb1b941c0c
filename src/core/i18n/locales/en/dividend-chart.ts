/** Messages of <pk-dividend-chart> (English, the source catalogue). */
export default {
  'dividend-chart.title': 'Purpose Dividend',
  'dividend-chart.caveat':
    'Correlational, not causal: the purpose-aligned cohort may differ from everyone else in ways these numbers do not show.',
  'dividend-chart.metric.retention': 'Retention',
  'dividend-chart.metric.mobility': 'Internal mobility',
  'dividend-chart.metric.latency': 'Skill-application latency',
  'dividend-chart.metric.alignment': 'Sentiment alignment',
  'dividend-chart.definition.retention': 'Share of the people employed when a period starts who are still employed when it ends.',
  'dividend-chart.definition.mobility': 'Share of open roles filled by internal candidates.',
  'dividend-chart.definition.latency':
    'Median days from completing a course to the first confirmed use of the skill. Lower is better.',
  'dividend-chart.definition.alignment':
    'Rank correlation between teams’ use of learning and their “connection to mission” survey score (teams of 5 or more).',
  'dividend-chart.cohort.aligned': 'Purpose-aligned cohort',
  'dividend-chart.cohort.baseline': 'Everyone else',
  'dividend-chart.legend.gap': 'Dividend: the gap between them',
  'dividend-chart.headline.dividend': '{metric} dividend, {period}',
  'dividend-chart.headline.cost': 'Estimated attrition cost avoided, {period}',
  'dividend-chart.cost.basis':
    'Turnover gap × {headcount} people in the aligned cohort × average salary {salary} × replacement factor {factor}.',
  'dividend-chart.cost.estimated': 'Turnover estimated as 1 − retention.',
  'dividend-chart.toggle': 'Table view',
  'dividend-chart.table.period': 'Period',
  'dividend-chart.table.dividend': 'Dividend',
  'dividend-chart.no-data': 'no data',
  'dividend-chart.points': '{value} pts',
  'dividend-chart.tooltip.gap': 'Dividend: {gap}',
  'dividend-chart.summary':
    '{metric}, {first} to {last}: purpose-aligned cohort {alignedFirst} to {alignedLast}, everyone else {baselineFirst} to {baselineLast}; dividend in {last}: {gap}.',
  'dividend-chart.summary.none': '{metric}: no period has data for both cohorts.',
  'dividend-chart.empty': 'No Purpose Dividend data yet.',
  'dividend-chart.chart-failed': 'The chart could not be drawn, so the numbers are shown as tables.',
} as const;
