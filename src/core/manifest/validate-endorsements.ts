/**
 * Checks the endorsements a collector serves (`{collector}/v1/endorsements`, those subject-matter
 * experts sent through the rater): `{"endorsements": […]}`, each exactly the manifest's
 * endorsement, with the manifest's limits, messages and paths (`endorsements[2].date`).
 */
import * as v from 'valibot';
import { list } from './fields.js';
import { MAX_ENDORSEMENTS } from './limits.js';
import { EndorsementSchema } from './schema.js';
import type { Endorsement } from './types.js';
import { documentValidator, type DocumentValidation } from './validate-document.js';

const validate = documentValidator(v.object({ endorsements: list(EndorsementSchema, MAX_ENDORSEMENTS) }));

/** Validates an endorsements document given as JSON text or a parsed value. Never throws. */
export function validateEndorsements(input: unknown): DocumentValidation<{ endorsements: Endorsement[] }> {
  return validate(input);
}
