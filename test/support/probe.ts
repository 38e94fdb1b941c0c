import { html } from 'lit';
import { PkElement, type ReadyManifest } from '../../src/core/base/pk-element.js';
import { defineElement } from '../../src/core/base/define.js';

/**
 * The smallest real subclass of the base element: shows the organisation name and counts
 * pillars, so tests see exactly what the base hands to subclasses.
 */
export class PkProbe extends PkElement {
  protected override renderContent({ manifest }: ReadyManifest) {
    return html`<p part="content">${manifest.organization.name}: ${manifest.pillars.length}</p>`;
  }

  protected override isEmpty({ manifest }: ReadyManifest): boolean {
    return manifest.pathways.length === 0;
  }

  /** The config the element resolved, for assertions. */
  get resolved() {
    return this.settings.config;
  }

  get resolvedLocale() {
    return this.settings.locale;
  }
}

defineElement('pk-probe', PkProbe);

declare global {
  interface HTMLElementTagNameMap {
    'pk-probe': PkProbe;
  }
}

/** Waits until the element has left the loading state. */
export async function settled(element: PkElement): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await element.updateComplete;
    const status = (element as unknown as { manifestState: { status: string } }).manifestState.status;
    if (status !== 'loading') return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`<${element.localName}> is still loading`);
}

/** The text of the element's shadow root, whitespace folded. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
