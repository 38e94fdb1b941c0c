import { fixture, html } from '@open-wc/testing';
import type { PkWhyBanner } from '../../../src/elements/why-banner/why-banner.js';
import { settled } from '../../support/probe.js';
import { manifest } from './manifest.js';
import { quietly, until } from '../../support/wait.js';

export { quietly, until };

/** A learner id of its own per test, so dismissals stored by one test do not leak into another. */
export const freshLearner = () => `learner-${crypto.randomUUID()}`;

export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** Waits until the banner shows its content (manifest loaded, stored dismissal read). */
export async function ready(el: PkWhyBanner): Promise<PkWhyBanner> {
  await settled(el);
  for (let i = 0; i < 200; i++) {
    await el.updateComplete;
    if (!el.matches(':state(loading)')) return el;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('<pk-why-banner> is still loading');
}

export async function banner(
  attributes: { course?: string; learner?: string; variant?: string; headingLevel?: number } = {},
  data: object = manifest,
): Promise<PkWhyBanner> {
  const el = await fixture<PkWhyBanner>(html`<pk-why-banner
    .manifest=${data}
    course=${attributes.course ?? 'privacy'}
    learner=${attributes.learner ?? freshLearner()}
    variant=${attributes.variant ?? 'full'}
    heading-level=${attributes.headingLevel ?? 2}
  ></pk-why-banner>`);
  return ready(el);
}

