/**
 * A small catalogue for the studio: two pillars (one an imperative), one impact tag, one pathway,
 * and four courses with usage figures. `privacy` (most used) has no why framing and no tag;
 * `excel` has no tag; `grid` is fully placed; `trust-talk` speaks of client trust and is placed
 * nowhere (the suggestion model's case).
 */
type Doc = Record<string, any>;

export function studioManifest(): Doc {
  return {
    version: 1,
    organization: { name: 'Helio Grid' },
    pillars: [
      { id: 'trust', title: 'Client Trust', description: 'Protect the trust our clients place in us: privacy, security and honest advice.', imperative: 1 },
      { id: 'energy', title: 'Sustainable Energy', description: 'Lead the transition to renewable grid energy.' },
    ],
    pathways: [{ id: 'grid-path', title: 'Grid basics', pillar: 'energy', department: 'Engineering', courses: ['grid'] }],
    courses: [
      { id: 'privacy', title: 'Data Privacy Essentials', objectives: ['Handle client data safely'], impactTags: [], usage: { enrollments: 4000 } },
      { id: 'excel', title: 'Excel for Analysts', objectives: [], impactTags: [], why: { statement: 'Numbers decide projects.' }, usage: { enrollments: 2000 } },
      { id: 'grid', title: 'Grid 101', pillar: 'energy', objectives: ['Read a renewable grid diagram'], impactTags: ['interconnect'], why: { statement: 'Every project waits on the grid.' }, usage: { enrollments: 1000 } },
      { id: 'trust-talk', title: 'Earning client trust', objectives: ['Give honest advice on client security'], impactTags: [], usage: { enrollments: 500 } },
    ],
    impactTags: [{ id: 'interconnect', label: 'Speeds up grid interconnection', pillar: 'energy', initiative: 'Interconnect 400 MW', targetPeriod: 'Q3 FY2027' }],
  };
}
