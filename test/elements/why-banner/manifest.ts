/**
 * A small manifest for the banner tests: a course with a full why framing on a hero pathway, one
 * without a why (its pillar comes from its pathway), one with neither why nor pillar.
 */
export const manifest = {
  version: 1,
  organization: { name: 'Helio Grid' },
  pillars: [
    { id: 'trust', title: 'Client Trust', description: 'Be the energy partner clients never want to replace.', imperative: 2 },
    { id: 'energy', title: 'Sustainable Energy', description: 'Lead the transition.', imperative: 1 },
    { id: 'ops', title: 'Operational Efficiency', description: 'Less manual work.' },
  ],
  pathways: [
    { id: 'trust-essentials', title: 'Client Trust Essentials', pillar: 'trust', department: 'Legal', hero: true, courses: ['privacy', 'bribery'] },
    { id: 'trust-more', title: 'Trust in depth', pillar: 'trust', department: 'Sales', courses: ['privacy'] },
    { id: 'ops-hero', title: 'Automation sprint', pillar: 'ops', department: 'Finance', hero: true, courses: ['privacy'] },
  ],
  courses: [
    {
      id: 'privacy',
      title: 'Data Privacy Essentials',
      url: 'https://learn.example.com/privacy',
      pillar: 'trust',
      objectives: [],
      impactTags: ['meters'],
      why: {
        statement: 'Clients hand us their data every day; handling it with care is a promise kept.',
        reframe: { from: 'avoiding fines', to: 'protecting client trust as a competitive differentiator' },
      },
    },
    { id: 'bribery', title: 'Anti-Bribery Refresher', objectives: [], impactTags: [] },
    {
      id: 'csrd',
      title: 'CSRD Reporting',
      pillar: 'energy',
      objectives: [],
      impactTags: [],
      why: { statement: 'Accurate disclosures are how investors believe our transition plan.' },
    },
    { id: 'orphan', title: 'Excel Basics', objectives: [], impactTags: [] },
    { id: 'markup', title: '<em>Loud</em> course', pillar: 'ops', objectives: [], impactTags: [], why: { statement: '<img src=x onerror=alert(1)> plain' } },
  ],
  impactTags: [
    {
      id: 'meters',
      label: 'Builds Privacy by Design into the Q2 Smart-Meter Rollout',
      pillar: 'trust',
      initiative: 'Smart-Meter Rollout Wave 2',
      targetPeriod: 'Q2 FY2027',
      due: '2026-09-30',
    },
  ],
};
