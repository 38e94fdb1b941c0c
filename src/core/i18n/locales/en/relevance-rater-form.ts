/** What <pk-relevance-rater>'s rating form says (English): its questions, scales, comment, button and checks; in the element's entry. */
export default {
  'relevance-rater.heading': 'Rate “{course}”',
  'relevance-rater.relevance.question': 'How relevant is this to your role?',
  'relevance-rater.relevance.1': 'Not relevant',
  'relevance-rater.relevance.2': 'Slightly relevant',
  'relevance-rater.relevance.3': 'Moderately relevant',
  'relevance-rater.relevance.4': 'Very relevant',
  'relevance-rater.relevance.5': 'Essential to my role',
  'relevance-rater.clarity.question': 'How clearly do you see how this advances {pillar}?',
  'relevance-rater.clarity.question.strategy': 'How clearly do you see how this advances our strategy?',
  'relevance-rater.clarity.1': 'Not clear',
  'relevance-rater.clarity.2': 'Slightly clear',
  'relevance-rater.clarity.3': 'Moderately clear',
  'relevance-rater.clarity.4': 'Very clear',
  'relevance-rater.clarity.5': 'Completely clear',
  'relevance-rater.comment.label': 'Comment (optional)',
  'relevance-rater.comment.remaining': {
    one: '1 character left',
    other: '{count} characters left',
  },
  'relevance-rater.submit': 'Send rating',
  'relevance-rater.delivery.saving': 'Saving…',
  'relevance-rater.required': 'Choose a point on both scales.',
  'relevance-rater.too-long': {
    one: 'The comment is longer than 1 character.',
    other: 'The comment is longer than {count} characters.',
  },
} as const;
