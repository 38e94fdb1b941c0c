/**
 * The draft's undo/redo history: immutable versions of the manifest, the newest last. Typing into
 * one field makes one step, not one per keystroke: an edit with the same `group` as the step
 * before replaces it, until `seal()` (the field lost focus) closes the group.
 */
export class DraftHistory<T> {
  private past: T[] = [];
  private future: T[] = [];
  private group: string | undefined;

  constructor(private current: T) {}

  get present(): T {
    return this.current;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** Makes `next` the present; `group` names the field a run of edits is typed into. */
  apply(next: T, group?: string): void {
    if (next === this.current) return;
    if (group === undefined || group !== this.group) this.past.push(this.current);
    this.current = next;
    this.future = [];
    this.group = group;
  }

  /** Ends the current run of typing: the next edit is a step of its own. */
  seal(): void {
    this.group = undefined;
  }

  undo(): boolean {
    const previous = this.past.pop();
    if (previous === undefined) return false;
    this.future.push(this.current);
    this.current = previous;
    this.group = undefined;
    return true;
  }

  redo(): boolean {
    const next = this.future.pop();
    if (next === undefined) return false;
    this.past.push(this.current);
    this.current = next;
    this.group = undefined;
    return true;
  }

  /** Starts again from `value` with no history (a new manifest loaded, or a conflict resolved). */
  reset(value: T): void {
    this.past = [];
    this.future = [];
    this.group = undefined;
    this.current = value;
  }
}
