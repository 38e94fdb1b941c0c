/**
 * Human Sustainability, from what people learn: which of the courses they went through build
 * transferable skills (the future-proof share), and how many transferable skills each person newly
 * gained (the breadth). Pass one group's learning events (a person's, a team's, everyone's); each
 * (person, course) counts once, on its first date, and only for courses the catalogue knows.
 * An events list is read once per catalogue and then remembered, period after period, until it
 * changes length: treat it as immutable once passed.
 */
import { MIN_TEAM_SIZE } from './alignment.js';
import { dayNumber, periodDays } from './days.js';
import { ratio } from './statistics.js';
import type { EmployeeRecord, SkillCatalogue, SkillEvent } from './types.js';
import { employedDuring } from './workforce.js';

/** No figure is published for a group of fewer people than this (PRODUCT.md, "Privacy"): the rule sentiment alignment applies to teams. */
export const MIN_GROUP = MIN_TEAM_SIZE;

type Period = { start: string; end: string };

/** A course someone went through, on the first day they did. */
interface Completion {
  employee: string;
  course: string;
  day: number;
}

const indexes = new WeakMap<SkillCatalogue, ReadonlyMap<string, readonly string[]>>();

/** Course id → the distinct transferable skills it builds (none for a course without any). */
function transferableByCourse(catalogue: SkillCatalogue): ReadonlyMap<string, readonly string[]> {
  let index = indexes.get(catalogue);
  if (!index) {
    const transferable = new Set(catalogue.transferable);
    index = new Map(catalogue.courses.map((course) => [course.id, [...new Set(course.skills.filter((skill) => transferable.has(skill)))]]));
    indexes.set(catalogue, index);
  }
  return index;
}

interface Read {
  catalogue: SkillCatalogue;
  length: number;
  completions: Completion[];
  gained?: Map<string, Map<string, number>>;
}

const read = new WeakMap<readonly SkillEvent[], Read>();

function readEvents(events: readonly SkillEvent[], catalogue: SkillCatalogue): Read {
  const kept = read.get(events);
  if (kept && kept.catalogue === catalogue && kept.length === events.length) return kept;
  const known = transferableByCourse(catalogue);
  const first = new Map<string, Completion>();
  for (const { employee, course, date } of events) {
    const day = dayNumber(date);
    if (day === null || !known.has(course)) continue;
    const key = `${employee}\u0000${course}`;
    const seen = first.get(key);
    if (!seen || day < seen.day) first.set(key, { employee, course, day });
  }
  const fresh: Read = { catalogue, length: events.length, completions: [...first.values()] };
  read.set(events, fresh);
  return fresh;
}

const firstCompletions = (events: readonly SkillEvent[], catalogue: SkillCatalogue) => readEvents(events, catalogue).completions;

const within = (day: number, days: { start: number; end: number }) => day >= days.start && day <= days.end;

/**
 * Future-proof share = courses completed in the period that build at least one transferable
 * skill ÷ all courses completed in the period, over the group's completions. `null` when nothing
 * was completed, or when fewer than `minGroup` people completed anything (pass 1 for one person).
 */
export function futureProofShare(events: readonly SkillEvent[], catalogue: SkillCatalogue, period: Period, minGroup = MIN_GROUP): number | null {
  const days = periodDays(period);
  if (!days) return null;
  const known = transferableByCourse(catalogue);
  const learners = new Set<string>();
  let courses = 0;
  let futureProof = 0;
  for (const completion of firstCompletions(events, catalogue)) {
    if (!within(completion.day, days)) continue;
    learners.add(completion.employee);
    courses++;
    if (known.get(completion.course)!.length > 0) futureProof++;
  }
  return learners.size < minGroup ? null : ratio(futureProof, courses);
}

/**
 * Each person's transferable skills and the day each was gained: the first day they went through
 * a course that builds it.
 */
export function transferableSkillsGained(events: readonly SkillEvent[], catalogue: SkillCatalogue): Map<string, Map<string, number>> {
  return new Map([...gainedBy(events, catalogue)].map(([employee, skills]) => [employee, new Map(skills)]));
}

/** `transferableSkillsGained`, remembered with the events it was read from (not to be changed). */
function gainedBy(events: readonly SkillEvent[], catalogue: SkillCatalogue): ReadonlyMap<string, ReadonlyMap<string, number>> {
  const entry = readEvents(events, catalogue);
  if (entry.gained) return entry.gained;
  const known = transferableByCourse(catalogue);
  const gained = new Map<string, Map<string, number>>();
  for (const { employee, course, day } of entry.completions) {
    let skills = gained.get(employee);
    if (!skills) gained.set(employee, (skills = new Map()));
    for (const skill of known.get(course)!) if (!(skills.get(skill)! <= day)) skills.set(skill, day);
  }
  return (entry.gained = gained);
}

/**
 * The distinct transferable skills built by the courses a person (or group) went through in the
 * period, in the catalogue's order — gained then or before. For a 1:1: what they built this year.
 */
export function transferableSkillsBuilt(events: readonly SkillEvent[], catalogue: SkillCatalogue, period: Period): string[] {
  const days = periodDays(period);
  if (!days) return [];
  const known = transferableByCourse(catalogue);
  const built = new Set(firstCompletions(events, catalogue).flatMap((completion) => (within(completion.day, days) ? known.get(completion.course)! : [])));
  return catalogue.transferable.filter((skill) => built.has(skill));
}

/**
 * Breadth = transferable skills newly gained in the period (a skill counts for a person in the
 * period of the first course that built it for them), summed over the group's people on the books
 * during the period, ÷ those people: transferable skills gained per person. 0 when they gained
 * none; `null` when fewer than `minGroup` people were on the books.
 */
export function transferableBreadth(
  employees: readonly EmployeeRecord[],
  events: readonly SkillEvent[],
  catalogue: SkillCatalogue,
  period: Period,
  minGroup = MIN_GROUP,
): number | null {
  const days = periodDays(period);
  const people = employedDuring(employees, period);
  if (!days || people.length < minGroup) return null;
  const gained = gainedBy(events, catalogue);
  let skills = 0;
  for (const person of people) for (const day of gained.get(person.id)?.values() ?? []) if (within(day, days)) skills++;
  return skills / people.length;
}
