import { expect } from '@open-wc/testing';
import { Delivery } from '../../../src/core/delivery/delivery.js';
import type { EventInput, PkEvent } from '../../../src/core/delivery/event.js';
import type { Statement } from '../../../src/core/delivery/xapi-statement.js';
import { never, storedEvents, TestEndpoint, testEnvironment } from './support.js';
import { statementViolations } from './xapi-rules.js';

const HOME = 'https://intranet.example.com/';
const iri = (path: string) => `${HOME}purpose-kit/${path}`;
const PROFILE = 'https://w3id.org/purpose-kit/xapi';

const display = {
  courseTitle: 'Data privacy as client trust',
  courseUrl: 'https://lms.example.com/courses/dp-101',
  pathwayTitle: 'Automation for Q3',
  pillarTitle: 'Operational efficiency',
  impactTags: [
    { id: 'q3-automation', label: 'Enables automation for Q3 efficiency goals' },
    { id: 'client-trust', label: 'Protects client trust' },
  ],
};

const inputs: EventInput[] = [
  { type: 'rating', learnerId: 'e-1024', courseId: 'dp-101', pathwayId: 'auto-q3', pillarId: 'efficiency', display, data: { relevance: 4, clarity: 2, comment: 'Directly useful' } },
  { type: 'endorsement', learnerId: 'e-2048', courseId: 'dp-101', pillarId: 'efficiency', display, data: { problem: 'Cut invoice disputes by half', pillar: 'client-trust' } },
  { type: 'pathway-opened', learnerId: 'e-1024', pathwayId: 'auto-q3', pillarId: 'efficiency', display },
  { type: 'why-dismissed', learnerId: 'e-1024', courseId: 'dp-101', pathwayId: 'auto-q3', display },
  { type: 'prompt-discussed', learnerId: 'e-1024', courseId: 'dp-101', data: { promptId: 'apply-q3', prompt: 'Where will you apply this before the quarter ends?' } },
  // Bare ids, no display context.
  { type: 'rating', learnerId: 'e-4096', courseId: 'ops-7', data: { relevance: 1, clarity: 5 } },
];

describe('xAPI statement rules (the checker itself)', () => {
  const valid = {
    id: 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0',
    timestamp: '2015-11-18T12:17:00.000Z',
    actor: { objectType: 'Agent', account: { homePage: 'https://example.com/', name: '1625378' } },
    verb: { id: 'http://id.tincanapi.com/verb/rated', display: { en: 'rated' } },
    object: { objectType: 'Activity', id: 'https://example.com/courses/1', definition: { type: 'http://adlnet.gov/expapi/activities/course' } },
    result: { score: { scaled: 0.75, raw: 4, min: 1, max: 5 } },
  };
  const without = (key: keyof typeof valid) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key));

  it('passes a valid statement', () => {
    expect(statementViolations(valid)).to.deep.equal([]);
  });

  for (const [label, statement, expected] of [
    ['a missing actor', without('actor'), 'statement.actor: required'],
    ['a missing verb', without('verb'), 'statement.verb: required'],
    ['a missing object', without('object'), 'statement.object: required'],
    ['an id that is not a UUID', { ...valid, id: 'rating-1' }, 'statement.id: not a UUID'],
    ['a timestamp without a zone', { ...valid, timestamp: '2015-11-18T12:17:00.000' }, 'statement.timestamp: not an ISO 8601 timestamp with zone and milliseconds'],
    ['a timestamp in the future', { ...valid, timestamp: '2999-01-01T00:00:00.000Z' }, 'statement.timestamp: in the future'],
    ['a verb id that is not an IRI', { ...valid, verb: { id: 'rated' } }, 'statement.verb.id: not an IRI'],
    ['an agent with two identifiers', { ...valid, actor: { ...valid.actor, mbox: 'mailto:a@example.com' } }, 'statement.actor: needs exactly one identifier, has 2'],
    ['scaled above 1', { ...valid, result: { score: { scaled: 1.5 } } }, 'statement.result.score.scaled: outside [-1, 1]'],
    ['raw above max', { ...valid, result: { score: { raw: 6, min: 1, max: 5 } } }, 'statement.result.score.raw: outside [min, max]'],
    ['scaled inconsistent with raw', { ...valid, result: { score: { scaled: 0.8, raw: 4, min: 1, max: 5 } } }, 'statement.result.score.scaled: inconsistent with (raw - min) / (max - min)'],
    ['an extension key that is not an IRI', { ...valid, result: { extensions: { relevance: 4 } } }, 'statement.result.extensions.relevance: key is not an IRI'],
    ['a bad language tag', { ...valid, verb: { ...valid.verb, display: { en_US: 'rated' } } }, 'statement.verb.display.en_US: key is not an RFC 5646 tag'],
    ['an unknown property', { ...valid, rating: 4 }, 'statement.rating: not allowed by the specification'],
    ['a null value', { ...valid, result: { response: null } }, 'statement.result.response: null'],
    ['an unknown context activity list', { ...valid, context: { contextActivities: { pillar: [] } } }, 'statement.context.contextActivities.pillar: not allowed by the specification'],
  ] as const) {
    it(`finds ${label}`, () => {
      expect(statementViolations(statement)).to.include(expected);
    });
  }
});

describe('xapi format', () => {
  let endpoint: TestEndpoint;
  let delivery: Delivery;
  const lang = document.documentElement.lang;

  async function send(events: readonly EventInput[], language: string): Promise<{ sent: PkEvent[]; statements: Statement[]; requests: Awaited<ReturnType<TestEndpoint['received']>> }> {
    document.documentElement.lang = language;
    delivery = new Delivery(
      { endpoint: `${endpoint.url}/xapi/`, format: 'xapi', flushIntervalMs: 60_000, xapi: { homePage: HOME } },
      testEnvironment({ schedule: never }).environment,
    );
    const sent: PkEvent[] = [];
    for (const input of events) sent.push(await delivery.enqueue(input));
    await delivery.flush();
    const requests = await endpoint.received();
    return { sent, statements: requests.flatMap((request) => request.body as Statement[]), requests };
  }

  beforeEach(() => {
    endpoint = new TestEndpoint();
  });

  afterEach(async () => {
    document.documentElement.lang = lang;
    await delivery.dispose();
  });

  it('POSTs statements to {endpoint}/statements with the xAPI version header', async () => {
    const { requests } = await send(inputs, 'en-GB');
    expect(requests).to.have.length(1);
    expect(requests[0]).to.deep.include({ method: 'POST', path: `${endpoint.url}/xapi/statements`, status: 200 });
    expect(requests[0]?.headers['x-experience-api-version']).to.equal('1.0.3');
    expect(requests[0]?.headers['content-type']).to.equal('application/json');
    expect(await storedEvents(delivery)).to.deep.equal([]);
  });

  it('every statement passes the xAPI 1.0.3 rules, with and without a page language', async () => {
    for (const language of ['en-GB', '', 'not a tag!']) {
      endpoint = new TestEndpoint();
      const { sent, statements } = await send(inputs, language);
      expect(statements.map((statement) => statement.id)).to.have.members(sent.map((event) => event.id));
      for (const statement of statements) expect(statementViolations(statement), JSON.stringify(statement, null, 2)).to.deep.equal([]);
      await delivery.dispose();
    }
  });

  it('maps a rating: verb rated, course object, relevance as the score, both scales as extensions', async () => {
    const { sent, statements } = await send([inputs[0]!], 'en-GB');
    const [statement] = statements;
    expect(statement).to.deep.include({ id: sent[0]!.id, timestamp: sent[0]!.time });
    expect(statement?.actor).to.deep.equal({ objectType: 'Agent', account: { homePage: HOME, name: 'e-1024' } });
    expect(statement?.verb.id).to.equal('http://id.tincanapi.com/verb/rated');
    expect(statement?.object).to.deep.equal({
      objectType: 'Activity',
      id: iri('courses/dp-101'),
      definition: { type: 'http://adlnet.gov/expapi/activities/course', name: { 'en-GB': display.courseTitle }, moreInfo: display.courseUrl },
    });
    expect(statement?.result).to.deep.equal({
      score: { scaled: 0.75, raw: 4, min: 1, max: 5 },
      response: 'Directly useful',
      extensions: { [`${PROFILE}/extensions/relevance`]: 4, [`${PROFILE}/extensions/clarity`]: 2 },
    });
    const context = statement?.context;
    expect(context?.language).to.equal('en-GB');
    expect(context?.contextActivities?.parent?.map((activity) => activity.id)).to.deep.equal([iri('pathways/auto-q3')]);
    expect(context?.contextActivities?.grouping?.map((activity) => activity.id)).to.deep.equal([iri('pillars/efficiency')]);
    expect(context?.contextActivities?.category?.map((activity) => [activity.id, activity.definition?.name])).to.deep.equal([
      [`${PROFILE}/v1`, undefined],
      [iri('impact-tags/q3-automation'), { 'en-GB': display.impactTags[0]!.label }],
      [iri('impact-tags/client-trust'), { 'en-GB': display.impactTags[1]!.label }],
    ]);
  });

  it('maps the other event types onto published verbs and activities', async () => {
    const { sent, statements } = await send(inputs.slice(1, 5), 'en');
    const byId = new Map(statements.map((statement) => [statement.id, statement]));
    const [endorsement, opened, dismissed, discussed] = sent.map((event) => byId.get(event.id)!);
    expect(endorsement.verb.id).to.equal('http://id.tincanapi.com/verb/applauded');
    expect(endorsement.result).to.deep.equal({ response: 'Cut invoice disputes by half' });
    expect(endorsement.context.contextActivities?.grouping?.map((activity) => activity.id)).to.deep.equal([iri('pillars/efficiency'), iri('pillars/client-trust')]);

    expect(opened.verb.id).to.equal('http://id.tincanapi.com/verb/viewed');
    expect(opened.object.id).to.equal(iri('pathways/auto-q3'));
    expect(opened.context.contextActivities?.parent).to.equal(undefined);

    expect(dismissed.verb.id).to.equal('http://activitystrea.ms/schema/1.0/close');
    expect(dismissed.object.id).to.equal(iri('courses/dp-101/why'));
    expect(dismissed.context.contextActivities?.other?.map((activity) => activity.id)).to.deep.equal([iri('courses/dp-101')]);

    expect(discussed.verb.id).to.equal('http://adlnet.gov/expapi/verbs/answered');
    expect(discussed.object).to.deep.include({ id: iri('courses/dp-101/prompts/apply-q3') });
    expect(discussed.object.definition.name).to.deep.equal({ en: 'Where will you apply this before the quarter ends?' });
  });

  it('leaves out names and the context language when the page has no language', async () => {
    const { statements } = await send([inputs[5]!], '');
    const [statement] = statements;
    expect(statement?.context).to.deep.equal({
      platform: 'Purpose Kit',
      contextActivities: { category: [{ objectType: 'Activity', id: `${PROFILE}/v1`, definition: { type: 'http://adlnet.gov/expapi/activities/profile' } }] },
    });
    expect(statement?.object.definition).to.deep.equal({ type: 'http://adlnet.gov/expapi/activities/course' });
  });
});
