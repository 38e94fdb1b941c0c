/**
 * The published JSON Schema (draft 2020-12) of the manifest, generated from the same valibot schema
 * the validator runs, so editors validate and autocomplete against exactly what the library reads.
 * For the build only (vite.config.ts writes it to dist/manifest.schema.json); runtime code never
 * imports it.
 */
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import { MAX_DEPTH, MAX_DOCUMENT_CHARS } from './limits.js';
import { ManifestSchema } from './schema.js';

export const MANIFEST_SCHEMA_ID = 'https://unpkg.com/purpose-kit/dist/manifest.schema.json';

const DESCRIPTION = [
  'The Purpose Kit pathway manifest, version 1: the pillars, pathways, courses, impact tags, endorsements, metrics and reporting settings every pk-* element reads.',
  'Beyond this schema, `npx purpose-kit validate FILE` (and every element) also checks:',
  'ids are unique within each list;',
  'every reference resolves (pathway → pillar and courses, course → pillar, impact tags and skills, impact tag → pillar, endorsement → course and pillar, team member → pathway and courses, prompt template → course and pillar);',
  'team member ids are unique within the team;',
  'each imperative rank (1, 2, 3) is held by one pillar at most;',
  'each cohort series has one value per period when `metrics.periods` is given;',
  'URLs are http:, https:, mailto: or relative;',
  `dates are real calendar days; the document is at most ${MAX_DOCUMENT_CHARS / 1024 / 1024} MB and ${MAX_DEPTH} levels deep, with no __proto__, constructor or prototype keys.`,
  'Unknown fields are ignored with a warning.',
].join(' ');

export function manifestJsonSchema(): JsonSchema {
  // `check` actions (URL allowlist, calendar dates) have no JSON Schema form; their fields say so.
  const generated = toJsonSchema(ManifestSchema, { target: 'draft-2020-12', ignoreActions: ['check'] });
  const { $schema, ...rest } = generated;
  return { $schema, $id: MANIFEST_SCHEMA_ID, title: 'Purpose Kit pathway manifest', description: DESCRIPTION, ...rest };
}
