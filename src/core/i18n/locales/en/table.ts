/**
 * Messages of the sortable tables of <pk-content-audit> and <pk-relevance-report> (English, the
 * source catalogue), in a file of their own so the report does not carry the audit's. Their keys
 * keep the prefix they were published under; the other languages have them in `content-audit.ts`.
 */
export default {
  'content-audit.shown': { one: 'Showing 1 of {total} courses.', other: 'Showing {count} of {total} courses.' },
  'content-audit.sortable': 'Select a column header to sort the table.',
  'content-audit.sorted.ascending': 'Sorted by {column}, ascending.',
  'content-audit.sorted.descending': 'Sorted by {column}, descending.',
} as const;
