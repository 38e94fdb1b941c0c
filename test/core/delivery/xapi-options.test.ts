import { expect } from '@open-wc/testing';
import { Delivery } from '../../../src/core/delivery/delivery.js';
import type { DeliveryOptions } from '../../../src/core/delivery/options.js';
import { resolveOptions } from '../../../src/core/delivery/options.js';
import type { Statement } from '../../../src/core/delivery/xapi-statement.js';
import { PkError } from '../../../src/core/errors.js';
import { Changes, never, rating, storedEvents, TestEndpoint, testEnvironment, until } from './support.js';
import { statementViolations } from './xapi-rules.js';

const HOME = 'https://intranet.example.com/';
const REGISTRATION = 'ec531277-b57b-4c15-8d91-d292c5b2b8f7';
const PROFILE_CATEGORY = 'https://w3id.org/purpose-kit/xapi/v1';

function configError(xapi: unknown): string {
  try {
    resolveOptions({ endpoint: '/lrs', format: 'xapi', xapi } as DeliveryOptions);
  } catch (error) {
    expect(error).to.be.instanceOf(PkError);
    expect((error as PkError).code).to.equal('config-invalid');
    return (error as PkError).message;
  }
  throw new Error('no configuration error');
}

describe('xapi options: checked when the delivery is made', () => {
  for (const [label, xapi, message] of [
    ['an actor with two identifiers', { actor: { mbox: 'mailto:a@example.com', openid: 'https://id.example.com/a' } }, 'xapi.actor: an Agent needs exactly one of mbox, mbox_sha1sum, openid or account (has mbox, openid)'],
    ['an actor with none', { actor: { name: 'Dana' } }, 'xapi.actor: an Agent needs exactly one of mbox, mbox_sha1sum, openid or account (has none)'],
    ['an mbox without mailto:', { actor: { mbox: 'a@example.com' } }, 'xapi.actor.mbox: expected "mailto:" and an e-mail address'],
    ['a short mbox_sha1sum', { actor: { mbox_sha1sum: 'abc' } }, 'xapi.actor.mbox_sha1sum: expected the hex SHA-1'],
    ['an account without a name', { actor: { account: { homePage: 'https://hr.example.com', name: '' } } }, 'xapi.actor.account: name: expected a non-empty string'],
    ['a group as the actor', { actor: { objectType: 'Group', mbox: 'mailto:team@example.com' } }, 'xapi.actor.objectType: expected "Agent"'],
    ['a registration that is not a UUID', { registration: 'reg-1' }, 'xapi.registration: expected a UUID, got "reg-1"'],
    ['a context template with an unknown key', { contextTemplate: { verb: {} } }, 'xapi.contextTemplate.verb: not a property of an xAPI context'],
    ['a context activity without an IRI', { contextTemplate: { contextActivities: { grouping: [{ id: 'course 7' }] } } }, 'xapi.contextTemplate.contextActivities.grouping[0].id: expected an IRI'],
    ['an unknown context activity list', { contextTemplate: { contextActivities: { pillar: [] } } }, 'xapi.contextTemplate.contextActivities.pillar: expected parent, grouping, category or other'],
    ['a template registration that differs', { registration: REGISTRATION, contextTemplate: { registration: '1d0f8e55-3b8e-4a8a-9f0c-3c6a1b2d9e11' } }, 'xapi.contextTemplate.registration: differs from xapi.registration'],
    ['a transform that is not a function', { transform: 'upper' }, 'xapi.transform: expected a function'],
  ] as const) {
    it(`refuses ${label}`, () => {
      expect(configError(xapi)).to.contain(message);
    });
  }

  it('keeps only an Agent\'s keys from the actor', () => {
    const resolved = resolveOptions({
      endpoint: '/lrs',
      format: 'xapi',
      xapi: { actor: { mbox: 'mailto:dana@example.com', name: 'Dana', extra: 'x' } as never },
    });
    expect(resolved.xapi?.actor).to.deep.equal({ objectType: 'Agent', name: 'Dana', mbox: 'mailto:dana@example.com' });
  });
});

describe('xapi options: the statements', () => {
  let endpoint: TestEndpoint;
  let delivery: Delivery | undefined;

  beforeEach(() => {
    endpoint = new TestEndpoint();
  });

  afterEach(async () => {
    await delivery?.dispose();
    delivery = undefined;
  });

  async function statementsWith(xapi: DeliveryOptions['xapi']): Promise<Statement[]> {
    delivery = new Delivery({ endpoint: endpoint.url, format: 'xapi', flushIntervalMs: 60_000, xapi: { homePage: HOME, ...xapi } }, testEnvironment({ schedule: never }).environment);
    await delivery.enqueue(rating(1, 'useful'));
    await delivery.enqueue({ type: 'pathway-opened', learnerId: 'learner-7', pathwayId: 'p1' });
    await delivery.flush();
    return (await endpoint.received()).flatMap((request) => request.body as Statement[]);
  }

  for (const [form, actor] of [
    ['mbox', { mbox: 'mailto:dana@example.com' }],
    ['mbox_sha1sum', { mbox_sha1sum: 'ebd31e95054c018b10727ccffd2ef2ec3a016ee9' }],
    ['openid', { openid: 'https://id.example.com/dana' }],
    ['account', { name: 'Dana', account: { homePage: 'https://hr.example.com', name: 'E-1024' } }],
  ] as const) {
    it(`sends the actor as given (${form})`, async () => {
      const statements = await statementsWith({ actor });
      expect(statements).to.have.length(2);
      for (const statement of statements) {
        expect(statement.actor).to.deep.equal({ objectType: 'Agent', ...actor });
        expect(statementViolations(statement)).to.deep.equal([]);
      }
    });
  }

  it('makes the actor from the learner id with a function', async () => {
    const statements = await statementsWith({ actor: (learnerId) => ({ mbox: `mailto:${learnerId}@example.com` }) });
    expect(statements.map((statement) => statement.actor)).to.deep.equal([
      { objectType: 'Agent', mbox: 'mailto:learner-7@example.com' },
      { objectType: 'Agent', mbox: 'mailto:learner-7@example.com' },
    ]);
  });

  it('keeps the account on homePage by default', async () => {
    const [statement] = await statementsWith({});
    expect(statement?.actor).to.deep.equal({ objectType: 'Agent', account: { homePage: HOME, name: 'learner-7' } });
    expect(statement?.context).to.not.have.property('registration');
  });

  it('puts the registration in every context', async () => {
    const statements = await statementsWith({ registration: REGISTRATION });
    expect(statements.map((statement) => statement.context.registration)).to.deep.equal([REGISTRATION, REGISTRATION]);
  });

  it('merges the context template: lists joined, extensions merged, the template wins where both speak', async () => {
    const [statement] = await statementsWith({
      contextTemplate: {
        platform: 'Acme LMS',
        contextActivities: {
          grouping: [{ id: 'https://lms.example.com/courses/onboarding' }],
          // Purpose Kit's own profile activity appears once.
          category: { id: PROFILE_CATEGORY } as never,
        },
        extensions: { 'https://lms.example.com/ext/tenant': 'north' },
      },
    });
    const context = statement!.context;
    expect(context.platform).to.equal('Acme LMS');
    expect(context.extensions).to.deep.equal({ 'https://lms.example.com/ext/tenant': 'north' });
    expect(context.contextActivities?.grouping?.map((activity) => activity.id)).to.deep.equal([
      'https://lms.example.com/courses/onboarding',
      `${HOME}purpose-kit/pillars/pillar-efficiency`,
    ]);
    expect(context.contextActivities?.category?.map((activity) => activity.id)).to.deep.equal([PROFILE_CATEGORY]);
    expect(context.contextActivities?.parent?.map((activity) => activity.id)).to.deep.equal([`${HOME}purpose-kit/pathways/pathway-automation`]);
    expect(statementViolations(statement)).to.deep.equal([]);
  });

  it('sends what the transform returns, given copies it may change freely', async () => {
    const statements = await statementsWith({
      transform: (statement, event) => {
        statement.verb.display['de-DE'] = 'bewertet';
        return event.type === 'rating' ? { ...statement, result: { ...statement.result, success: true } as never } : statement;
      },
    });
    expect(statements[0]?.verb.display).to.deep.equal({ en: 'rated', 'de-DE': 'bewertet' });
    expect(statements[0]?.result).to.have.property('success', true);
    // The vocabulary's own objects are untouched: another delivery's statements say "rated" only.
    endpoint = new TestEndpoint();
    await delivery?.dispose();
    const [plain] = await statementsWith({});
    expect(plain?.verb.display).to.deep.equal({ en: 'rated' });
  });

  it('drops an event for which the transform returns null, and reports it', async () => {
    const changes = new Changes(endpoint);
    try {
      const statements = await statementsWith({ transform: (statement, event) => (event.type === 'pathway-opened' ? null : statement) });
      expect(statements.map((statement) => statement.verb.display.en)).to.deep.equal(['rated']);
      const [dropped] = changes.of('dropped');
      expect(dropped).to.deep.include({ cause: 'transform', dropped: 1 });
      expect(await storedEvents(delivery!)).to.deep.equal([]);
      expect(delivery!.status().dropped).to.equal(1);
    } finally {
      changes.stop();
    }
  });

  it('dead-letters an event whose transform throws, says so on the console, and sends the rest', async () => {
    const changes = new Changes(endpoint);
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    try {
      const statements = await statementsWith({
        transform: (statement, event) => {
          if (event.type === 'rating') throw new Error('no tenant for this course');
          return statement;
        },
      });
      expect(statements.map((statement) => statement.verb.display.en)).to.deep.equal(['viewed']);
      const dead = await changes.first('dead-lettered');
      expect(dead).to.deep.include({ status: 0 });
      expect(dead.reason).to.equal('xapi.transform threw: no tenant for this course');
      expect(errors.some((line) => line.includes('xapi.transform threw: no tenant for this course') && line.includes('dead letter'))).to.equal(true);
      const letters = await delivery!.deadLetters();
      expect(letters.map((letter) => [letter.event.type, letter.status])).to.deep.equal([['rating', 0]]);
      expect(await storedEvents(delivery!)).to.deep.equal([]);
    } finally {
      console.error = original;
      changes.stop();
    }
  });

  it('dead-letters an event whose actor function gives no Agent', async () => {
    const changes = new Changes(endpoint);
    const original = console.error;
    console.error = () => {};
    try {
      const statements = await statementsWith({ actor: (learnerId) => ({ mbox: learnerId }) });
      expect(statements).to.deep.equal([]);
      await until(() => changes.of('dead-lettered').length === 2, 'both dead letters');
      expect(changes.of('dead-lettered')[0]?.reason).to.contain('xapi.actor(learnerId).mbox: expected "mailto:"');
    } finally {
      console.error = original;
      changes.stop();
    }
  });
});
