import { dayNumber, periodDays } from './days.js';
import { spearman } from './statistics.js';
import type { TeamSurvey } from './types.js';

/** Teams smaller than this are left out: their scores are too few to rank (and to keep anonymous). */
export const MIN_TEAM_SIZE = 5;

/**
 * Sentiment alignment = Spearman's rank correlation (average ranks for ties) between team-level
 * learning utilisation and the team's "connection to mission" survey score, over the teams
 * surveyed during the period. Pass one cohort's teams. Each team counts with its latest survey in
 * the period, and is left out when that survey has under `MIN_TEAM_SIZE` people or lacks either
 * score. `null` with fewer than two teams left or when either score does not vary across them.
 */
export function sentimentAlignment(teams: readonly TeamSurvey[], period: { start: string; end: string }): number | null {
  const days = periodDays(period);
  if (!days) return null;
  const latest = new Map<string, { day: number; survey: TeamSurvey }>();
  for (const survey of teams) {
    const day = dayNumber(survey.date);
    if (day === null || day < days.start || day > days.end) continue;
    const seen = latest.get(survey.team);
    if (!seen || day >= seen.day) latest.set(survey.team, { day, survey });
  }
  const counted = [...latest.values()]
    .map(({ survey }) => survey)
    .filter(
      (survey) => survey.size >= MIN_TEAM_SIZE && Number.isFinite(survey.utilisation) && Number.isFinite(survey.connection),
    );
  return spearman(
    counted.map((survey) => survey.utilisation!),
    counted.map((survey) => survey.connection!),
  );
}
