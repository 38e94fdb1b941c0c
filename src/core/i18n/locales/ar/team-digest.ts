import type { Catalogue } from '../../message.js';
import type teamDigest from '../en/team-digest.js';
import type skills from '../en/team-digest-skills.js';

export default {
  'team-digest.title': 'ما الذي يتعلمه فريق {team}، ولماذا',
  'team-digest.sort': 'الفرز حسب',
  'team-digest.sort.member': 'العضو',
  'team-digest.sort.pillar': 'الركيزة',
  'team-digest.sorted.member': 'مرتّب حسب العضو.',
  'team-digest.sorted.pillar': 'مرتّب حسب الركيزة.',
  'team-digest.pathway': 'المسار',
  'team-digest.pillar': 'يخدم',
  'team-digest.pillar-imperative': '{pillar} (الأولوية الاستراتيجية {rank})',
  'team-digest.course': 'يدرس حاليًا',
  'team-digest.impact': 'الأثر',
  'team-digest.no-pathway': 'لم يلتحق بمسار بعد',
  'team-digest.completions': 'ما أُنجز مؤخرًا',
  'team-digest.no-completions': 'لا إكمالات حديثة.',
  'team-digest.completed': 'أُكملت في {date}',
  'team-digest.takeaway': 'الخلاصة',
  'team-digest.prompt.label': 'لاجتماعك الفردي القادم',
  'team-digest.prompt': 'اسأل {name} عمّا غيّرته دورة «{course}» في العمل اليومي — فهي تخدم {pillar}.',
  'team-digest.prompt.no-pillar': 'اسأل {name} عمّا غيّرته دورة «{course}» في العمل اليومي، وأيّ أهدافنا تخدم.',
  'team-digest.discuss': 'تعليم كمُناقَش',
  'team-digest.discussed': 'نوقش',
  'team-digest.discussed-on': 'نوقش في {date}',
  'team-digest.empty': 'لا يوجد فريق لعرضه بعد.',
  'team-digest.skills': {
    zero: 'هذا العام بنى {name} {count} مهارة يمكن حملها إلى أي مكان: {skills}. اسأل أيها يود تطويره بعد ذلك.',
    one: 'هذا العام بنى {name} مهارة يمكن حملها إلى أي مكان: {skills}. اسأل أين يود استخدامها بعد ذلك.',
    two: 'هذا العام بنى {name} مهارتين يمكن حملهما إلى أي مكان: {skills}. اسأل أيهما يود تطويرها بعد ذلك.',
    few: 'هذا العام بنى {name} {count} مهارات يمكن حملها إلى أي مكان: {skills}. اسأل أيها يود تطويره بعد ذلك.',
    many: 'هذا العام بنى {name} {count} مهارة يمكن حملها إلى أي مكان: {skills}. اسأل أيها يود تطويره بعد ذلك.',
    other: 'هذا العام بنى {name} {count} مهارة يمكن حملها إلى أي مكان: {skills}. اسأل أيها يود تطويره بعد ذلك.',
  },
  'team-digest.skills.none': 'لا توجد بعد مهارة قابلة للنقل لـ{name} هذا العام: اسأل عمّا يود تعلّمه مما يفيده خارج دوره الحالي.',
} satisfies Catalogue<keyof typeof teamDigest | keyof typeof skills>;
