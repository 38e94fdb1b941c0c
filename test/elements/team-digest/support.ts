import { fixture, html } from '@open-wc/testing';
import { uuid } from '../../../src/core/id.js';
import '../../../src/elements/team-digest/define.js';
import type { PkTeamDigest } from '../../../src/elements/team-digest/team-digest.js';
import { settled } from '../../support/probe.js';
import { digestManifest } from './manifest.js';
import { quietly, until } from '../../support/wait.js';
import { stateBox } from '../../support/host-state.js';

export { quietly, until };

export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

export function parts(root: Element | ShadowRoot, name: string): HTMLElement[] {
  const scope = root instanceof Element && root.shadowRoot ? root.shadowRoot : root;
  return [...scope.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A manager id no other test uses: discussed prompts are remembered per manager on the device. */
export const freshManager = () => `manager-${uuid().slice(0, 8)}`;

/** Waits until the digest shows its members (manifest, team and locale ready). */
export async function ready(el: PkTeamDigest): Promise<PkTeamDigest> {
  await settled(el);
  await until(() => !stateBox(el, 'loading'), 'the digest to load');
  return el;
}

export async function digest(
  attributes: Record<string, string> = {},
  manifest: object = digestManifest(),
): Promise<PkTeamDigest> {
  const el = await fixture<PkTeamDigest>(html`<pk-team-digest .manifest=${manifest} learner=${freshManager()}></pk-team-digest>`);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return ready(el);
}

/** Member cards by the text of their name heading. */
export const memberNames = (el: PkTeamDigest) => parts(el, 'name').map(text);

export function card(el: PkTeamDigest, name: string): HTMLElement {
  return parts(el, 'member').find((member) => text(member.querySelector('[part~="name"]')) === name)!;
}

export const promptsOf = (member: HTMLElement) => [...member.querySelectorAll<HTMLElement>('.prompt-text')].map(text);

