/**
 * Erasure and retention reach the LRS tables too, in the same transaction as the events: a
 * learner's queued and dead-lettered statements and what the LMS said about them; under retention,
 * whatever happened before the cutoff. (What the LRS itself already holds is the LRS's to erase.)
 */
import type { Sql } from '../store/store.js';

const WHERE = {
  learner: { lrs_outbox: 'learner = $1', lrs_dead_letters: 'learner = $1', lms_completions: 'learner = $1', lms_progress: 'learner = $1' },
  before: { lrs_outbox: 'time < $1', lrs_dead_letters: 'time < $1', lms_completions: 'time < $1', lms_progress: 'last_active_at < $1' },
} as const;

export async function forgetLrsRows(tx: Sql, by: keyof typeof WHERE, value: string): Promise<void> {
  for (const [table, where] of Object.entries(WHERE[by])) await tx.query(`delete from ${table} where ${where}`, [value]);
}
