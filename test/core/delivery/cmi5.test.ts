import { expect } from '@open-wc/testing';
import { CMI5_SESSION_ID, cmi5Launch } from '../../../src/core/delivery/cmi5.js';
import { Delivery } from '../../../src/core/delivery/delivery.js';
import type { Statement } from '../../../src/core/delivery/xapi-statement.js';
import { PkError } from '../../../src/core/errors.js';
import { rating, TestEndpoint, testEnvironment, until } from './support.js';
import { statementViolations } from './xapi-rules.js';

const TOKEN = 'QWxhZGRpbjpvcGVuIHNlc2FtZQ==';
const ACTOR = { objectType: 'Agent', account: { homePage: 'https://lms.example.com', name: '1625378' } };
const REGISTRATION = '760e3480-ba55-4991-94b0-01820dbd23a2';
const ACTIVITY_ID = 'https://lms.example.com/au/7f3a/intro';
const SESSION_ID = 'a1b5c1e0-5d73-4c6b-9a2f-6b8e1f4b2c11';
const PUBLISHER_ID = 'https://content.example.com/courses/grid-101/au/intro';
const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';

const LAUNCH_DATA = {
  contextTemplate: {
    contextActivities: { grouping: [{ objectType: 'Activity', id: PUBLISHER_ID }] },
    extensions: { [CMI5_SESSION_ID]: SESSION_ID },
  },
  launchMode: 'Normal',
  moveOn: 'CompletedOrPassed',
  returnURL: 'https://lms.example.com/courses/grid-101',
};

/**
 * The LMS side of a cmi5 launch on the test server: its LRS (one bucket: statements, and the
 * `LMS.LaunchData` state document) and its token endpoint (another bucket: the one-time fetch URL).
 */
class LocalLms {
  readonly lrs = new TestEndpoint();
  readonly tokens = new TestEndpoint();
  readonly endpoint = `${this.lrs.absoluteUrl}/xapi/`;
  readonly fetchUrl = `${this.tokens.absoluteUrl}/fetch?k=2390289x0`;

  async ready(): Promise<void> {
    await this.tokens.script(
      { status: 200, headers: { 'Content-Type': 'application/json' }, body: { 'auth-token': TOKEN } },
      // What the fetch URL answers once it has handed the token out (cmi5 8.2.3.1).
      { status: 200, body: { 'error-code': '1', 'error-text': 'The authorization token has already been returned.' } },
    );
    await this.lrs.serve({ 'xapi/activities/state': { status: 200, body: LAUNCH_DATA } });
  }

  /** The launch URL the LMS opens the course page with (cmi5 8.1), on this very page. */
  launchUrl(overrides: Record<string, string> = {}): string {
    const url = new URL(location.pathname, location.origin);
    const params = { endpoint: this.endpoint, fetch: this.fetchUrl, actor: JSON.stringify(ACTOR), registration: REGISTRATION, activityId: ACTIVITY_ID, ...overrides };
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    return url.href;
  }
}

describe('cmi5 launch', () => {
  const pageUrl = location.href;
  let lms: LocalLms;
  let delivery: Delivery | undefined;

  beforeEach(async () => {
    lms = new LocalLms();
    await lms.ready();
  });

  afterEach(async () => {
    history.replaceState(null, '', pageUrl);
    await delivery?.dispose();
    delivery = undefined;
  });

  /** Opens this page as the LMS would: the launch parameters in its own URL. */
  function launchPage(overrides?: Record<string, string>): void {
    history.replaceState(null, '', lms.launchUrl(overrides));
  }

  it('fetches the token once, reads the launch data, and sends statements to the LMS with the token, actor, registration and session', async () => {
    launchPage();
    const launch = await cmi5Launch();
    const again = await cmi5Launch();

    const tokenRequests = await lms.tokens.received();
    expect(tokenRequests.map((request) => [request.method, request.query])).to.deep.equal([['POST', 'k=2390289x0']]);
    expect(again.sessionId).to.equal(SESSION_ID);

    const [state] = await lms.lrs.received();
    expect(state?.method).to.equal('GET');
    expect(state?.path).to.equal(`${lms.lrs.url}/xapi/activities/state`);
    const query = new URLSearchParams(state!.query);
    expect(Object.fromEntries(query)).to.deep.equal({ stateId: 'LMS.LaunchData', activityId: ACTIVITY_ID, agent: JSON.stringify(ACTOR), registration: REGISTRATION });
    expect(state?.headers.authorization).to.equal(`Basic ${TOKEN}`);
    expect(state?.headers['x-experience-api-version']).to.equal('1.0.3');

    expect(launch).to.deep.include({ endpoint: lms.endpoint, registration: REGISTRATION, activityId: ACTIVITY_ID, sessionId: SESSION_ID, learner: '1625378' });
    expect(launch.actor).to.deep.equal(ACTOR);
    expect(launch.launchData).to.deep.equal(LAUNCH_DATA);

    delivery = new Delivery({ ...launch.delivery, flushIntervalMs: 0 }, testEnvironment().environment);
    const event = await delivery.enqueue({ ...rating(3, 'useful'), learnerId: launch.learner });
    await until(async () => (await lms.lrs.deliveredIds()).includes(event.id), 'the rating at the LMS');

    const post = (await lms.lrs.received()).find((request) => request.method === 'POST')!;
    expect(post.path).to.equal(`${lms.lrs.url}/xapi/statements`);
    expect(post.headers.authorization).to.equal(`Basic ${TOKEN}`);
    const [statement] = post.body as Statement[];
    expect(statement?.id).to.equal(event.id);
    expect(statement?.actor).to.deep.equal(ACTOR);
    expect(statement?.context.registration).to.equal(REGISTRATION);
    expect(statement?.context.extensions).to.deep.equal({ [CMI5_SESSION_ID]: SESSION_ID });
    const activities = statement!.context.contextActivities!;
    expect(activities.grouping?.[0]?.id).to.equal(PUBLISHER_ID);
    // A "cmi5 allowed" statement: never the category that marks the course's own cmi5 defined ones.
    expect(activities.category?.map((activity) => activity.id)).to.not.include(CMI5_CATEGORY);
    expect(statementViolations(statement)).to.deep.equal([]);
    expect((await lms.tokens.received()).length, 'still one token request').to.equal(1);
  });

  async function launchError(): Promise<PkError> {
    try {
      await cmi5Launch();
    } catch (error) {
      expect(error).to.be.instanceOf(PkError);
      return error as PkError;
    }
    throw new Error('the launch did not fail');
  }

  it('says when the fetch URL was already used (the page was reloaded), and keeps nothing', async () => {
    const used = new TestEndpoint();
    await used.script({ status: 200, body: { 'error-code': '1', 'error-text': 'The authorization token has already been returned.' } });
    launchPage({ fetch: `${used.absoluteUrl}/fetch` });
    const error = await launchError();
    expect(error.code).to.equal('data-fetch');
    expect(error.message).to.contain('already handed out').and.contain('error-code 1').and.contain('launch the course again');
    expect(await lms.lrs.received()).to.deep.equal([]);
    expect(sessionStorage.length + localStorage.length).to.equal(0);
  });

  it('reports the LMS refusing the token', async () => {
    const refusing = new TestEndpoint();
    await refusing.script({ status: 200, body: { 'error-code': '2', 'error-text': 'Invalid key' } });
    launchPage({ fetch: `${refusing.absoluteUrl}/fetch` });
    const error = await launchError();
    expect(error.message).to.equal('cmi5: the LMS refused the token (error-code 2: Invalid key)');
  });

  it('reports launch data without a session id', async () => {
    await lms.lrs.serve({ 'xapi/activities/state': { status: 200, body: { contextTemplate: { extensions: {} } } } });
    launchPage();
    const error = await launchError();
    expect(error.code).to.equal('data-fetch');
    expect(error.message).to.contain('has no session id');
  });

  for (const [label, overrides, message] of [
    ['no fetch URL', { fetch: '' }, 'the page URL has no "fetch" launch parameter'],
    ['an actor that is not JSON', { actor: '{objectType: Agent' }, 'the "actor" launch parameter is not JSON'],
    ['an actor without identifier', { actor: '{"objectType":"Agent"}' }, 'an Agent needs exactly one of'],
    ['a registration that is not a UUID', { registration: '42' }, 'the "registration" launch parameter is not a UUID'],
    ['an endpoint that is not http(s)', { endpoint: 'javascript:alert(1)' }, 'the "endpoint" launch parameter is not an http(s) URL'],
  ] as const) {
    it(`refuses a launch with ${label}, before asking for a token`, async () => {
      launchPage(overrides);
      const error = await launchError();
      expect(error.code).to.equal('config-invalid');
      expect(error.message).to.contain(message);
      expect(await lms.tokens.received()).to.deep.equal([]);
    });
  }
});
