import type { Catalogue } from '../../message.js';
import type lens from '../en/dividend-chart-lens.js';

export default {
  'dividend-chart.lens.title': 'Menschliche Nachhaltigkeit',
  'dividend-chart.lens.caveat':
    'Korrelation, kein Beweis: Wer mehr lernt oder übertragbare Fähigkeiten aufbaut, kann sich von den anderen auf Weisen unterscheiden, die diese Zahlen nicht zeigen.',
  'dividend-chart.lens.metric.futureProof': 'Zukunftsfester Anteil des Lernens',
  'dividend-chart.lens.metric.breadth': 'Gewonnene übertragbare Fähigkeiten',
  'dividend-chart.lens.metric.wellbeing': 'Lernen und Wohlbefinden',
  'dividend-chart.lens.metric.retention': 'Beschäftigungsfähigkeit und Bleiben',
  'dividend-chart.lens.definition.futureProof':
    'Anteil der im Zeitraum abgeschlossenen Kurse, die mindestens eine übertragbare Fähigkeit aufbauen.',
  'dividend-chart.lens.definition.breadth': 'Im Zeitraum neu gewonnene übertragbare Fähigkeiten je beschäftigter Person.',
  'dividend-chart.lens.definition.wellbeing':
    'Rangkorrelation zwischen dem Lernen der Teams und ihrem Wohlbefindens-Wert in der Umfrage (Teams ab 5 Personen).',
  'dividend-chart.lens.definition.retention': {
    one: 'Bindungsquote der Personen, die vor dem Zeitraum mindestens 1 übertragbare Fähigkeit aufgebaut hatten, im Vergleich zu allen anderen.',
    other: 'Bindungsquote der Personen, die vor dem Zeitraum mindestens {count} übertragbare Fähigkeiten aufgebaut hatten, im Vergleich zu allen anderen.',
  },
  'dividend-chart.lens.cohort.skilled': { one: '1 oder mehr übertragbare Fähigkeiten', other: '{count} oder mehr übertragbare Fähigkeiten' },
  'dividend-chart.lens.cohort.others': 'Alle anderen',
  'dividend-chart.lens.group.organization': 'Alle',
  'dividend-chart.lens.table.group': 'Gruppe',
  'dividend-chart.lens.table.value': 'Wert',
  'dividend-chart.lens.table.gap': 'Unterschied',
  'dividend-chart.lens.headline': '{metric}, {period}',
  'dividend-chart.lens.per-person': '{value} pro Person',
  'dividend-chart.lens.summary': '{metric}, {first} bis {last}: von {from} auf {to}.',
  'dividend-chart.lens.summary.cohorts': '{metric}, {period}: {skilled} {skilledValue}, alle anderen {othersValue}; Unterschied {gap}.',
  'dividend-chart.lens.summary.none': '{metric}: Kein Zeitraum hat Daten.',
  'dividend-chart.lens.empty': 'Noch keine Daten zur menschlichen Nachhaltigkeit.',
} satisfies Catalogue<keyof typeof lens>;
