import { sentimentAlignment } from './alignment.js';
import type { TeamWellbeing } from './types.js';

/**
 * Wellbeing relation = Spearman's rank correlation (average ranks for ties) between teams' learning
 * per person and their wellbeing survey score, over the teams surveyed in the period — computed
 * exactly as sentiment alignment is (each team's latest survey in the period; teams under 5
 * people or without both numbers left out; `null` with fewer than two teams or no variation).
 * A correlation, not proof that learning lifts wellbeing (or that it does not).
 */
export function wellbeingCorrelation(teams: readonly TeamWellbeing[], period: { start: string; end: string }): number | null {
  return sentimentAlignment(
    teams.map(({ team, date, size, learning, wellbeing }) => ({ team, date, size, aligned: false, utilisation: learning, connection: wellbeing })),
    period,
  );
}
