/**
 * The endorsements SMEs sent through the rater (events of type `endorsement`), in the manifest's
 * endorsement shape with the id `sent-<event id>`. Two readers:
 *
 * - `GET /v1/endorsements`, for the rater to show beside the curated ones: only those whose course
 *   and pillar the current manifest knows (the document always validates against it);
 * - `GET /v1/endorsements/inbox`, for L&D operations to accept into the manifest or dismiss: all of
 *   them, each saying whether the manifest knows its course and pillar.
 *
 * Both leave out the dismissed ones and the accepted ones (the manifest holds an endorsement with the
 * same id), so an accepted endorsement is shown once, as its curated copy. The expert is named as
 * the company's systems name them: the identity provider's `name` claim stored with the event, else
 * the member of a team roster with that learner id, else "Subject-matter expert".
 */
import type { Endorsement, Manifest } from '../../../src/core/manifest/types.js';
import type { Sql } from '../store/store.js';

const LIMIT = 1000;
const SENT = 'sent-';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Row {
  id: string;
  course: string;
  pillar: string;
  problem: string;
  day: string;
  expert_name: string | null;
  expert_role: string | null;
}

export interface InboxEntry extends Endorsement {
  /** The current manifest has the course: accepting it as it is gives a valid manifest only then. */
  courseKnown: boolean;
  pillarKnown: boolean;
}

export async function endorsementsDocument(db: Sql, manifest: Manifest | undefined): Promise<{ endorsements: Endorsement[] }> {
  const known = knownIn(manifest);
  const endorsements = (await pending(db, manifest)).filter((endorsement) => known.courses.has(endorsement.course) && known.pillars.has(endorsement.pillar));
  return { endorsements };
}

/** Newest first. */
export async function inboxDocument(db: Sql, manifest: Manifest | undefined): Promise<{ endorsements: InboxEntry[] }> {
  const known = knownIn(manifest);
  const endorsements = (await pending(db, manifest)).map(
    (endorsement): InboxEntry => ({ ...endorsement, courseKnown: known.courses.has(endorsement.course), pillarKnown: known.pillars.has(endorsement.pillar) }),
  );
  return { endorsements };
}

/**
 * Records that L&D operations dismissed a sent endorsement (who, when); a second dismissal keeps the
 * first's record. False when `id` names no sent endorsement.
 */
export async function dismissEndorsement(db: Sql, id: string, by: string): Promise<boolean> {
  const eventId = eventIdOf(id);
  if (eventId === undefined) return false;
  const { rows } = await db.query<{ found: boolean }>(
    `with sent as (select id from events where id = $1::uuid and type = 'endorsement'),
      kept as (insert into endorsement_dismissals (event_id, dismissed_by) select id, $2 from sent on conflict (event_id) do nothing)
      select exists (select 1 from sent) as found`,
    [eventId, by],
  );
  return rows[0]!.found;
}

/** The event id in `sent-<event id>`, or undefined when `id` is not of that form. */
function eventIdOf(id: string): string | undefined {
  const eventId = id.startsWith(SENT) ? id.slice(SENT.length) : '';
  return UUID.test(eventId) ? eventId.toLowerCase() : undefined;
}

/** Sent endorsements neither dismissed nor in the manifest, newest first. */
async function pending(db: Sql, manifest: Manifest | undefined): Promise<Endorsement[]> {
  const accepted = (manifest?.endorsements ?? []).map((endorsement) => eventIdOf(endorsement.id)).filter((id) => id !== undefined);
  const { rows } = await db.query<Row>(
    `select e.id::text, e.course, e.body->'data'->>'pillar' as pillar, e.body->'data'->>'problem' as problem,
        to_char(e.time at time zone 'UTC', 'YYYY-MM-DD') as day,
        coalesce(e.body->'expert'->>'name', m.member->>'name') as expert_name,
        coalesce(e.body->'expert'->>'role', m.member->>'role') as expert_role
      from events e
      left join lateral (
        select member from teams t, jsonb_array_elements(t.body->'members') as member
        where member->>'pseudonym' = e.learner limit 1
      ) m on true
      where e.type = 'endorsement'
        and not exists (select 1 from endorsement_dismissals d where d.event_id = e.id)
        and e.id::text not in (select jsonb_array_elements_text($2::jsonb))
      order by e.time desc, e.id limit $1`,
    [LIMIT, JSON.stringify(accepted)],
  );
  return rows.map((row): Endorsement => ({
    id: `${SENT}${row.id}`,
    expert: { name: row.expert_name ?? 'Subject-matter expert', ...(row.expert_role && { role: row.expert_role }) },
    course: row.course,
    pillar: row.pillar,
    problem: row.problem,
    date: row.day,
  }));
}

function knownIn(manifest: Manifest | undefined) {
  return { courses: new Set(manifest?.courses.map((course) => course.id)), pillars: new Set(manifest?.pillars.map((pillar) => pillar.id)) };
}
