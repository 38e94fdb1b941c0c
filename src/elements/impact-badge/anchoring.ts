/**
 * Keeps an open tooltip attached to its badge. Nothing runs, and the positioning code is not even
 * loaded, until the first `attach()`; `detach()` stops every observer and listener it started.
 */
export class Anchoring {
  private stop?: () => void;
  /** Bumped by every detach, so a slow first load cannot attach a tooltip that closed meanwhile. */
  private generation = 0;

  async attach(reference: Element, floating: HTMLElement): Promise<void> {
    this.detach();
    const generation = this.generation;
    try {
      const { follow } = await import('./position.js');
      if (generation === this.generation) this.stop = follow(reference, floating);
    } catch (error) {
      console.warn('[purpose-kit] <pk-impact-badge> could not load its tooltip positioning.', error);
    }
  }

  detach(): void {
    this.generation++;
    this.stop?.();
    this.stop = undefined;
  }
}
