import type { Catalogue } from '../../message.js';
import type impactBadge from '../en/impact-badge.js';

export default {
  'impact-badge.list': 'Wirkungs-Tags',
  'impact-badge.advances': 'Bringt {pillar} voran',
  'impact-badge.advances-imperative': 'Bringt {pillar} voran, strategische Priorität {rank}',
  'impact-badge.initiative': 'Initiative: {initiative}',
  'impact-badge.target': 'Ziel: {period}',
  'impact-badge.target-due': 'Ziel: {period}, fällig am {date}',
  'impact-badge.pathways': 'Lernpfade zu {pillar} ansehen',
  'impact-badge.more': { one: '+{count} weiterer', other: '+{count} weitere' },
  'impact-badge.fewer': 'Weniger anzeigen',
  'impact-badge.none': 'Noch keine Wirkungs-Tags',
  'impact-badge.unknown-tag': 'Unbekannter Wirkungs-Tag „{id}“',
  'impact-badge.unknown-course': 'Unbekannter Kurs „{id}“',
  'impact-badge.no-id': 'tag oder course angeben',
} satisfies Catalogue<keyof typeof impactBadge>;
