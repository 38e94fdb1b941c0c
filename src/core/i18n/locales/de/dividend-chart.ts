import type { Catalogue } from '../../message.js';
import type dividendChart from '../en/dividend-chart.js';
import type lens from '../en/dividend-chart-lens.js';

export default {
  'dividend-chart.title': 'Purpose-Dividende',
  'dividend-chart.caveat':
    'Korrelation, keine Kausalität: Die purpose-orientierte Kohorte kann sich von allen anderen auf eine Weise unterscheiden, die diese Zahlen nicht zeigen.',
  'dividend-chart.metric.retention': 'Mitarbeiterbindung',
  'dividend-chart.metric.mobility': 'Interne Mobilität',
  'dividend-chart.metric.latency': 'Zeit bis zur Kompetenzanwendung',
  'dividend-chart.metric.alignment': 'Stimmungsausrichtung',
  'dividend-chart.definition.retention': 'Anteil der zu Beginn eines Zeitraums Beschäftigten, die an seinem Ende noch beschäftigt sind.',
  'dividend-chart.definition.mobility': 'Anteil der offenen Stellen, die mit internen Kandidatinnen und Kandidaten besetzt wurden.',
  'dividend-chart.definition.latency':
    'Median der Tage vom Kursabschluss bis zur ersten bestätigten Anwendung der Kompetenz. Weniger ist besser.',
  'dividend-chart.definition.alignment':
    'Rangkorrelation zwischen der Lernnutzung der Teams und ihrem Umfragewert „Verbundenheit mit der Mission“ (Teams ab 5 Personen).',
  'dividend-chart.cohort.aligned': 'Purpose-orientierte Kohorte',
  'dividend-chart.cohort.baseline': 'Alle anderen',
  'dividend-chart.legend.gap': 'Dividende: der Abstand zwischen beiden',
  'dividend-chart.headline.dividend': 'Dividende {metric}, {period}',
  'dividend-chart.headline.cost': 'Geschätzte vermiedene Fluktuationskosten, {period}',
  'dividend-chart.cost.basis':
    'Fluktuationsabstand × {headcount} Personen der Kohorte × Durchschnittsgehalt {salary} × Ersatzkostenfaktor {factor}.',
  'dividend-chart.cost.estimated': 'Fluktuation geschätzt als 1 − Bindungsquote.',
  'dividend-chart.toggle': 'Tabellenansicht',
  'dividend-chart.table.period': 'Zeitraum',
  'dividend-chart.table.dividend': 'Dividende',
  'dividend-chart.no-data': 'keine Daten',
  'dividend-chart.points': '{value} Pp.',
  'dividend-chart.tooltip.gap': 'Dividende: {gap}',
  'dividend-chart.summary':
    '{metric}, {first} bis {last}: purpose-orientierte Kohorte {alignedFirst} bis {alignedLast}, alle anderen {baselineFirst} bis {baselineLast}; Dividende {last}: {gap}.',
  'dividend-chart.summary.none': '{metric}: Kein Zeitraum hat Daten für beide Kohorten.',
  'dividend-chart.empty': 'Noch keine Daten zur Purpose-Dividende.',
  'dividend-chart.chart-failed': 'Das Diagramm konnte nicht gezeichnet werden; die Zahlen stehen deshalb in Tabellen.',
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
} satisfies Catalogue<keyof typeof dividendChart | keyof typeof lens>;
