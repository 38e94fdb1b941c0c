/**
 * The face an element shows as a whole is a custom state on its host (`:state(loading)`, …); the
 * box that draws it is its `state` part.
 */
import type { HostState } from '../../src/core/base/pk-element.js';

/** The element's `state` box when its host is in `state`, else null. */
export function stateBox(element: Element, state: HostState): HTMLElement | null {
  return element.matches(`:state(${state})`) ? element.shadowRoot!.querySelector<HTMLElement>('[part~="state"]') : null;
}

