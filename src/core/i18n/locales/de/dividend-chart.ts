import type { Catalogue } from '../../message.js';
import type dividendChart from '../en/dividend-chart.js';

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
} satisfies Catalogue<keyof typeof dividendChart>;
