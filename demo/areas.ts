import { html, type TemplateResult } from 'lit';
import { template as courseCards } from './parts/course-cards.js';
import { template as coursePage } from './parts/course-page.js';
import { template as leadership } from './parts/leadership.js';
import { template as manager } from './parts/manager.js';
import { template as navigator } from './parts/navigator.js';
import { template as ops } from './parts/ops.js';

/** What each area of the demo page shows, one part per element, used as a host page would. */
export const areas: Record<string, TemplateResult> = {
  'learn-area': html`${navigator()} ${courseCards()} ${coursePage()}`,
  'lead-area': leadership(),
  'manager-area': manager(),
  'ops-area': ops(),
};
