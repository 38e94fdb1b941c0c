/** Resolves with what `find` returns once it is something (polling for up to 5 s); rejects with `failure`. */
export async function waitFor<T>(find: () => T | null | undefined | false, failure: string): Promise<T> {
  for (let i = 0; i < 250; i++) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(failure);
}

/** Resolves with the node of `host`'s shadow root that has `part`, once the element has rendered it. */
export function waitForPart(host: Element | null, part: string): Promise<HTMLElement> {
  return waitFor(
    () => host?.shadowRoot?.querySelector<HTMLElement>(`[part~="${part}"]`),
    `<${host?.localName}> did not render its "${part}" part`,
  );
}
