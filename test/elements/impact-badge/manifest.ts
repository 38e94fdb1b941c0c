/** A small manifest for the badge tests: two pillars (one an imperative), a course with five tags. */
export const manifest = {
  version: 1,
  organization: { name: 'Helio Grid' },
  pillars: [
    { id: 'trust', title: 'Client Trust', description: 'Be the partner clients keep.', imperative: 2 },
    { id: 'ops', title: 'Operational Efficiency', description: 'Less manual work.' },
  ],
  pathways: [{ id: 'trust-basics', title: 'Trust basics', pillar: 'trust', department: 'Legal', courses: ['privacy'] }],
  courses: [
    { id: 'privacy', title: 'Data Privacy Essentials', objectives: [], impactTags: ['meters', 'renewals', 'outages', 'automation', 'costs'] },
    { id: 'untagged', title: 'Presenting with Impact', objectives: [], impactTags: [] },
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
    { id: 'renewals', label: 'Protects Key-Account Renewals Due in Q3', pillar: 'trust', initiative: 'Key Account Retention', targetPeriod: 'Q3 FY2027' },
    { id: 'outages', label: 'Lifts Outage Satisfaction by Q4', pillar: 'trust', initiative: 'Outage Standard', targetPeriod: 'Q4 FY2027' },
    { id: 'automation', label: 'Enables Automation for Q3 Efficiency Goals', pillar: 'ops', initiative: 'Back-Office Automation', targetPeriod: 'Q3 FY2027' },
    { id: 'costs', label: 'Cuts Cost-to-Serve by 8%', pillar: 'ops', initiative: 'Cost-to-Serve Review', targetPeriod: 'Q3 FY2027' },
    { id: 'markup', label: '<b>Bold</b> claims', pillar: 'ops', initiative: '<i>Initiative</i>', targetPeriod: 'Q1' },
  ],
};
