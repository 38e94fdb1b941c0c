/**
 * Fires a Purpose Kit event the one way they are all fired: bubbling, crossing shadow roots,
 * typed by `GlobalEventHandlersEventMap`. Returns false when a cancelable event was cancelled.
 */
export function emit<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
  detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}
