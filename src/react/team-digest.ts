import '../elements/team-digest/define.js';
import { PkTeamDigest as PkTeamDigestElement } from '../elements/team-digest/team-digest.js';
import { eventName, wrap } from './wrap.js';

/** `<pk-team-digest>` as a React component (React 17–19); registers the element. */
export const PkTeamDigest = wrap('pk-team-digest', PkTeamDigestElement, {
  onPkPromptDiscuss: eventName('pk-prompt-discuss'),
  onPkError: eventName('pk-error'),
});
