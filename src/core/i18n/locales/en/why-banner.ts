/** Messages of <pk-why-banner> (English, the source catalogue). */
export default {
  'why-banner.heading': 'Why “{course}” matters',
  'why-banner.heading-compact': 'Why it matters',
  'why-banner.reframe-from': 'Not just {from},',
  'why-banner.reframe-to': 'but {to}',
  'why-banner.pillar': 'Serves the {pillar} pillar',
  'why-banner.pillar-imperative': 'Serves the {pillar} pillar, strategic imperative {rank}',
  'why-banner.hero': { one: 'Part of the hero pathway {pathways}', other: 'Part of the hero pathways {pathways}' },
  'why-banner.hero-compact': 'Hero pathway',
  'why-banner.fallback': 'This course has no purpose statement yet, so this is what its pillar, {pillar}, is about.',
  'why-banner.none': 'This course does not say yet why it matters.',
  'why-banner.dismiss': 'Hide why this course matters',
  'why-banner.restore': 'Why this course matters',
} as const;
