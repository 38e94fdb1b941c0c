/**
 * Puts an element on a page with a manifest and waits until it shows something other than its
 * loading state: its content, or its error. Records every `pk-error` it fires on the way.
 */
import type { PkErrorDetail } from '../../src/core/base/events/pk-error.js';
import { deepQueryAll } from './deep-dom.js';
import { createElement, type CreateOptions } from './element-setup.js';
import { stateBox } from './host-state.js';

export interface ShownElement {
  readonly element: HTMLElement;
  /** `pk-error` details fired so far (the list keeps growing while the element is on the page). */
  readonly errors: PkErrorDetail[];
  /** The element's own error state, if it shows one. */
  errorState(): Element | null;
  remove(): void;
}

type Status = 'loading' | 'ready' | 'error';

const statusOf = (element: HTMLElement): Status =>
  (element as unknown as { manifestState: { status: Status } }).manifestState.status;

export async function showElement(tag: string, options: CreateOptions = {}): Promise<ShownElement> {
  const element = createElement(tag, options);
  const errors: PkErrorDetail[] = [];
  element.addEventListener('pk-error', (event) => errors.push((event as CustomEvent<PkErrorDetail>).detail));
  const host = (options.document ?? document).body;
  host.append(element);
  await settled(element);
  return {
    element,
    errors,
    errorState: () => stateBox(element, 'error'),
    remove: () => element.remove(),
  };
}

/**
 * Waits until the element has left every loading state: its manifest's and any of its own (a
 * stored preference being read, a nested element loading).
 */
export async function settled(element: HTMLElement, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    const status = statusOf(element);
    if (status === 'error' || (status === 'ready' && !element.matches(':state(loading)') && deepQueryAll(element, ':state(loading)').length === 0)) return;
    if (Date.now() > deadline) throw new Error(`<${element.localName}> is still loading after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
