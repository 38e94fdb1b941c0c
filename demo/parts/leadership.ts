import { html, type TemplateResult } from 'lit';

/** This part of the demo page is filled in by the element's issue. */
export function template(): TemplateResult {
  return html``;
}
