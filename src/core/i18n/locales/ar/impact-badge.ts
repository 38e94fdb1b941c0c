import type { Catalogue } from '../../message.js';
import type impactBadge from '../en/impact-badge.js';

export default {
  'impact-badge.list': 'وسوم الأثر',
  'impact-badge.advances': 'يدعم {pillar}',
  'impact-badge.advances-imperative': 'يدعم {pillar}، الأولوية الاستراتيجية {rank}',
  'impact-badge.initiative': 'المبادرة: {initiative}',
  'impact-badge.target': 'الهدف: {period}',
  'impact-badge.target-due': 'الهدف: {period}، الموعد {date}',
  'impact-badge.pathways': 'عرض مسارات {pillar}',
  'impact-badge.more': {
    zero: '+{count} أخرى',
    one: '+وسم آخر',
    two: '+وسمان آخران',
    few: '+{count} وسوم أخرى',
    many: '+{count} وسمًا آخر',
    other: '+{count} وسم آخر',
  },
  'impact-badge.fewer': 'عرض أقل',
  'impact-badge.none': 'لا توجد وسوم أثر بعد',
  'impact-badge.unknown-tag': 'وسم أثر غير معروف «{id}»',
  'impact-badge.unknown-course': 'دورة غير معروفة «{id}»',
  'impact-badge.no-id': 'حدّد tag أو course',
} satisfies Catalogue<keyof typeof impactBadge>;
