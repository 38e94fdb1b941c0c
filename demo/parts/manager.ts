import { html, type TemplateResult } from 'lit';

/**
 * A manager's view: what the team is learning and why, recent takeaways, and a prompt for each in
 * the next 1:1. The element names the signed-in manager, so it reads their team from the
 * collector (`/v1/teams/jonas.weber`, stored there when the demo starts) with the prompts they
 * marked as discussed — kept on the server, so the marks survive a reload and follow them.
 */
export function template(): TemplateResult {
  return html`<pk-team-digest learner="jonas.weber"></pk-team-digest>`;
}
