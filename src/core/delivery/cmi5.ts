/**
 * A cmi5 launch (cmi5 spec, sections 8 and 10): the LMS opens the page with `endpoint`, `fetch`,
 * `actor`, `registration` and `activityId` in its query string. The page POSTs the one-time
 * `fetch` URL for an authorisation token, reads the `LMS.LaunchData` state document (its
 * `contextTemplate` carries the session id and the publisher id), and sends its statements to the
 * LMS's LRS with `Authorization: Basic <token>`, the launch's actor and registration, and that
 * template in every statement's context.
 *
 * Purpose Kit's statements are "cmi5 allowed" statements: they carry the context template but not
 * the cmi5 category activity, which only "cmi5 defined" statements (initialized, completed,
 * terminated, … — the course's own) may carry. Sending `initialized` first and `terminated` last
 * is the course's part; Purpose Kit's events belong between the two.
 */
import { PkError } from '../errors.js';
import { safeUrl } from '../url.js';
import type { DeliveryOptions } from './options.js';
import { readAgent, type Agent } from './xapi-agent.js';
import { isUuid, readContextTemplate, type XapiContext } from './xapi-context.js';

export const CMI5_SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

export interface Cmi5Launch {
  /** The LMS's xAPI endpoint (its LRS), as the launch gave it. */
  endpoint: string;
  actor: Agent;
  registration: string;
  /** The AU's activity id: the object of the course's own cmi5 defined statements. */
  activityId: string;
  /** The session id of this launch, from the context template. */
  sessionId: string;
  /** The LMS's context template, as `LMS.LaunchData` gave it. */
  contextTemplate: XapiContext;
  /** The whole `LMS.LaunchData` document (launchMode, returnURL, moveOn, masteryScore, …). */
  launchData: Record<string, unknown>;
  /** A learner id for the elements (`configure({ learner })`): the actor's account name, else its other identifier. */
  learner: string;
  /** Delivery options for the LMS's LRS: pass them to `getDelivery` before elements report. */
  delivery: DeliveryOptions & { format: 'xapi'; headers: () => Record<string, string> };
}

export interface Cmi5LaunchOptions {
  /** The launch URL; default the page's own. */
  url?: string;
  /** `xapi.homePage` of the delivery (where Purpose Kit's activity ids are minted); default the page origin. */
  homePage?: string;
}

/** Token requests by fetch URL: the LMS hands a token out once, so the page asks once and keeps it (in memory only). */
const tokens = new Map<string, Promise<string>>();

/** Reads the launch, fetches the token (once per page) and the launch data; rejects with a `PkError` saying what is wrong. */
export async function cmi5Launch(options: Cmi5LaunchOptions = {}): Promise<Cmi5Launch> {
  const params = new URL(options.url ?? location.href).searchParams;
  const endpoint = httpParameter(params, 'endpoint');
  const fetchUrl = httpParameter(params, 'fetch');
  const actor = actorParameter(params);
  const registration = parameter(params, 'registration');
  if (!isUuid(registration)) invalid(`the "registration" launch parameter is not a UUID: ${JSON.stringify(registration)}`);
  const activityId = parameter(params, 'activityId');

  const token = await tokenFrom(fetchUrl);
  const authorization = `Basic ${token}`;
  const launchData = await readLaunchData(endpoint, authorization, { activityId, agent: JSON.stringify(actor), registration });
  const contextTemplate = readContextTemplate(launchData.contextTemplate, 'LMS.LaunchData.contextTemplate');
  if (typeof contextTemplate === 'string') throw fetchError(`the LMS's launch data is not usable: ${contextTemplate}`);
  const sessionId = contextTemplate.extensions?.[CMI5_SESSION_ID];
  if (typeof sessionId !== 'string' || sessionId === '') {
    throw fetchError(`the LMS's context template has no session id (context.extensions["${CMI5_SESSION_ID}"])`);
  }
  return {
    endpoint,
    actor,
    registration,
    activityId,
    sessionId,
    contextTemplate,
    launchData,
    learner: learnerOf(actor),
    delivery: {
      endpoint,
      format: 'xapi',
      headers: () => ({ Authorization: authorization }),
      xapi: { ...(options.homePage !== undefined && { homePage: options.homePage }), actor, registration, contextTemplate },
    },
  };
}

function tokenFrom(fetchUrl: string): Promise<string> {
  let token = tokens.get(fetchUrl);
  if (!token) {
    token = requestToken(fetchUrl);
    tokens.set(fetchUrl, token);
    // Only a request that never reached the LMS may be tried again: an answer used the URL up.
    token.catch((error: unknown) => {
      if (error instanceof PkError && error.source === 'network') tokens.delete(fetchUrl);
    });
  }
  return token;
}

async function requestToken(fetchUrl: string): Promise<string> {
  let response: Response;
  try {
    // POST, as cmi5 asks (a GET could be cached); nothing to send.
    response = await fetch(fetchUrl, { method: 'POST', credentials: 'omit', cache: 'no-store' });
  } catch (error) {
    throw new PkError('data-fetch', `cmi5: the token could not be fetched from the LMS: ${describe(error)}`, { source: 'network', cause: error });
  }
  const answer = await jsonOf(response, 'the fetch URL');
  if (typeof answer['auth-token'] === 'string' && answer['auth-token'] !== '') return answer['auth-token'];
  const code = answer['error-code'];
  const text = typeof answer['error-text'] === 'string' ? `: ${answer['error-text']}` : '';
  if (String(code) === '1') {
    throw fetchError(`the LMS has already handed out this launch's token (error-code 1${text}). It does so once per launch: launch the course again from the LMS`);
  }
  throw fetchError(code === undefined ? 'the fetch URL answered without an "auth-token"' : `the LMS refused the token (error-code ${String(code)}${text})`);
}

async function readLaunchData(endpoint: string, authorization: string, query: Record<string, string>): Promise<Record<string, unknown>> {
  const url = new URL(`${endpoint.replace(/\/*$/, '')}/activities/state`);
  url.search = new URLSearchParams({ stateId: 'LMS.LaunchData', ...query }).toString();
  let response: Response;
  try {
    response = await fetch(url, { headers: { Authorization: authorization, 'X-Experience-API-Version': '1.0.3' }, credentials: 'omit', cache: 'no-store' });
  } catch (error) {
    throw fetchError(`the LMS's launch data could not be read: ${describe(error)}`, error);
  }
  return jsonOf(response, 'LMS.LaunchData');
}

async function jsonOf(response: Response, what: string): Promise<Record<string, unknown>> {
  const text = await response.text().catch(() => '');
  if (!response.ok) throw fetchError(`${what} answered HTTP ${response.status}${text ? `: ${text.slice(0, 200)}` : ''}`);
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw fetchError(`${what} did not answer with a JSON object`);
}

function parameter(params: URLSearchParams, name: string): string {
  const value = params.get(name);
  if (!value) invalid(`the page URL has no "${name}" launch parameter (is this page launched by a cmi5 LMS?)`);
  return value;
}

function httpParameter(params: URLSearchParams, name: string): string {
  const value = parameter(params, name);
  const url = safeUrl(value);
  if (url === undefined || !/^https?:$/.test(new URL(url).protocol)) invalid(`the "${name}" launch parameter is not an http(s) URL: ${JSON.stringify(value)}`);
  return url;
}

function actorParameter(params: URLSearchParams): Agent {
  let value: unknown;
  try {
    value = JSON.parse(parameter(params, 'actor'));
  } catch {
    invalid('the "actor" launch parameter is not JSON');
  }
  const actor = readAgent(value, 'the "actor" launch parameter');
  if (typeof actor === 'string') invalid(actor);
  return actor;
}

function learnerOf(actor: Agent): string {
  if ('account' in actor) return actor.account.name;
  if ('mbox' in actor) return actor.mbox;
  if ('mbox_sha1sum' in actor) return actor.mbox_sha1sum;
  return actor.openid;
}

function invalid(message: string): never {
  throw new PkError('config-invalid', `cmi5: ${message}`, { source: 'cmi5' });
}

function fetchError(message: string, cause?: unknown): PkError {
  return new PkError('data-fetch', `cmi5: ${message}`, { source: 'cmi5', ...(cause !== undefined && { cause }) });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
