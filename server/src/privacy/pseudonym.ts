import { createHmac } from 'node:crypto';

/**
 * Learner ids are stored only as HMAC-SHA-256 pseudonyms under the collector's secret: the same
 * learner always gets the same pseudonym (so a changed rating replaces the earlier one and erasure
 * finds every event), and without the secret nobody can go back from a pseudonym to the person.
 */
export type Pseudonymise = (learnerId: string) => string;

export function pseudonymiser(secret: string): Pseudonymise {
  return (learnerId) => createHmac('sha256', secret).update(learnerId, 'utf8').digest('base64url').slice(0, 32);
}
