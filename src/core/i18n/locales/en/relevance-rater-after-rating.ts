/**
 * What <pk-relevance-rater> says once there is a rating (English): the rating this device
 * remembers, where a saved rating or endorsement is on its way, and the expert's endorsement step.
 * They load with the follow-up steps (`follow-up.ts`): nothing here is said before they arrived.
 */
export default {
  'relevance-rater.previous': 'You rated this on {date}. You can change your rating below.',
  'relevance-rater.submit.update': 'Update rating',
  'relevance-rater.endorse.toggle': 'This helped me solve a strategic problem',
  'relevance-rater.endorse.previous': 'You endorsed this on {date}.',
  'relevance-rater.endorse.problem': 'The problem it helped you solve, in one sentence',
  'relevance-rater.endorse.pillar': 'Strategic pillar it advanced',
  'relevance-rater.endorse.submit': 'Send endorsement',
  'relevance-rater.endorse.required': 'Describe the problem in one sentence.',
  'relevance-rater.delivery.local': 'Saved on this device.',
  'relevance-rater.delivery.stored': 'Saved. Sending…',
  'relevance-rater.delivery.waiting': 'Saved on this device; waiting for the network to send it.',
  'relevance-rater.delivery.paused': 'Saved on this device; sending is paused until you sign in again.',
  'relevance-rater.delivery.sent': 'Sent. Thank you.',
  'relevance-rater.delivery.rejected': 'Not accepted by the server: {reason}',
  'relevance-rater.delivery.failed': 'Not saved: {reason}',
  'relevance-rater.delivery.dropped': 'Not sent: it waited on this device for too long and was removed.',
} as const;
