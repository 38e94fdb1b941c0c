/**
 * `GET /v1/endorsements`: the endorsements SMEs sent through the rater, in the manifest's
 * endorsement shape, so the rater shows them beside the curated ones. Only those whose course and
 * pillar the current manifest knows are listed (the document always validates against it). The
 * expert is named as the company's systems name them: the identity provider's `name` claim stored
 * with the event, else the member of a team roster with that learner id, else "Subject-matter expert".
 */
import type { Endorsement, Manifest } from '../../../src/core/manifest/types.js';
import type { Sql } from '../store/store.js';

const LIMIT = 1000;

interface Row {
  id: string;
  course: string;
  pillar: string;
  problem: string;
  day: string;
  expert_name: string | null;
  expert_role: string | null;
}

export async function endorsementsDocument(db: Sql, manifest: Manifest | undefined): Promise<{ endorsements: Endorsement[] }> {
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
      order by e.time desc, e.id limit $1`,
    [LIMIT],
  );
  const courses = new Set(manifest?.courses.map((course) => course.id));
  const pillars = new Set(manifest?.pillars.map((pillar) => pillar.id));
  const endorsements = rows
    .filter((row) => courses.has(row.course) && pillars.has(row.pillar))
    .map((row): Endorsement => ({
      id: `sent-${row.id}`,
      expert: { name: row.expert_name ?? 'Subject-matter expert', ...(row.expert_role && { role: row.expert_role }) },
      course: row.course,
      pillar: row.pillar,
      problem: row.problem,
      date: row.day,
    }));
  return { endorsements };
}
