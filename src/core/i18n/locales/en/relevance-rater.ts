import endorsements from './relevance-rater-endorsements.js';
import firstScreen from './relevance-rater-first-screen.js';
import followUp from './relevance-rater-follow-up.js';

/**
 * Messages of <pk-relevance-rater> (English, the source catalogue), in three files so that each
 * travels with the code that says it: the first screen's in the element's entry, the rest with its
 * follow-up chunk and its endorsements chunk. Nothing the element imports may import this file.
 */
export default { ...firstScreen, ...endorsements, ...followUp } as const;
