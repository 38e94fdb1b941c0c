import afterRating from './relevance-rater-after-rating.js';
import endorsementList from './relevance-rater-endorsement-list.js';
import form from './relevance-rater-form.js';

/**
 * Messages of <pk-relevance-rater> (English, the source catalogue), in three files so that each
 * travels with the code that says it: the form's in the element's entry, what it says after rating
 * with its follow-up steps (`follow-up.ts`), the endorsement list with `endorsements.ts`. Nothing
 * the element imports may import this file.
 */
export default { ...form, ...endorsementList, ...afterRating } as const;
