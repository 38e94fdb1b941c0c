/**
 * The validator's issues placed beside the studio's fields: an issue's path
 * (`courses[12].why.reframe.from`) names the field of the open course it concerns. Issues of the
 * pathways that hold the course, and of the impact tags it has, belong to those fields too.
 */
import type { ManifestIssue } from '../errors.js';
import type { Manifest } from '../manifest/types.js';

export type StudioField = 'statement' | 'from' | 'to' | 'pillar' | 'impactTags' | 'pathways' | 'course';

export type FieldIssues = Partial<Record<StudioField, ManifestIssue[]>>;

/** The field of a course's own issue, from the rest of its path after `courses[i]`. */
function courseField(rest: string): StudioField {
  if (rest.startsWith('.why.reframe.from')) return 'from';
  if (rest.startsWith('.why.reframe.to') || rest.startsWith('.why.reframe')) return 'to';
  if (rest.startsWith('.why')) return 'statement';
  if (rest.startsWith('.pillar')) return 'pillar';
  if (rest.startsWith('.impactTags')) return 'impactTags';
  return 'course';
}

/** `rest` when `path` is `prefix` or continues it with `.` or `[`; else undefined. */
function after(path: string, prefix: string): string | undefined {
  if (!path.startsWith(prefix)) return undefined;
  const rest = path.slice(prefix.length);
  return rest === '' || rest.startsWith('.') || rest.startsWith('[') ? rest : undefined;
}

/** The issues of the course `courseId`, by the field they concern. */
export function issuesOfCourse(issues: readonly ManifestIssue[], manifest: Manifest, courseId: string): FieldIssues {
  const byField: FieldIssues = {};
  const add = (field: StudioField, issue: ManifestIssue) => (byField[field] ??= []).push(issue);
  const index = manifest.courses.findIndex((course) => course.id === courseId);
  const course = manifest.courses[index];
  if (!course) return byField;
  const pathways = manifest.pathways.flatMap((pathway, i) => (pathway.courses.includes(courseId) ? [`pathways[${i}]`] : []));
  const tags = manifest.impactTags.flatMap((tag, i) => (course.impactTags.includes(tag.id) ? [`impactTags[${i}]`] : []));
  for (const issue of issues) {
    const rest = after(issue.path, `courses[${index}]`);
    if (rest !== undefined) add(courseField(rest), issue);
    else if (pathways.some((prefix) => after(issue.path, prefix) !== undefined)) add('pathways', issue);
    else if (tags.some((prefix) => after(issue.path, prefix) !== undefined)) add('impactTags', issue);
  }
  return byField;
}
