import type { Catalogue } from '../../message.js';
import type core from '../en/core.js';

export default {
  'state.loading': 'جارٍ التحميل…',
  'state.error.issues': {
    zero: 'لا توجد مشكلات في بيان المسارات:',
    one: 'في بيان المسارات مشكلة واحدة:',
    two: 'في بيان المسارات مشكلتان:',
    few: 'في بيان المسارات {count} مشكلات:',
    many: 'في بيان المسارات {count} مشكلة:',
    other: 'في بيان المسارات {count} مشكلة:',
  },
  'state.error.more': {
    one: 'ومشكلة أخرى',
    two: 'ومشكلتان أخريان',
    few: 'و{count} مشكلات أخرى',
    other: 'و{count} مشكلة أخرى',
  },
  'state.error.hint': 'التفاصيل في وحدة تحكم المتصفح. يمكن للمسؤول إصلاح ذلك في البيان.',
  'state.empty': 'لا يوجد شيء لعرضه بعد.',
  'state.part-failed': 'تعذّر تحميل هذا الجزء. تحقّق من اتصالك.',
  'state.retry': 'أعد المحاولة',
  'error.manifest-missing': 'لم يتم إعداد بيان المسارات.',
  'error.manifest-fetch': 'تعذّر الوصول إلى بيان المسارات.',
  'error.manifest-http': 'لم يُرجع الخادم بيان المسارات.',
  'error.manifest-parse': 'بيان المسارات ليس JSON صالحًا.',
  'error.manifest-invalid': 'بيان المسارات غير صالح.',
  'error.not-found': 'هذا العنصر غير موجود في بيان المسارات.',
  'error.storage-unavailable': 'متصفحك لا يحفظ البيانات؛ تبقى التغييرات حتى تغادر هذه الصفحة.',
  'error.delivery-paused': 'الإرسال متوقف مؤقتًا حتى تسجّل الدخول مجددًا.',
  'error.delivery-rejected': 'لم يقبل الخادم هذا.',
  'error.config-invalid': 'تم إعداد هذه الأداة بشكل غير صحيح.',
  'error.data-invalid': 'بيانات هذه الأداة غير صالحة.',
  'error.data-fetch': 'تعذّر تحميل بيانات هذه الأداة.',
  'error.element-load': 'تعذّر تحميل أداة التعلّم هذه.',
} satisfies Catalogue<keyof typeof core>;
