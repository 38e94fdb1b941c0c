import type { PkEvent } from './event.js';
import { readAgent, type Agent } from './xapi-agent.js';
import { mergeContext, type ContextActivity, type ContextActivityKind, type LanguageMap, type XapiContext } from './xapi-context.js';
import { ACTIVITY_TYPES, EXTENSIONS, PROFILE_ACTIVITY_TYPE, PROFILE_VERSION, SCALE, siteIri, VERBS, type Verb } from './xapi-vocabulary.js';

export type { Agent, LanguageMap };

export interface Activity {
  objectType: 'Activity';
  id: string;
  definition: { type: string; name?: LanguageMap; moreInfo?: string };
}

export interface Statement {
  id: string;
  timestamp: string;
  actor: Agent;
  verb: Verb;
  object: Activity;
  result?: {
    score?: { scaled: number; raw: number; min: number; max: number };
    response?: string;
    extensions?: Record<string, unknown>;
  };
  context: Omit<XapiContext, 'contextActivities'> & {
    platform: string;
    contextActivities?: Partial<Record<ContextActivityKind, (Activity | ContextActivity)[]>>;
  };
}

/** Where statements come from: the account system's home page and the page's language tag. */
export interface XapiSite {
  homePage: string;
  /** An RFC 5646 tag, `und` when unknown. */
  language: string;
}

/** What a site may add to its statements (the `xapi` delivery options, already checked). */
export interface StatementOptions {
  /** The learner as an xAPI Agent, or how to make one from the learner id; default the account on `homePage`. */
  actor?: Agent | ((learnerId: string) => Agent);
  /** A UUID: `context.registration` (the LMS's enrolment, or a cmi5 launch's). */
  registration?: string;
  /** Merged into every statement's context (see `mergeContext`: the template's values win). */
  contextTemplate?: XapiContext;
}

/**
 * The xAPI 1.0.3 statement for one event: statement id = event id; the pathway is the parent
 * context, pillars the grouping, Purpose Kit's profile and the impact tags the category; a rating
 * puts relevance in `result.score` and both scales in `result.extensions` (the profile's IRIs).
 * Throws when an `actor` function gives something that is not an Agent.
 */
export function toStatement(event: PkEvent, site: XapiSite, options: StatementOptions = {}): Statement {
  const activities = new Activities(event, site);
  const object = activities.object();
  const result = resultOf(event);
  const contextActivities = compact({
    parent: event.type === 'pathway-opened' ? [] : activities.pathway(),
    grouping: activities.pillars(),
    category: [PROFILE_ACTIVITY, ...activities.impactTags()],
    other: object.definition.type === ACTIVITY_TYPES.course ? [] : activities.course(),
  });
  return {
    id: event.id,
    timestamp: event.time,
    actor: actorOf(event.learnerId, site, options.actor),
    verb: VERBS[event.type],
    object,
    ...(result && { result }),
    context: mergeContext(
      {
        ...(options.registration !== undefined && { registration: options.registration }),
        platform: 'Purpose Kit',
        ...(site.language !== 'und' && { language: site.language }),
        ...(contextActivities && { contextActivities }),
      },
      options.contextTemplate,
    ),
  };
}

function actorOf(learnerId: string, site: XapiSite, actor: StatementOptions['actor']): Agent {
  if (actor === undefined) return { objectType: 'Agent', account: { homePage: site.homePage, name: learnerId } };
  if (typeof actor !== 'function') return actor;
  const agent = readAgent(actor(learnerId), 'xapi.actor(learnerId)');
  if (typeof agent === 'string') throw new TypeError(agent);
  return agent;
}

class Activities {
  readonly #event: PkEvent;
  readonly #site: XapiSite;

  constructor(event: PkEvent, site: XapiSite) {
    this.#event = event;
    this.#site = site;
  }

  object(): Activity {
    const event = this.#event;
    switch (event.type) {
      case 'pathway-opened':
        return this.pathway()[0]!;
      case 'why-dismissed':
        return this.#activity(['courses', event.courseId, 'why'], ACTIVITY_TYPES.why);
      case 'prompt-discussed':
        return this.#activity(
          ['courses', event.courseId, 'prompts', event.data.promptId],
          ACTIVITY_TYPES.prompt,
          event.data.prompt,
        );
      default:
        return this.course()[0]!;
    }
  }

  course(): Activity[] {
    if (!('courseId' in this.#event)) return [];
    const { courseTitle, courseUrl } = this.#event.display ?? {};
    return [this.#activity(['courses', this.#event.courseId], ACTIVITY_TYPES.course, courseTitle, courseUrl)];
  }

  pathway(): Activity[] {
    const { pathwayId, display } = this.#event;
    if (pathwayId === undefined) return [];
    return [this.#activity(['pathways', pathwayId], ACTIVITY_TYPES.pathway, display?.pathwayTitle)];
  }

  pillars(): Activity[] {
    const { pillarId, display } = this.#event;
    const endorsed = this.#event.type === 'endorsement' ? this.#event.data.pillar : undefined;
    const ids = [...new Set([pillarId, endorsed])].filter((id) => id !== undefined);
    return ids.map((id) =>
      this.#activity(['pillars', id], ACTIVITY_TYPES.pillar, id === pillarId ? display?.pillarTitle : undefined),
    );
  }

  impactTags(): Activity[] {
    return (this.#event.display?.impactTags ?? []).map((tag) =>
      this.#activity(['impact-tags', tag.id], ACTIVITY_TYPES.impactTag, tag.label),
    );
  }

  #activity(path: string[], type: string, name?: string, moreInfo?: string): Activity {
    return {
      objectType: 'Activity',
      id: siteIri(this.#site.homePage, ...path),
      definition: {
        type,
        ...(name !== undefined && { name: { [this.#site.language]: name } }),
        ...(moreInfo !== undefined && { moreInfo }),
      },
    };
  }
}

/** The profile the statement follows, named as the xAPI Profiles specification asks. */
const PROFILE_ACTIVITY: Activity = { objectType: 'Activity', id: PROFILE_VERSION, definition: { type: PROFILE_ACTIVITY_TYPE } };

function resultOf(event: PkEvent): Statement['result'] {
  if (event.type === 'endorsement') return { response: event.data.problem };
  if (event.type !== 'rating') return undefined;
  const { relevance, clarity, comment } = event.data;
  return {
    score: { scaled: (relevance - SCALE.min) / (SCALE.max - SCALE.min), raw: relevance, ...SCALE },
    ...(comment !== undefined && { response: comment }),
    extensions: {
      [EXTENSIONS.relevance]: relevance,
      [EXTENSIONS.clarity]: clarity,
    },
  };
}

/** Leaves out empty lists: xAPI asks for no empty objects or arrays. */
function compact<T extends Record<string, Activity[]>>(lists: T): Partial<T> | undefined {
  const kept = Object.entries(lists).filter(([, list]) => list.length > 0);
  return kept.length ? (Object.fromEntries(kept) as Partial<T>) : undefined;
}
