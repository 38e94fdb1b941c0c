import { sendMouse } from '@web/test-runner-commands';
import type { PkImpactBadge } from '../../../src/elements/impact-badge/impact-badge.js';

export function badges(el: PkImpactBadge): HTMLButtonElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="badge"]')];
}

export function tooltipOf(el: PkImpactBadge): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>('[part~="tooltip"]');
}

/**
 * The runner runs test files side by side in tabs of one browser, and a hidden tab gets no
 * rendering steps: no animation frames, no scroll events, no resize observations. Tests therefore
 * wait with timers, and send the scroll notification the browser would send at its next frame.
 */
export function scrolled(container: Element, top: number): void {
  container.scrollTop = top;
  container.dispatchEvent(new Event('scroll'));
}

/** Waits until floating-ui has placed the open tooltip, and returns it. */
export async function placedTooltip(el: PkImpactBadge): Promise<HTMLElement> {
  for (let i = 0; i < 100; i++) {
    await el.updateComplete;
    const tooltip = tooltipOf(el);
    if (tooltip?.dataset.placement) return tooltip;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the tooltip was never placed');
}

/** Waits until the tooltip has closed (hover closing has a short grace period). */
export async function closedTooltip(el: PkImpactBadge): Promise<void> {
  for (let i = 0; i < 100; i++) {
    await el.updateComplete;
    if (!tooltipOf(el)) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the tooltip did not close');
}

export async function hover(element: Element): Promise<void> {
  const rect = element.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)] });
}

/** A tap as a touch screen reports it: a click whose pointer is a finger. */
export function tap(element: Element): void {
  element.dispatchEvent(new PointerEvent('click', { pointerType: 'touch', bubbles: true, composed: true }));
}
