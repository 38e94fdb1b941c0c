/** A change or a conflict in words: which entry (a course by its title), which field, and its values. */
import { isRecord, pathText, type Path } from '../../core/studio/json.js';
import type { Translate } from './environment.js';

/** Fields with a name of their own; any other is shown as its path (`usage.enrollments`). */
const NAMED_FIELDS = new Set(['why', 'why.statement', 'why.reframe', 'why.reframe.from', 'why.reframe.to', 'pillar', 'impactTags', 'courses', 'hero', 'title']);
const NAMED_LISTS = new Set(['courses', 'pathways', 'impactTags', 'pillars', 'endorsements']);

function nameOf(entry: unknown): string | undefined {
  if (!isRecord(entry)) return undefined;
  const expert = isRecord(entry.expert) ? entry.expert.name : undefined;
  const name = entry.title ?? entry.label ?? expert ?? entry.id;
  return typeof name === 'string' ? name : undefined;
}

export interface Described {
  /** `Course "Grid 101"`, or the path's first step. */
  entry: string;
  /** `Why statement`; empty for a whole entry added or removed. */
  field: string;
}

/** `versions` are looked in, in order, for the entry's name (the draft first, then the saved one). */
export function describePath(path: Path, versions: readonly unknown[], t: Translate): Described {
  const [list, step, ...rest] = path;
  if (typeof list === 'string' && NAMED_LISTS.has(list) && step !== undefined && typeof step !== 'string') {
    const name = versions.map((version) => (isRecord(version) && Array.isArray(version[list]) ? nameOf(version[list].find((entry) => isRecord(entry) && entry.id === step.id)) : undefined)).find(Boolean);
    const field = pathText(rest);
    return {
      entry: t(`manifest-studio.entry.${list as 'courses'}`, { name: name ?? step.id }),
      field: field === '' ? '' : NAMED_FIELDS.has(field) ? t(`manifest-studio.field.${field as 'why'}`) : field,
    };
  }
  return { entry: pathText(path), field: '' };
}

const MAX_SHOWN = 160;

/** A value as a reader takes it in: text quoted, lists joined, an entry by its name, nothing as "none". */
export function describeValue(value: unknown, t: Translate): string {
  if (value === undefined || value === null || value === '') return t('manifest-studio.none');
  if (typeof value === 'string') return `“${value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value}”`;
  if (typeof value === 'boolean') return t(value ? 'manifest-studio.yes' : 'manifest-studio.no');
  if (Array.isArray(value)) return value.length ? value.map((item) => describeValue(item, t)).join(', ') : t('manifest-studio.none');
  const name = nameOf(value);
  if (name !== undefined) return name;
  const text = JSON.stringify(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}
