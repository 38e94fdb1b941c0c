import { expect } from '@open-wc/testing';
import { MIN_TEAM_SIZE, sentimentAlignment } from '../../../src/core/metrics/alignment.js';
import type { TeamSurvey } from '../../../src/core/metrics/types.js';

const Q1 = { start: '2026-01-01', end: '2026-03-31' };
const survey = (team: string, size: number, utilisation: number | null, connection: number | null, date = '2026-03-20'): TeamSurvey => ({
  team,
  aligned: true,
  date,
  size,
  utilisation,
  connection,
});

/** The counted teams rank as x [1, 2.5, 2.5, 4, 5], y [2, 1, 3.5, 3.5, 5]: ρ = 7.25 / 9.5. */
const teams = [
  survey('t1', 8, 10, 3),
  survey('t2', 6, 90, 5, '2026-01-10'), // replaced by t2's later survey
  survey('t2', 6, 20, 1),
  survey('t3', 5, 20, 4),
  survey('t4', 12, 40, 4),
  survey('t5', 7, 50, 5),
  survey('t6', 4, 100, 1), // under 5 people
  survey('t7', 9, null, 5), // no utilisation figure
  survey('t8', 9, 60, 5, '2025-12-15'), // surveyed before the period
];

describe('sentimentAlignment', () => {
  it('= Spearman between utilisation and connection to mission, ties ranked by their average', () => {
    expect(sentimentAlignment(teams, Q1)).to.be.closeTo(7.25 / 9.5, 1e-12);
  });

  it(`leaves out teams under ${MIN_TEAM_SIZE} people`, () => {
    const withSmallTeamCounted = teams.map((team) => (team.team === 't6' ? { ...team, size: MIN_TEAM_SIZE } : team));
    expect(sentimentAlignment(withSmallTeamCounted, Q1)).to.not.be.closeTo(7.25 / 9.5, 1e-3);
  });

  it("counts a team by its latest survey, even when that one is left out", () => {
    const latestTooSmall = [...teams, survey('t5', 3, 50, 5, '2026-03-30')];
    // Without t5: x ranks [1, 2.5, 2.5, 4], y ranks [2, 1, 3.5, 3.5]; means 2.5;
    // Σdx·dy = 0.75 + 0 + 0 + 1.5 = 2.25; Σdx² = Σdy² = 4.5.
    expect(sentimentAlignment(latestTooSmall, Q1)).to.be.closeTo(2.25 / 4.5, 1e-12);
  });

  it('is null with fewer than two teams left, or when a score does not vary', () => {
    expect(sentimentAlignment([], Q1)).to.equal(null);
    expect(sentimentAlignment([survey('t1', 8, 10, 3), survey('t6', 4, 100, 1)], Q1)).to.equal(null);
    expect(sentimentAlignment([survey('a', 8, 10, 3), survey('b', 8, 20, 3), survey('c', 8, 30, 3)], Q1)).to.equal(null);
  });
});
