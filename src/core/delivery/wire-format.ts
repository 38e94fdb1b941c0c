import type { PkEvent } from './event.js';

export type FormatName = 'json' | 'xapi';

/** How a batch of events travels to the endpoint. */
export interface WireFormat {
  /** Where batches are POSTed. */
  readonly url: string;
  /** Headers the format needs; they win over the host's headers of the same name. */
  readonly headers: Readonly<Record<string, string>>;
  /**
   * One event as the JSON text of one batch item (cached by the sender, measured for chunking);
   * `null` when nothing is to be sent for it. Throws when the item cannot be made: the event is
   * then set aside as a dead letter.
   */
  item(event: PkEvent): string | null;
  /** A request body from items made by `item`. */
  body(items: readonly string[]): string;
}
