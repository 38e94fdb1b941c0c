import type { Catalogue } from '../../message.js';
import type lens from '../en/dividend-chart-lens.js';

export default {
  'dividend-chart.lens.title': 'الاستدامة البشرية',
  'dividend-chart.lens.caveat':
    'ارتباط وليس دليلًا: من يتعلم أكثر أو يبني مهارات قابلة للنقل قد يختلف عن غيره بطرق لا تُظهرها هذه الأرقام.',
  'dividend-chart.lens.metric.futureProof': 'الحصة المستقبلية من التعلّم',
  'dividend-chart.lens.metric.breadth': 'المهارات القابلة للنقل المكتسبة',
  'dividend-chart.lens.metric.wellbeing': 'التعلّم والرفاه',
  'dividend-chart.lens.metric.retention': 'قابلية التوظيف والبقاء',
  'dividend-chart.lens.definition.futureProof': 'حصة الدورات المكتملة في الفترة التي تبني مهارة واحدة قابلة للنقل على الأقل.',
  'dividend-chart.lens.definition.breadth': 'المهارات القابلة للنقل المكتسبة حديثًا في الفترة، لكل موظف.',
  'dividend-chart.lens.definition.wellbeing': 'ارتباط الرتب بين تعلّم الفرق ودرجة الرفاه في الاستبيان (الفرق من 5 أشخاص فأكثر).',
  'dividend-chart.lens.definition.retention': {
    zero: 'نسبة بقاء من بنوا {count} مهارة قابلة للنقل على الأقل قبل الفترة، مقارنة بالجميع.',
    one: 'نسبة بقاء من بنوا مهارة واحدة قابلة للنقل على الأقل قبل الفترة، مقارنة بالجميع.',
    two: 'نسبة بقاء من بنوا مهارتين قابلتين للنقل على الأقل قبل الفترة، مقارنة بالجميع.',
    few: 'نسبة بقاء من بنوا {count} مهارات قابلة للنقل على الأقل قبل الفترة، مقارنة بالجميع.',
    many: 'نسبة بقاء من بنوا {count} مهارة قابلة للنقل على الأقل قبل الفترة، مقارنة بالجميع.',
    other: 'نسبة بقاء من بنوا {count} مهارة قابلة للنقل على الأقل قبل الفترة، مقارنة بالجميع.',
  },
  'dividend-chart.lens.cohort.skilled': {
    zero: '{count} مهارة قابلة للنقل أو أكثر',
    one: 'مهارة واحدة قابلة للنقل أو أكثر',
    two: 'مهارتان قابلتان للنقل أو أكثر',
    few: '{count} مهارات قابلة للنقل أو أكثر',
    many: '{count} مهارة قابلة للنقل أو أكثر',
    other: '{count} مهارة قابلة للنقل أو أكثر',
  },
  'dividend-chart.lens.cohort.others': 'الجميع غيرهم',
  'dividend-chart.lens.group.organization': 'الجميع',
  'dividend-chart.lens.table.group': 'المجموعة',
  'dividend-chart.lens.table.value': 'القيمة',
  'dividend-chart.lens.table.gap': 'الفرق',
  'dividend-chart.lens.headline': '{metric}، {period}',
  'dividend-chart.lens.per-person': '{value} لكل شخص',
  'dividend-chart.lens.summary': '{metric}، من {first} إلى {last}: من {from} إلى {to}.',
  'dividend-chart.lens.summary.cohorts': '{metric}، {period}: {skilled} {skilledValue}، الجميع غيرهم {othersValue}؛ الفرق {gap}.',
  'dividend-chart.lens.summary.none': '{metric}: لا توجد بيانات في أي فترة.',
  'dividend-chart.lens.empty': 'لا توجد بيانات عن الاستدامة البشرية بعد.',
} satisfies Catalogue<keyof typeof lens>;
