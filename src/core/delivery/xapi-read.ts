/**
 * The reverse of `toStatement`: an xAPI statement back to the Purpose Kit event it says, or why it
 * is not one. A statement is Purpose Kit's when its verb is one of Purpose Kit's and it names the
 * profile (a `category` activity under https://w3id.org/purpose-kit/xapi) or its object's id has
 * a `/purpose-kit/` path — from any site: the ids are read from the path after `/purpose-kit/`,
 * whatever `homePage` came before it. Pure, no DOM: the collector reads pulled statements with it.
 *
 * The learner id is the actor's account `name`; an actor without an account is named by its
 * `mbox` IRI (`mailto:…`), else `sha1:` + its `mbox_sha1sum`, else its `openid`.
 * One loss: an endorsement whose event pillar and endorsed pillar are the same pillar names it
 * once, so both read back as that pillar, also when the event had no `pillarId`.
 */
import type { DisplayContext, EventType, PkEvent } from './event.js';
import { EXTENSIONS, PROFILE, VERBS } from './xapi-vocabulary.js';

export type ReadStatement = { ok: true; event: PkEvent } | { ok: false; reason: string };

type Json = Record<string, unknown>;

const TYPE_OF_VERB = new Map(Object.entries(VERBS).map(([type, verb]) => [verb.id, type as EventType]));
const PATH = /\/purpose-kit\/((?:courses|pathways|pillars|impact-tags)\/[^?#]*)/;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** The learner id of an xAPI agent (see above), or undefined for a group or an agent without an identifier. */
export function learnerIdOf(actor: unknown): string | undefined {
  if (!isRecord(actor) || actor.objectType === 'Group') return undefined;
  if (isRecord(actor.account)) return text(actor.account.name);
  if (text(actor.mbox)) return actor.mbox as string;
  if (text(actor.mbox_sha1sum)) return `sha1:${(actor.mbox_sha1sum as string).toLowerCase()}`;
  return text(actor.openid);
}

/** The segments of a Purpose Kit activity id after `/purpose-kit/` (`['courses', 'c1', 'why']`), decoded; undefined for any other id. */
export function purposeKitPath(activityId: unknown): string[] | undefined {
  if (typeof activityId !== 'string' || !URL.canParse(activityId)) return undefined;
  const found = PATH.exec(new URL(activityId).pathname);
  if (!found) return undefined;
  try {
    return found[1]!.split('/').map(decodeURIComponent);
  } catch {
    return undefined;
  }
}

export function readStatement(statement: unknown): ReadStatement {
  if (!isRecord(statement)) return { ok: false, reason: 'not an object' };
  const type = TYPE_OF_VERB.get(isRecord(statement.verb) ? (statement.verb.id as string) : '');
  if (!type) return { ok: false, reason: 'not a Purpose Kit verb' };
  const context = isRecord(statement.context) ? statement.context : {};
  const lists = isRecord(context.contextActivities) ? context.contextActivities : {};
  const activities = (key: string) => (Array.isArray(lists[key]) ? lists[key] : isRecord(lists[key]) ? [lists[key]] : []).filter(isRecord);
  const object = isRecord(statement.object) ? statement.object : {};
  const objectPath = purposeKitPath(object.id);
  const profiled = activities('category').some((activity) => typeof activity.id === 'string' && activity.id.startsWith(PROFILE));
  if (!profiled && !objectPath) return { ok: false, reason: 'neither names the Purpose Kit profile nor has a Purpose Kit activity' };
  const learnerId = learnerIdOf(statement.actor);
  if (!learnerId) return { ok: false, reason: 'the actor has no account, mbox, mbox_sha1sum or openid' };
  const time = text(statement.timestamp) ?? text(statement.stored);
  if (!text(statement.id) || !time || Number.isNaN(Date.parse(time))) return { ok: false, reason: 'no id or time' };

  const named = (kind: string, list: Json[]) =>
    list.flatMap((activity) => {
      const path = purposeKitPath(activity.id);
      return path?.[0] === kind && path.length === 2 ? [{ id: path[1]!, name: firstName(activity), moreInfo: moreInfoOf(activity) }] : [];
    });
  const course = named('courses', [object, ...activities('other')])[0];
  const pathway = named('pathways', type === 'pathway-opened' ? [object] : activities('parent'))[0];
  const pillars = named('pillars', activities('grouping'));
  const tags = named('impact-tags', activities('category'));
  const display: DisplayContext = {
    ...(course?.name !== undefined && { courseTitle: course.name }),
    ...(course?.moreInfo !== undefined && { courseUrl: course.moreInfo }),
    ...(pathway?.name !== undefined && { pathwayTitle: pathway.name }),
    ...(pillars[0]?.name !== undefined && { pillarTitle: pillars[0].name }),
    ...(tags.length > 0 && { impactTags: tags.map((tag) => ({ id: tag.id, label: tag.name ?? tag.id })) }),
  };
  const envelope = {
    id: (statement.id as string).toLowerCase(),
    time: new Date(time).toISOString(),
    learnerId,
    ...(pillars[0] && { pillarId: pillars[0].id }),
    ...(Object.keys(display).length > 0 && { display }),
  };
  const courseId = course?.id ?? (objectPath?.[0] === 'courses' ? objectPath[1] : undefined);
  const scope = { ...(courseId !== undefined && { courseId }), ...(pathway && type !== 'pathway-opened' && { pathwayId: pathway.id }) };
  const result = isRecord(statement.result) ? statement.result : {};
  const response = text(result.response);
  switch (type) {
    case 'rating': {
      const extensions = isRecord(result.extensions) ? result.extensions : {};
      const score = isRecord(result.score) ? result.score : {};
      const data = { relevance: extensions[EXTENSIONS.relevance] ?? score.raw, clarity: extensions[EXTENSIONS.clarity], ...(response !== undefined && { comment: response }) };
      return { ok: true, event: { ...envelope, ...scope, type, data } as PkEvent };
    }
    case 'endorsement': {
      const pillar = pillars.at(-1)?.id;
      return { ok: true, event: { ...envelope, ...scope, type, data: { problem: response, pillar } } as PkEvent };
    }
    case 'pathway-opened':
      return { ok: true, event: { ...envelope, type, pathwayId: pathway?.id } as PkEvent };
    case 'why-dismissed':
      return { ok: true, event: { ...envelope, ...scope, type } as PkEvent };
    case 'prompt-discussed': {
      const promptId = objectPath?.[2] === 'prompts' ? objectPath[3] : undefined;
      const prompt = firstName(object);
      return { ok: true, event: { ...envelope, ...scope, type, data: { promptId, ...(prompt !== undefined && { prompt }) } } as PkEvent };
    }
  }
}

function firstName(activity: Json): string | undefined {
  const definition = isRecord(activity.definition) ? activity.definition : {};
  return isRecord(definition.name) ? Object.values(definition.name).find((name): name is string => typeof name === 'string') : undefined;
}

function moreInfoOf(activity: Json): string | undefined {
  const definition = isRecord(activity.definition) ? activity.definition : {};
  return text(definition.moreInfo);
}
