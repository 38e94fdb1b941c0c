/**
 * Every statement the library makes passes Learning Locker's validator (the one its LRS runs):
 * each event kind × each actor form × without and with a registration and a cmi5 context
 * template; and the real LRS stores them all. The statements come from the browser library's own
 * mapping (src/core/delivery/xapi-statement.ts, pure), with options checked by its own option reader.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { CMI5_SESSION_ID } from '../../src/core/delivery/cmi5.js';
import type { EventInput, PkEvent } from '../../src/core/delivery/event.js';
import { readXapiOptions, type XapiOptions } from '../../src/core/delivery/xapi-options.js';
import { toStatement, type Statement } from '../../src/core/delivery/xapi-statement.js';
import { startLrs, validateStatement, type Lrs } from './support/lrs.js';

const HOME = 'https://intranet.example.com/';
const display = {
  courseTitle: 'Data privacy as client trust',
  courseUrl: 'https://lms.example.com/courses/dp-101',
  pathwayTitle: 'Automation for Q3',
  pillarTitle: 'Operational efficiency',
  impactTags: [{ id: 'q3-automation', label: 'Enables automation for Q3 efficiency goals' }],
};

/** Every event kind, with display context and with bare ids. */
const INPUTS: EventInput[] = [
  { type: 'rating', learnerId: 'e-1024', courseId: 'dp-101', pathwayId: 'auto-q3', pillarId: 'efficiency', display, data: { relevance: 4, clarity: 2, comment: 'Directly useful' } },
  { type: 'rating', learnerId: 'e-4096', courseId: 'ops-7', data: { relevance: 1, clarity: 5 } },
  { type: 'endorsement', learnerId: 'e-2048', courseId: 'dp-101', pillarId: 'efficiency', display, data: { problem: 'Cut invoice disputes by half', pillar: 'client-trust' } },
  { type: 'pathway-opened', learnerId: 'e-1024', pathwayId: 'auto-q3', pillarId: 'efficiency', display },
  { type: 'pathway-opened', learnerId: 'e-1024', pathwayId: 'auto-q3' },
  { type: 'why-dismissed', learnerId: 'e-1024', courseId: 'dp-101', pathwayId: 'auto-q3', display },
  { type: 'prompt-discussed', learnerId: 'e-1024', courseId: 'dp-101', data: { promptId: 'apply-q3', prompt: 'Where will you apply this before the quarter ends?' } },
  { type: 'prompt-discussed', learnerId: 'e-1024', courseId: 'dp-101', data: { promptId: 'apply-q3' } },
];

const ACTORS: [string, XapiOptions['actor']][] = [
  ['the default account on homePage', undefined],
  ['mbox', { mbox: 'mailto:dana.whitfield@example.com', name: 'Dana Whitfield' }],
  ['mbox_sha1sum', { mbox_sha1sum: 'ebd31e95054c018b10727ccffd2ef2ec3a016ee9' }],
  ['openid', { openid: 'https://id.example.com/users/dana' }],
  ['account', { account: { homePage: 'https://hr.example.com', name: 'E-1024' } }],
  ['a function of the learner id', (learnerId: string) => ({ account: { homePage: 'https://lms.example.com', name: learnerId } })],
];

const REGISTRATION = '760e3480-ba55-4991-94b0-01820dbd23a2';
/** What a cmi5 LMS puts in LMS.LaunchData: the session id and the publisher id (cmi5 10.2.1). */
const CMI5_TEMPLATE = {
  contextActivities: { grouping: [{ objectType: 'Activity' as const, id: 'https://content.example.com/courses/grid-101/au/intro' }] },
  extensions: { [CMI5_SESSION_ID]: 'a1b5c1e0-5d73-4c6b-9a2f-6b8e1f4b2c11' },
};

const CONTEXTS: [string, XapiOptions][] = [
  ['no context options', {}],
  ['a registration', { registration: REGISTRATION }],
  ['a cmi5 launch (registration and the LMS context template)', { registration: REGISTRATION, contextTemplate: CMI5_TEMPLATE }],
  ['a host context template', { contextTemplate: { platform: 'Acme LMS', language: 'de-DE', revision: 'v2', contextActivities: { other: { id: 'https://intranet.example.com/teams/north' } as never } } }],
];

function options(xapi: XapiOptions) {
  return readXapiOptions(xapi, (message) => {
    throw new Error(message);
  });
}

function event(input: EventInput): PkEvent {
  return { ...input, id: randomUUID(), time: new Date(Date.now() - 60_000).toISOString() } as PkEvent;
}

/** Every combination, labelled. */
function everyStatement(): { label: string; statement: Statement }[] {
  const all: { label: string; statement: Statement }[] = [];
  for (const [actorLabel, actor] of ACTORS) {
    for (const [contextLabel, context] of CONTEXTS) {
      const statementOptions = options({ ...context, ...(actor !== undefined && { actor }) });
      for (const language of ['en-GB', 'und']) {
        for (const input of INPUTS) {
          all.push({
            label: `${input.type} · ${actorLabel} · ${contextLabel} · ${language}`,
            statement: toStatement(event(input), { homePage: HOME, language }, statementOptions),
          });
        }
      }
    }
  }
  return all;
}

describe('xAPI statements and the validator of Learning Locker', () => {
  const statements = everyStatement();

  it(`makes ${ACTORS.length * CONTEXTS.length * 2 * INPUTS.length} statements, every kind × actor form × context`, () => {
    assert.equal(statements.length, ACTORS.length * CONTEXTS.length * 2 * INPUTS.length);
    assert.deepEqual(new Set(statements.map(({ statement }) => statement.verb.id)).size, 5);
  });

  it('finds no problem in any of them', () => {
    const problems = statements.flatMap(({ label, statement }) => validateStatement(statement).map((warning) => `${label}: ${warning.path} ${warning.message}`));
    assert.deepEqual(problems, []);
  });

  it('finds the problem in a statement that is broken on purpose (the validator is awake)', () => {
    const { statement } = statements[0]!;
    const broken = { ...statement, actor: { ...statement.actor, mbox: 'dana@example.com' } };
    assert.ok(validateStatement(broken).length > 0);
  });

  it('keeps the cmi5 session id, registration and publisher id, and never the cmi5 category', () => {
    const cmi5 = statements.filter(({ label }) => label.includes('cmi5 launch'));
    assert.ok(cmi5.length > 0);
    for (const { statement } of cmi5) {
      assert.equal(statement.context.registration, REGISTRATION);
      assert.equal(statement.context.extensions?.[CMI5_SESSION_ID], CMI5_TEMPLATE.extensions[CMI5_SESSION_ID]);
      assert.equal(statement.context.contextActivities?.grouping?.[0]?.id, CMI5_TEMPLATE.contextActivities.grouping[0]!.id);
      assert.ok(!statement.context.contextActivities?.category?.some((activity) => activity.id.startsWith('https://w3id.org/xapi/cmi5/')));
    }
  });
});

describe('xAPI statements and the LRS of Learning Locker', () => {
  let lrs: Lrs;
  before(async () => {
    lrs = await startLrs();
  });
  after(() => lrs?.stop());

  it('stores every one of them', async () => {
    const statements = everyStatement().map(({ statement }) => statement);
    const stored: string[] = [];
    for (let start = 0; start < statements.length; start += 100) stored.push(...(await lrs.post(statements.slice(start, start + 100))));
    assert.deepEqual(stored, statements.map((statement) => statement.id));
    const held = new Set((await lrs.statements()).map((statement) => statement.id));
    assert.ok(statements.every((statement) => held.has(statement.id)));
  });
});
