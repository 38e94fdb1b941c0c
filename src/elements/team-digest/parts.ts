/**
 * The parts of `<pk-team-digest>` its first render does not need, each in a chunk of its own:
 * keeping prompts marked as discussed (it loads as soon as the digest shows a prompt, to recall
 * the marks already made) and reading the team from `src` (only for a digest that has one).
 */
import { LazyModule } from '../../core/base/lazy-part.js';

export const discussionModule = new LazyModule('prompt discussion', () => import('./discussion.js'));

export const teamFromSrcModule = new LazyModule('team reader', () => import('./team-from-src.js'));
