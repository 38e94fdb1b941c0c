/**
 * Managers' teams: the roster L&D operations or HR gives (`PUT /v1/teams/{manager}`, the manifest's
 * Team shape, checked against the manifest) and the prompts the manager marked as discussed, kept
 * from their `prompt-discussed` events so the marks follow them across devices. Rosters are keyed
 * by the manager's pseudonym; each member's pseudonym is kept beside them to name endorsers.
 */
import { MAX_MEMBER_COMPLETIONS } from '../../../src/core/manifest/limits.js';
import type { Team } from '../../../src/core/manifest/types.js';
import { lmsCompletions, mergeCompletions } from '../lrs/team-completions.js';
import type { Pseudonymise } from '../privacy/pseudonym.js';
import type { Sql } from '../store/store.js';

export interface TeamDocument extends Team {
  discussed: { prompt: string; at: string }[];
}

export async function putTeam(db: Sql, manager: string, team: Team, pseudonymise: Pseudonymise): Promise<void> {
  const body = { ...team, members: team.members.map((member) => ({ ...member, pseudonym: pseudonymise(member.id) })) };
  await db.query(
    `insert into teams (manager, body) values ($1, $2::jsonb)
    on conflict (manager) do update set body = excluded.body, updated_at = now()`,
    [manager, JSON.stringify(body)],
  );
}

export async function teamDocument(db: Sql, manager: string): Promise<TeamDocument | undefined> {
  const { rows } = await db.query<{ body: Omit<Team, 'members'> & { members: (Team['members'][number] & { pseudonym?: string })[] } }>(
    'select body from teams where manager = $1',
    [manager],
  );
  const stored = rows[0]?.body;
  if (!stored) return undefined;
  const { rows: marks } = await db.query<{ prompt: string; at: string }>(
    `select prompt, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at from discussed where manager = $1 order by at, prompt`,
    [manager],
  );
  // Completions the LMS reported to the LRS (pulled by the collector) join the roster's own.
  const fromLms = await lmsCompletions(db, stored.members.flatMap((member) => (member.pseudonym ? [member.pseudonym] : [])));
  const members = stored.members.map(({ pseudonym, ...member }) => {
    const reported = pseudonym ? fromLms.get(pseudonym) : undefined;
    return reported ? { ...member, completions: mergeCompletions(member.completions, reported, MAX_MEMBER_COMPLETIONS) } : member;
  });
  return { ...stored, members, discussed: marks };
}
