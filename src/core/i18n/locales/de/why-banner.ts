import type { Catalogue } from '../../message.js';
import type whyBanner from '../en/why-banner.js';

export default {
  'why-banner.heading': 'Warum „{course}“ wichtig ist',
  'why-banner.heading-compact': 'Warum es wichtig ist',
  'why-banner.reframe-from': 'Nicht nur {from},',
  'why-banner.reframe-to': 'sondern {to}',
  'why-banner.pillar': 'Dient der Säule {pillar}',
  'why-banner.pillar-imperative': 'Dient der Säule {pillar}, strategische Priorität {rank}',
  'why-banner.hero': { one: 'Teil des Leitpfads {pathways}', other: 'Teil der Leitpfade {pathways}' },
  'why-banner.hero-compact': 'Leitpfad',
  'why-banner.fallback':
    'Dieser Kurs hat noch keine Zweckbeschreibung; hier steht deshalb, worum es in seiner Säule {pillar} geht.',
  'why-banner.none': 'Dieser Kurs sagt noch nicht, warum er wichtig ist.',
  'why-banner.dismiss': 'Ausblenden, warum dieser Kurs wichtig ist',
  'why-banner.restore': 'Warum dieser Kurs wichtig ist',
} satisfies Catalogue<keyof typeof whyBanner>;
