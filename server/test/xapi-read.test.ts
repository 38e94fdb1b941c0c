import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { it } from 'node:test';
import type { PkEvent } from '../../src/core/delivery/event.js';
import { learnerIdOf, readStatement } from '../../src/core/delivery/xapi-read.js';
import { toStatement } from '../../src/core/delivery/xapi-statement.js';
import { forwardStatement } from '../src/lrs/forward-statement.js';
import { validateStatement } from './support/lrs.js';

const envelope = () => ({ id: randomUUID(), time: '2026-11-30T09:15:00.000Z', learnerId: 'ana.lima' });
const display = { courseTitle: 'Grid integration', courseUrl: 'https://learn.example.com/c/1', pathwayTitle: 'Net zero', pillarTitle: 'Sustainable energy', impactTags: [{ id: 'q3-automation', label: 'Enables Automation for Q3' }] };

/** Every event type, bare (as the json format sends it) and with everything it can carry. */
const EVENTS: PkEvent[] = [
  { ...envelope(), type: 'rating', courseId: 'c 1/é', data: { relevance: 4, clarity: 2 } },
  { ...envelope(), type: 'rating', courseId: 'c1', pathwayId: 'w1', pillarId: 'p1', display, data: { relevance: 5, clarity: 3, comment: 'Spot on for my role' } },
  { ...envelope(), type: 'endorsement', courseId: 'c1', pillarId: 'p1', data: { problem: 'Cut the backlog', pillar: 'p2' } },
  { ...envelope(), type: 'endorsement', courseId: 'c1', pillarId: 'p1', pathwayId: 'w1', display, data: { problem: 'Cut the backlog', pillar: 'p1' } },
  { ...envelope(), type: 'pathway-opened', pathwayId: 'w1' },
  { ...envelope(), type: 'pathway-opened', pathwayId: 'w1', pillarId: 'p1', display: { pathwayTitle: 'Net zero', pillarTitle: 'Sustainable energy' } },
  { ...envelope(), type: 'why-dismissed', courseId: 'c1' },
  { ...envelope(), type: 'why-dismissed', courseId: 'c1', pathwayId: 'w1', pillarId: 'p1', display },
  { ...envelope(), type: 'prompt-discussed', courseId: 'c1', data: { promptId: 'q1' } },
  { ...envelope(), type: 'prompt-discussed', courseId: 'c1', pathwayId: 'w1', pillarId: 'p1', display, data: { promptId: 'q1', prompt: 'Ask Priya how it changes her week' } },
] as PkEvent[];

it('reads back every event type from the statement toStatement makes, from any site', () => {
  for (const homePage of ['https://intranet.example.com/', 'https://other.example.org/lms/']) {
    for (const event of EVENTS) {
      const statement = toStatement(event, { homePage, language: 'en' });
      assert.deepEqual(validateStatement(statement), []);
      assert.deepEqual(readStatement(JSON.parse(JSON.stringify(statement))), { ok: true, event }, `${event.type} from ${homePage}`);
    }
  }
});

it('forwards statements the LRS validator accepts, with a pseudonymous account', () => {
  for (const event of EVENTS) {
    const statement = forwardStatement({ ...event, learnerId: 'pseudonym123' }, 'https://intranet.example.com/');
    assert.deepEqual(validateStatement(statement), []);
    assert.deepEqual((statement.actor as { account?: unknown }).account, { homePage: 'https://intranet.example.com/purpose-kit/pseudonyms', name: 'pseudonym123' });
  }
});

it('says why a statement is not Purpose Kit\'s, and names learners by account, mbox, mbox_sha1sum or openid', () => {
  const completed = { id: randomUUID(), actor: { mbox: 'mailto:a@example.com' }, verb: { id: 'http://adlnet.gov/expapi/verbs/completed' }, object: { id: 'https://lms.example.com/c1' } };
  assert.deepEqual(readStatement(completed), { ok: false, reason: 'not a Purpose Kit verb' });
  const viewed = { ...completed, verb: { id: 'http://id.tincanapi.com/verb/viewed' } };
  assert.equal((readStatement(viewed) as { reason: string }).reason, 'neither names the Purpose Kit profile nor has a Purpose Kit activity');
  assert.equal(learnerIdOf({ account: { homePage: 'https://x', name: 'n1' } }), 'n1');
  assert.equal(learnerIdOf({ mbox: 'mailto:a@example.com' }), 'mailto:a@example.com');
  assert.equal(learnerIdOf({ mbox_sha1sum: 'ABC' }), 'sha1:abc');
  assert.equal(learnerIdOf({ openid: 'https://id.example.com/a' }), 'https://id.example.com/a');
  assert.equal(learnerIdOf({ objectType: 'Group', member: [] }), undefined);
});
