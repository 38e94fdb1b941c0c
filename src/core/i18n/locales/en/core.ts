/** Messages of the shared states every element has (English, the source catalogue). */
export default {
  'state.loading': 'Loading…',
  'state.error.title': 'This learning widget could not load its data.',
  'state.error.issues': {
    one: 'The pathway manifest has 1 problem:',
    other: 'The pathway manifest has {count} problems:',
  },
  'state.error.more': { one: 'and 1 more problem', other: 'and {count} more problems' },
  'state.error.hint': 'Details are in the browser console. Your administrator can fix this in the manifest.',
  'state.empty': 'Nothing to show yet.',
  'error.manifest-missing': 'No pathway manifest is configured.',
  'error.manifest-fetch': 'The pathway manifest could not be reached.',
  'error.manifest-http': 'The server did not return the pathway manifest.',
  'error.manifest-parse': 'The pathway manifest is not valid JSON.',
  'error.manifest-invalid': 'The pathway manifest is not valid.',
  'error.not-found': 'This item is not in the pathway manifest.',
  'error.storage-unavailable': 'Your browser is not storing data; changes are kept until you leave this page.',
  'error.delivery-paused': 'Sending is paused until you sign in again.',
  'error.delivery-rejected': 'The server did not accept this.',
  'error.config-invalid': 'This widget is configured incorrectly.',
  'error.data-invalid': 'The data for this widget is not valid.',
  'error.data-fetch': 'The data for this widget could not be loaded.',
} as const;
