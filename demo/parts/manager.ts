import { html, type TemplateResult } from 'lit';

/**
 * A manager's view: what the team is learning and why, recent takeaways, and a prompt for each in
 * the next 1:1. The team comes from the manifest's `team` section (an intranet would serve each
 * manager's own team at a `src` URL). The element names the signed-in manager, so prompts marked
 * as discussed are remembered, and sent to the local endpoint, as theirs.
 */
export function template(): TemplateResult {
  return html`<pk-team-digest learner="jonas.weber"></pk-team-digest>`;
}
