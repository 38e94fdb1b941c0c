/**
 * A team of four over a small catalogue: Priya (Client Trust, four completions), Amal (Sustainable
 * Energy, a takeaway with markup), Zoë (Operational Efficiency, a course with no pillar at all)
 * and Tomás (no pathway, nothing completed). Prompt templates: one for the privacy course (and
 * its German version), one for the energy pillar.
 */
type Doc = Record<string, any>;

const course = (id: string, title: string, extra: Doc = {}): Doc => ({ id, title, objectives: [], impactTags: [], ...extra });

export function digestManifest(): Doc {
  return {
    version: 1,
    organization: { name: 'Helio Grid' },
    pillars: [
      { id: 'trust', title: 'Client Trust', description: 'Be the partner clients keep.', imperative: 2 },
      { id: 'energy', title: 'Sustainable Energy', description: 'Lead the transition.', imperative: 1 },
      { id: 'ops', title: 'Operational Efficiency', description: 'Less manual work.' },
    ],
    pathways: [
      { id: 'privacy-path', title: 'Client Trust Essentials', pillar: 'trust', department: 'Legal', courses: ['privacy', 'kam'] },
      { id: 'grid-path', title: 'Connecting Renewables', pillar: 'energy', department: 'Engineering', courses: ['grid', 'storage'] },
      { id: 'ops-path', title: 'Automating the Back Office', pillar: 'ops', department: 'Finance', courses: ['excel'] },
    ],
    courses: [
      course('privacy', 'Data Privacy Essentials', { pillar: 'trust', url: 'https://lms.example.com/privacy', impactTags: ['meters'] }),
      course('kam', 'Key Account Management', { impactTags: ['renewals'] }),
      course('grid', 'Grid Basics', { impactTags: ['grid'] }),
      course('storage', 'Battery Storage', { pillar: 'ops' }),
      course('excel', 'Excel for Finance'),
      course('orphan', 'Typing Skills'),
    ],
    impactTags: [
      { id: 'meters', label: 'Builds Privacy into the Smart-Meter Rollout', pillar: 'trust', initiative: 'Meters', targetPeriod: 'Q2' },
      { id: 'renewals', label: 'Protects Key-Account Renewals Due in Q3', pillar: 'trust', initiative: 'Renewals', targetPeriod: 'Q3' },
      { id: 'grid', label: 'Speeds Up Grid Connections', pillar: 'energy', initiative: 'Grid', targetPeriod: 'Q2' },
    ],
    team: {
      name: 'Key Accounts North',
      members: [
        {
          id: 'zoe',
          name: 'Zoë Adler',
          role: 'Pricing Analyst',
          pathway: 'ops-path',
          course: 'excel',
          completions: [{ course: 'orphan', date: '2026-03-01' }],
        },
        {
          id: 'priya',
          name: 'Priya Raman',
          shortName: 'Priya',
          role: 'Key Account Manager',
          pathway: 'privacy-path',
          course: 'kam',
          completions: [
            { course: 'grid', date: '2026-02-01' },
            { course: 'excel', date: '2025-12-01', takeaway: 'Model first, argue second.' },
            { course: 'privacy', date: '2026-04-14', takeaway: 'Collect only what the contract needs.' },
            { course: 'storage', date: '2026-01-05' },
          ],
        },
        {
          id: 'amal',
          name: 'Amal <b>Haddad</b>',
          pathway: 'grid-path',
          completions: [{ course: 'grid', date: '2026-05-02', takeaway: '<img src=x onerror=alert(1)> queue first' }],
        },
        { id: 'tomas', name: 'Tomás Herrera', completions: [] },
      ],
      prompts: [
        { course: 'privacy', text: 'Ask {name} how {course} changes how they handle client data — it advances {pillar}.' },
        { course: 'privacy', lang: 'de', text: 'Fragen Sie {name}, wie {course} den Umgang mit Kundendaten verändert.' },
        { pillar: 'energy', text: 'Ask {name} which grid bottleneck {course} helps clear ({impact}).' },
      ],
    },
  };
}
