/**
 * Who is in the purpose-aligned cohort. PRODUCT.md: people who completed a pillar-aligned pathway.
 * Every pathway of the manifest advances a pillar, so the rule is: a person is aligned when, for
 * every course of at least one pathway of the current manifest, the collector has evidence that
 * they went through it — a learning event from them (a `rating` or an `endorsement`), or an LMS
 * `completed`/`passed` statement pulled from the LRS (`lms_progress.completed_at`). An HR row's
 * `aligned` column, when given, overrides the rule for that person.
 *
 * This is the one place the cohort is decided.
 */
import type { Manifest } from '../../../src/core/manifest/types.js';
import type { Sql } from '../store/store.js';

/** Event types that show a learner took a course. */
export const LEARNING_EVENTS = ['rating', 'endorsement'] as const;

/** The pseudonyms of the learners who went through every course of some pathway of `manifest`. */
export async function purposeAlignedLearners(sql: Sql, manifest: Manifest | undefined): Promise<Set<string>> {
  const steps = (manifest?.pathways ?? []).flatMap((pathway) => [...new Set(pathway.courses)].map((course) => ({ pathway: pathway.id, course })));
  if (steps.length === 0) return new Set();
  const { rows } = await sql.query<{ learner: string }>(
    `with steps as (select pathway, course from jsonb_to_recordset($1::jsonb) as s(pathway text, course text)),
      sizes as (select pathway, count(*) as courses from steps group by pathway),
      went_through as (
        select learner, course from events where type = any($2::text[])
        union
        select learner, course from lms_progress where completed_at is not null
      ),
      taken as (
        select w.learner, s.pathway, count(distinct w.course) as courses
        from went_through w join steps s on s.course = w.course
        group by w.learner, s.pathway
      )
    select distinct taken.learner from taken join sizes using (pathway) where taken.courses = sizes.courses`,
    [JSON.stringify(steps), LEARNING_EVENTS],
  );
  return new Set(rows.map((row) => row.learner));
}
