import firstScreen from './relevance-rater-first-screen.js';
import followUp from './relevance-rater-follow-up.js';

/**
 * Messages of <pk-relevance-rater> (English, the source catalogue), in two files so that each
 * travels with the code that says it: the first screen's in the element's entry, the rest with its
 * follow-up chunk. Nothing the element imports may import this file.
 */
export default { ...firstScreen, ...followUp } as const;
