import { html, type TemplateResult } from 'lit';
import type { LearnerProgress } from '../../src/elements/pillar-navigator/progress.js';

/** What the LMS knows about Priya's courses; a host page passes it as the `progress` property. */
const priyasProgress: LearnerProgress = {
  'renewables-grid-integration': 'done',
  'battery-storage-design': 'in-progress',
  'data-privacy-essentials': 'done',
  'anti-bribery-refresher': 'done',
  'privacy-by-design': 'in-progress',
  'lean-process-mapping': 'done',
  'python-for-automation': 'in-progress',
  'excel-financial-modelling': 'done',
  'field-safety-induction': 'done',
  'cyber-security-awareness': 'done',
};

/**
 * The "My learning" area starts with the navigator: hero pathways, then the strategic pillars. It
 * reads the page's `<pk-config>` (manifest, endpoint, learner), so opening a pathway is sent to
 * the endpoint as a `pathway-opened` event.
 */
export function template(): TemplateResult {
  return html`<pk-pillar-navigator .progress=${priyasProgress}></pk-pillar-navigator>`;
}
