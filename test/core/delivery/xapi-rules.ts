/**
 * A checker for xAPI 1.0.3 statements as a Learning Record Provider sends them, written from the
 * data specification (xAPI-Data.md, part two). It returns every violation as "path: problem"; an
 * empty list means the statement passes. Sections are cited where each rule comes from.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

// 4.4: standard string form; 2.4.1: all versions of variant 2 (RFC 4122).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
// 4.5: ISO 8601 (RFC 3339 profile) with a time zone and millisecond precision.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3,}(Z|[+-]\d{2}:\d{2})$/;
// 4.2: RFC 5646 language tags (langtag, or private use), checked for the sequence of token lengths.
const LANGUAGE_TAG =
  /^(?:(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*(?:-[\da-wy-z](?:-[a-z\d]{2,8})+)*(?:-x(?:-[a-z\d]{1,8})+)?|x(?:-[a-z\d]{1,8})+)$/i;

const STATEMENT_KEYS = ['id', 'actor', 'verb', 'object', 'result', 'context', 'timestamp', 'stored', 'authority', 'version', 'attachments'];
const AGENT_KEYS = ['objectType', 'name', 'mbox', 'mbox_sha1sum', 'openid', 'account'];
const IFIS = ['mbox', 'mbox_sha1sum', 'openid', 'account'];
const ACTIVITY_KEYS = ['objectType', 'id', 'definition'];
const DEFINITION_KEYS = ['name', 'description', 'type', 'moreInfo', 'extensions', 'interactionType', 'correctResponsesPattern', 'choices', 'scale', 'source', 'target', 'steps'];
const RESULT_KEYS = ['score', 'success', 'completion', 'response', 'duration', 'extensions'];
const SCORE_KEYS = ['scaled', 'raw', 'min', 'max'];
const CONTEXT_KEYS = ['registration', 'instructor', 'team', 'contextActivities', 'revision', 'platform', 'language', 'statement', 'extensions'];
const CONTEXT_ACTIVITY_KEYS = ['parent', 'grouping', 'category', 'other'];

export function statementViolations(statement: unknown, now = Date.now()): string[] {
  const problems: string[] = [];
  const report = (path: string, message: string) => problems.push(`${path}: ${message}`);

  if (!isObject(statement)) return ['statement: not a JSON object'];
  noNulls(statement, 'statement', report);
  onlyKeys(statement, STATEMENT_KEYS, 'statement', report);
  // 2.2.s2.b3: a Statement MUST use "actor", "verb" and "object".
  for (const key of ['actor', 'verb', 'object']) if (!(key in statement)) report(`statement.${key}`, 'required');

  if ('id' in statement && !(typeof statement.id === 'string' && UUID.test(statement.id))) report('statement.id', 'not a UUID');
  if ('timestamp' in statement) timestamp(statement.timestamp, now, report);
  if ('actor' in statement) agent(statement.actor, 'statement.actor', report);
  if ('verb' in statement) verb(statement.verb, report);
  if ('object' in statement) activity(statement.object, 'statement.object', report);
  if ('result' in statement) result(statement.result, report);
  if ('context' in statement) context(statement.context, statement.object, report);
  return problems;
}

type Report = (path: string, message: string) => void;

function timestamp(value: Json, now: number, report: Report): void {
  if (typeof value !== 'string' || !TIMESTAMP.test(value) || Number.isNaN(Date.parse(value))) {
    report('statement.timestamp', 'not an ISO 8601 timestamp with zone and milliseconds');
  } else if (Date.parse(value) > now) {
    // 2.4.7.s3.b4: a Learning Record Provider MUST NOT use a future time.
    report('statement.timestamp', 'in the future');
  }
}

// 2.4.2.1: an Agent is identified by exactly one Inverse Functional Identifier.
function agent(value: Json, path: string, report: Report): void {
  if (!isObject(value)) return report(path, 'not an object');
  onlyKeys(value, AGENT_KEYS, path, report);
  if ('objectType' in value && value.objectType !== 'Agent') report(`${path}.objectType`, 'must be "Agent"');
  const ifis = IFIS.filter((key) => key in value);
  if (ifis.length !== 1) report(path, `needs exactly one identifier, has ${ifis.length}`);
  if ('mbox' in value && !(typeof value.mbox === 'string' && /^mailto:[^@\s]+@[^@\s]+$/.test(value.mbox))) report(`${path}.mbox`, 'not a mailto IRI');
  if ('openid' in value && !isIri(value.openid)) report(`${path}.openid`, 'not a URI');
  if ('account' in value) {
    // 2.4.2.4: account = homePage (IRL) + name, both required.
    const account = value.account;
    if (!isObject(account)) return report(`${path}.account`, 'not an object');
    onlyKeys(account, ['homePage', 'name'], `${path}.account`, report);
    if (!isIrl(account.homePage)) report(`${path}.account.homePage`, 'not an IRL');
    if (typeof account.name !== 'string' || account.name === '') report(`${path}.account.name`, 'required string');
  }
}

// 2.4.3: id IRI (required), display language map (recommended).
function verb(value: Json, report: Report): void {
  if (!isObject(value)) return report('statement.verb', 'not an object');
  onlyKeys(value, ['id', 'display'], 'statement.verb', report);
  if (!isIri(value.id)) report('statement.verb.id', 'not an IRI');
  if ('display' in value) languageMap(value.display, 'statement.verb.display', report);
}

// 2.4.4.1: objectType "Activity" when present, id IRI, optional definition.
function activity(value: Json | undefined, path: string, report: Report): void {
  if (!isObject(value)) return report(path, 'not an object');
  onlyKeys(value, ACTIVITY_KEYS, path, report);
  if ('objectType' in value && value.objectType !== 'Activity') report(`${path}.objectType`, 'must be "Activity"');
  if (!isIri(value.id)) report(`${path}.id`, 'not an IRI');
  if (!('definition' in value)) return;
  const definition = value.definition;
  if (!isObject(definition)) return report(`${path}.definition`, 'not an object');
  onlyKeys(definition, DEFINITION_KEYS, `${path}.definition`, report);
  if ('name' in definition) languageMap(definition.name, `${path}.definition.name`, report);
  if ('description' in definition) languageMap(definition.description, `${path}.definition.description`, report);
  if ('type' in definition && !isIri(definition.type)) report(`${path}.definition.type`, 'not an IRI');
  if ('moreInfo' in definition && !isIrl(definition.moreInfo)) report(`${path}.definition.moreInfo`, 'not an IRL');
  if ('extensions' in definition) extensions(definition.extensions, `${path}.definition.extensions`, report);
}

// 2.4.5: result; 2.4.5.1: score.
function result(value: Json, report: Report): void {
  if (!isObject(value)) return report('statement.result', 'not an object');
  onlyKeys(value, RESULT_KEYS, 'statement.result', report);
  for (const key of ['success', 'completion']) {
    if (key in value && typeof value[key] !== 'boolean') report(`statement.result.${key}`, 'not a boolean');
  }
  if ('response' in value && typeof value.response !== 'string') report('statement.result.response', 'not a string');
  if ('extensions' in value) extensions(value.extensions, 'statement.result.extensions', report);
  if ('score' in value) score(value.score, report);
}

function score(value: Json, report: Report): void {
  const path = 'statement.result.score';
  if (!isObject(value)) return report(path, 'not an object');
  onlyKeys(value, SCORE_KEYS, path, report);
  for (const key of SCORE_KEYS) {
    if (key in value && typeof value[key] !== 'number') report(`${path}.${key}`, 'not a number');
  }
  const { scaled, raw, min, max } = value as Record<string, number | undefined>;
  if (scaled !== undefined && (scaled < -1 || scaled > 1)) report(`${path}.scaled`, 'outside [-1, 1]');
  if (min !== undefined && max !== undefined && !(min < max)) report(path, 'min is not less than max');
  if (raw !== undefined && ((min !== undefined && raw < min) || (max !== undefined && raw > max))) report(`${path}.raw`, 'outside [min, max]');
  // Scaling is left to communities of practice; ours is linear from min to max.
  if (scaled !== undefined && raw !== undefined && min !== undefined && max !== undefined && Math.abs(scaled - (raw - min) / (max - min)) > 1e-9) {
    report(`${path}.scaled`, 'inconsistent with (raw - min) / (max - min)');
  }
}

// 2.4.6: context.
function context(value: Json, object: Json | undefined, report: Report): void {
  const path = 'statement.context';
  if (!isObject(value)) return report(path, 'not an object');
  onlyKeys(value, CONTEXT_KEYS, path, report);
  if ('registration' in value && !(typeof value.registration === 'string' && UUID.test(value.registration))) report(`${path}.registration`, 'not a UUID');
  const objectIsActivity = isObject(object) && (object.objectType ?? 'Activity') === 'Activity';
  for (const key of ['revision', 'platform']) {
    if (key in value && typeof value[key] !== 'string') report(`${path}.${key}`, 'not a string');
    // 2.4.6.s4.b1-b2: only when the Object is an Activity.
    if (key in value && !objectIsActivity) report(`${path}.${key}`, 'only allowed when the object is an Activity');
  }
  if ('language' in value && !(typeof value.language === 'string' && LANGUAGE_TAG.test(value.language))) report(`${path}.language`, 'not an RFC 5646 tag');
  if ('extensions' in value) extensions(value.extensions, `${path}.extensions`, report);
  if (!('contextActivities' in value)) return;
  const lists = value.contextActivities;
  if (!isObject(lists)) return report(`${path}.contextActivities`, 'not an object');
  // 2.4.6.2.s4: keys parent/grouping/category/other; each an Activity or an array of them.
  onlyKeys(lists, CONTEXT_ACTIVITY_KEYS, `${path}.contextActivities`, report);
  for (const [key, list] of Object.entries(lists)) {
    const activities = Array.isArray(list) ? list : [list];
    activities.forEach((item, index) => activity(item, `${path}.contextActivities.${key}[${index}]`, report));
  }
}

// 4.1: extension keys MUST be IRIs.
function extensions(value: Json, path: string, report: Report): void {
  if (!isObject(value)) return report(path, 'not an object');
  for (const key of Object.keys(value)) if (!isIri(key)) report(`${path}.${key}`, 'key is not an IRI');
}

// 4.2: keys RFC 5646 tags, values strings.
function languageMap(value: Json, path: string, report: Report): void {
  if (!isObject(value)) return report(path, 'not a language map');
  if (Object.keys(value).length === 0) report(path, 'empty');
  for (const [tag, text] of Object.entries(value)) {
    if (!LANGUAGE_TAG.test(tag)) report(`${path}.${tag}`, 'key is not an RFC 5646 tag');
    if (typeof text !== 'string') report(`${path}.${tag}`, 'not a string');
  }
}

// 2.2.s4.b1.b1: no null values except inside extensions; 2.2.s2.b1: no empty objects.
function noNulls(value: Json, path: string, report: Report): void {
  if (value === null) return report(path, 'null');
  if (Array.isArray(value)) return value.forEach((item, index) => noNulls(item, `${path}[${index}]`, report));
  if (!isObject(value)) return;
  if (Object.keys(value).length === 0) report(path, 'empty object');
  for (const [key, child] of Object.entries(value)) if (key !== 'extensions') noNulls(child, `${path}.${key}`, report);
}

// 2.2.s3.b6 / 2.2.s4.b1.b7: no properties the specification does not allow.
function onlyKeys(value: JsonObject, allowed: readonly string[], path: string, report: Report): void {
  for (const key of Object.keys(value)) if (!allowed.includes(key)) report(`${path}.${key}`, 'not allowed by the specification');
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// 4.3 / 2.2.s4.b1.b8: absolute, with a scheme, no whitespace.
function isIri(value: unknown): boolean {
  if (typeof value !== 'string' || !/^[a-z][a-z\d+.-]*:\S+$/i.test(value)) return false;
  return !/^https?:/i.test(value) || URL.canParse(value);
}

function isIrl(value: unknown): boolean {
  return typeof value === 'string' && /^https?:\/\//i.test(value) && URL.canParse(value);
}
