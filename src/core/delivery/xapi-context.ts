/**
 * The `context` of xAPI statements, and how a host's (or an LMS's) context template combines with
 * the one Purpose Kit makes. Pure, no DOM.
 */
export type LanguageMap = Record<string, string>;

export type ContextActivityKind = 'parent' | 'grouping' | 'category' | 'other';

/** An activity as a context names it: an id, and a definition when the maker gave one. */
export interface ContextActivity {
  objectType?: 'Activity';
  id: string;
  definition?: { type?: string; name?: LanguageMap; description?: LanguageMap; moreInfo?: string; [key: string]: unknown };
}

export interface XapiContext {
  registration?: string;
  instructor?: Record<string, unknown>;
  team?: Record<string, unknown>;
  contextActivities?: Partial<Record<ContextActivityKind, ContextActivity[]>>;
  revision?: string;
  platform?: string;
  language?: string;
  statement?: Record<string, unknown>;
  extensions?: Record<string, unknown>;
}

const KINDS: readonly ContextActivityKind[] = ['parent', 'grouping', 'category', 'other'];
const KEYS = new Set(['registration', 'instructor', 'team', 'contextActivities', 'revision', 'platform', 'language', 'statement', 'extensions']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/**
 * A fresh, JSON-only copy of a context template, its activity lists as arrays (xAPI also allows a
 * lone activity), or the first problem found as `path: what is wrong`.
 */
export function readContextTemplate(value: unknown, path: string): XapiContext | string {
  if (!isObject(value)) return `${path}: expected an xAPI context object`;
  let copy: Record<string, unknown>;
  try {
    copy = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  } catch (error) {
    return `${path}: not JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  for (const key of Object.keys(copy)) if (!KEYS.has(key)) return `${path}.${key}: not a property of an xAPI context`;
  if (copy.registration !== undefined && !isUuid(copy.registration)) return `${path}.registration: expected a UUID`;
  for (const key of ['revision', 'platform', 'language'] as const) {
    if (copy[key] !== undefined && typeof copy[key] !== 'string') return `${path}.${key}: expected a string`;
  }
  for (const key of ['instructor', 'team', 'statement', 'extensions'] as const) {
    if (copy[key] !== undefined && !isObject(copy[key])) return `${path}.${key}: expected an object`;
  }
  for (const key of Object.keys(copy.extensions ?? {})) if (!isIri(key)) return `${path}.extensions: key ${JSON.stringify(key)} is not an IRI`;
  if (copy.contextActivities !== undefined) {
    const lists = copy.contextActivities;
    if (!isObject(lists)) return `${path}.contextActivities: expected an object`;
    for (const [kind, list] of Object.entries(lists)) {
      const at = `${path}.contextActivities.${kind}`;
      if (!(KINDS as readonly string[]).includes(kind)) return `${at}: expected parent, grouping, category or other`;
      const activities = Array.isArray(list) ? list : [list];
      for (const [index, activity] of activities.entries()) {
        if (!isObject(activity) || typeof activity.id !== 'string' || !isIri(activity.id)) return `${at}[${index}].id: expected an IRI`;
      }
      lists[kind] = activities;
    }
  }
  return copy as XapiContext;
}

/**
 * Purpose Kit's context with a template: the template's values win (cmi5 forbids changing what
 * its context template says), activity lists are joined (the template's first, each id once),
 * extensions merged (the template's keys win).
 */
export function mergeContext<T extends XapiContext>(own: T, template: XapiContext | undefined): T {
  if (!template) return own;
  const merged: XapiContext = { ...own, ...template };
  const extensions = { ...own.extensions, ...template.extensions };
  if (Object.keys(extensions).length) merged.extensions = extensions;
  const lists: Partial<Record<ContextActivityKind, ContextActivity[]>> = {};
  for (const kind of KINDS) {
    const joined = [...(template.contextActivities?.[kind] ?? []), ...(own.contextActivities?.[kind] ?? [])];
    const list = joined.filter((activity, index) => joined.findIndex((other) => other.id === activity.id) === index);
    if (list.length) lists[kind] = list;
  }
  if (Object.keys(lists).length) merged.contextActivities = lists;
  return merged as T;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIri(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(value);
}
