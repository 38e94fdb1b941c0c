/**
 * Checks a team served on its own (`<pk-team-digest src="…">`) exactly as the manifest's `team`
 * section is checked: same schema and messages, paths rooted at `team`, and its references
 * resolved against the manifest the digest reads.
 */
import { checkReferences } from './references.js';
import { TeamSchema } from './schema.js';
import type { Manifest, Team } from './types.js';
import { documentValidator, type DocumentValidation } from './validate-document.js';

const validateSection = documentValidator(TeamSchema, 'team');

/** Validates a team document (JSON text or a parsed value) whose ids refer to `manifest`. */
export function validateTeam(input: unknown, manifest: Manifest): DocumentValidation<Team> {
  return validateSection(input, (document) => checkReferences({ ...manifest, ...(document as object) }));
}
