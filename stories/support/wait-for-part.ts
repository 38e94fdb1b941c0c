/** Resolves with the node of `host`'s shadow root that has `part`, once the element has rendered it. */
export async function waitForPart(host: Element | null, part: string): Promise<HTMLElement> {
  for (let i = 0; i < 250; i++) {
    const found = host?.shadowRoot?.querySelector<HTMLElement>(`[part~="${part}"]`);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`<${host?.localName}> did not render its "${part}" part`);
}
