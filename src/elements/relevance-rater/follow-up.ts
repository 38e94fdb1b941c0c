/**
 * What the rater's first render does not need, in a chunk of its own: what this device remembers
 * of the learner's earlier rating (asked for as soon as the course is known), sending a rating or
 * endorsement and following its delivery in words, and the expert's endorsement step.
 */
export { advanceAll, recallInto, rememberRating, renderEndorse, sendRating } from './follow-up-steps.js';
/** Their English messages, added to the source catalogue when the chunk arrives. */
export { default as messages } from '../../core/i18n/locales/en/relevance-rater-after-rating.js';
