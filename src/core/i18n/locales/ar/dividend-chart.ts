import type { Catalogue } from '../../message.js';
import type dividendChart from '../en/dividend-chart.js';

export default {
  'dividend-chart.title': 'عائد الهدف',
  'dividend-chart.caveat':
    'علاقة ارتباط لا علاقة سببية: قد تختلف المجموعة المتوافقة مع الهدف عن بقية الموظفين بطرق لا تُظهرها هذه الأرقام.',
  'dividend-chart.metric.retention': 'الاحتفاظ بالموظفين',
  'dividend-chart.metric.mobility': 'التنقل الداخلي',
  'dividend-chart.metric.latency': 'زمن تطبيق المهارة',
  'dividend-chart.metric.alignment': 'توافق المشاعر',
  'dividend-chart.definition.retention': 'نسبة من كانوا يعملون عند بداية الفترة وما زالوا يعملون عند نهايتها.',
  'dividend-chart.definition.mobility': 'نسبة الوظائف الشاغرة التي شُغلت بمرشحين من داخل المؤسسة.',
  'dividend-chart.definition.latency': 'وسيط عدد الأيام من إتمام الدورة إلى أول تطبيق مؤكَّد للمهارة. الأقل أفضل.',
  'dividend-chart.definition.alignment':
    'ارتباط الرتب بين استخدام الفرق للتعلّم ودرجتها في سؤال «الارتباط برسالة الشركة» في الاستبيان (الفرق من 5 أشخاص فأكثر).',
  'dividend-chart.cohort.aligned': 'المجموعة المتوافقة مع الهدف',
  'dividend-chart.cohort.baseline': 'بقية الموظفين',
  'dividend-chart.legend.gap': 'العائد: الفرق بينهما',
  'dividend-chart.headline.dividend': 'عائد {metric}، {period}',
  'dividend-chart.headline.cost': 'التكلفة المقدَّرة المتجنَّبة لترك الموظفين، {period}',
  'dividend-chart.cost.basis':
    'فرق معدل دوران الموظفين × {headcount} شخصًا في المجموعة المتوافقة × متوسط الراتب {salary} × معامل الاستبدال {factor}.',
  'dividend-chart.cost.estimated': 'قُدِّر معدل الدوران بـ 1 − معدل الاحتفاظ.',
  'dividend-chart.toggle': 'عرض الجدول',
  'dividend-chart.table.period': 'الفترة',
  'dividend-chart.table.dividend': 'العائد',
  'dividend-chart.no-data': 'لا توجد بيانات',
  'dividend-chart.points': '{value} نقطة مئوية',
  'dividend-chart.tooltip.gap': 'العائد: {gap}',
  'dividend-chart.summary':
    '{metric}، من {first} إلى {last}: المجموعة المتوافقة مع الهدف من {alignedFirst} إلى {alignedLast}، وبقية الموظفين من {baselineFirst} إلى {baselineLast}؛ العائد في {last}: {gap}.',
  'dividend-chart.summary.none': '{metric}: لا توجد فترة فيها بيانات للمجموعتين.',
  'dividend-chart.empty': 'لا توجد بيانات لعائد الهدف بعد.',
  'dividend-chart.chart-failed': 'تعذّر رسم المخطط، لذا تُعرض الأرقام في جداول.',
} satisfies Catalogue<keyof typeof dividendChart>;
