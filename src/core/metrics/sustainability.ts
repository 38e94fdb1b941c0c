import { DEFAULT_SKILL_THRESHOLD, employabilityRetention } from './employability.js';
import { futureProofShare, MIN_GROUP, transferableBreadth, transferableSkillsGained } from './future-proof.js';
import type { ByTeam, EmployeeRecord, ReportingPeriod, SkillEvent, Sustainability, WorkforceRecords } from './types.js';
import { wellbeingCorrelation } from './wellbeing.js';

/**
 * The Human Sustainability lens from raw records, per period: the future-proof share and the
 * breadth for everyone and per team, the wellbeing relation, and the employability paradox
 * (retention of people with at least `skillThreshold` transferable skills against everyone else).
 * Learning events of people not among `employees` are left out; no figure is given for a group of
 * fewer than `minGroup` people. `undefined` when the records have no `skills` catalogue.
 */
export function sustainabilitySeries(records: WorkforceRecords, minGroup = MIN_GROUP): Sustainability | undefined {
  const catalogue = records.skills;
  if (!catalogue) return undefined;
  const { periods, employees } = records;
  const known = new Set(employees.map((employee) => employee.id));
  const events = (records.learning ?? []).filter((event) => known.has(event.employee));
  const threshold = records.skillThreshold ?? DEFAULT_SKILL_THRESHOLD;
  const teams = byTeam(employees, events);

  const perTeam = (measure: (people: readonly EmployeeRecord[], learning: readonly SkillEvent[], period: ReportingPeriod) => number | null): ByTeam => ({
    organization: periods.map((period) => measure(employees, events, period)),
    teams: [...teams].map(([team, group]) => ({ team, values: periods.map((period) => measure(group.people, group.events, period)) })),
  });
  const lens: Sustainability = {
    futureProof: perTeam((_, learning, period) => futureProofShare(learning, catalogue, period, minGroup)),
    breadth: perTeam((people, learning, period) => transferableBreadth(people, learning, catalogue, period, minGroup)),
    threshold,
    retention: employabilityRetention(employees, transferableSkillsGained(events, catalogue), periods, threshold, minGroup),
  };
  if (records.wellbeing) lens.wellbeing = periods.map((period) => wellbeingCorrelation(records.wellbeing!, period));
  return lens;
}

/** Employees with a team, and their learning events, per team in the order teams first appear. */
function byTeam(employees: readonly EmployeeRecord[], events: readonly SkillEvent[]) {
  const teams = new Map<string, { people: EmployeeRecord[]; events: SkillEvent[] }>();
  const teamOf = new Map<string, string>();
  for (const employee of employees) {
    if (!employee.team) continue;
    teamOf.set(employee.id, employee.team);
    let team = teams.get(employee.team);
    if (!team) teams.set(employee.team, (team = { people: [], events: [] }));
    team.people.push(employee);
  }
  for (const event of events) {
    const team = teamOf.get(event.employee);
    if (team) teams.get(team)!.events.push(event);
  }
  return teams;
}
