import type { Catalogue } from '../../message.js';
import type whyBanner from '../en/why-banner.js';

export default {
  'why-banner.heading': 'لماذا تهمّ دورة «{course}»',
  'why-banner.heading-compact': 'لماذا يهمّ ذلك',
  'why-banner.reframe-from': 'ليس مجرد {from}،',
  'why-banner.reframe-to': 'بل {to}',
  'why-banner.pillar': 'تخدم ركيزة {pillar}',
  'why-banner.pillar-imperative': 'تخدم ركيزة {pillar}، الأولوية الاستراتيجية {rank}',
  'why-banner.hero': {
    zero: 'جزء من المسارات الرئيسية {pathways}',
    one: 'جزء من المسار الرئيسي {pathways}',
    two: 'جزء من المسارين الرئيسيين {pathways}',
    few: 'جزء من المسارات الرئيسية {pathways}',
    many: 'جزء من المسارات الرئيسية {pathways}',
    other: 'جزء من المسارات الرئيسية {pathways}',
  },
  'why-banner.hero-compact': 'مسار رئيسي',
  'why-banner.fallback': 'لا يوجد لهذه الدورة بيان غرض بعد، لذا هذا ما تتناوله ركيزتها {pillar}.',
  'why-banner.none': 'لا توضّح هذه الدورة بعد سبب أهميتها.',
  'why-banner.dismiss': 'إخفاء سبب أهمية هذه الدورة',
  'why-banner.restore': 'لماذا تهمّ هذه الدورة',
} satisfies Catalogue<keyof typeof whyBanner>;
