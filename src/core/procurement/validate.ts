/**
 * Checks a ratings aggregate that arrives from a `src` URL the way the manifest is checked (same
 * limits, messages and paths), and that each course is listed once.
 */
import type { ManifestIssue } from '../errors.js';
import { formatPath } from '../manifest/path.js';
import { documentValidator, type DocumentValidation } from '../manifest/validate-document.js';
import { quote } from '../manifest/wording.js';
import { RatingsAggregateSchema } from './schema.js';
import type { RatingsAggregate } from './types.js';

const validate = documentValidator(RatingsAggregateSchema);

/** Validates an aggregate given as JSON text or a parsed value. Never throws. */
export function validateAggregate(input: unknown): DocumentValidation<RatingsAggregate> {
  return validate(input, listedOnce);
}

function listedOnce(document: unknown): ManifestIssue[] {
  const items = (document as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) return [];
  const first = new Map<string, number>();
  const issues: ManifestIssue[] = [];
  items.forEach((item: { course?: unknown } | null, index) => {
    const course = item?.course;
    if (typeof course !== 'string') return;
    const held = first.get(course);
    if (held === undefined) first.set(course, index);
    else {
      issues.push({
        path: formatPath(['items', index, 'course']),
        code: 'duplicate-id',
        message: `course ${quote(course)} is already listed at ${formatPath(['items', held])}`,
      });
    }
  });
  return issues;
}
