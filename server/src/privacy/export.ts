/**
 * `GET /v1/export`: every stored event as NDJSON, one line each, in the order received, streamed
 * page by page (keyset on the insertion sequence) from one snapshot of the store, so a large store
 * never sits in memory and events committed meanwhile cannot slip between pages. `since` compares
 * with the time an event was received; an event received just before `since` may commit just
 * after an export that used it, so incremental exports should overlap a little and de-duplicate
 * by id.
 */
import type { Store } from '../store/store.js';

const PAGE = 1000;

/** The `since` parameter as an ISO time; undefined when absent, null when unreadable. */
export function readSince(since: string | undefined): string | undefined | null {
  if (since === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(since)) return null;
  const at = Date.parse(since);
  return Number.isNaN(at) ? null : new Date(at).toISOString();
}

export function exportEvents(store: Store, since: string | undefined): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after = 0;
  let session: Awaited<ReturnType<Store['snapshot']>> | undefined;
  return new ReadableStream({
    async start() {
      session = await store.snapshot();
    },
    async pull(controller) {
      let rows: { seq: number; body: string }[];
      try {
        ({ rows } = await session!.query<{ seq: number; body: string }>(
          `select seq::float8 as seq, body::text as body from events
            where seq > $1 and ($2::timestamptz is null or received_at >= $2::timestamptz)
            order by seq limit ${PAGE}`,
          [after, since ?? null],
        ));
      } catch (error) {
        // The response is already under way: the stream breaks off, so the client sees an incomplete export.
        await session!.end();
        throw error;
      }
      if (rows.length) {
        after = rows.at(-1)!.seq;
        controller.enqueue(encoder.encode(rows.map((row) => `${row.body}\n`).join('')));
      }
      if (rows.length < PAGE) {
        controller.close();
        await session!.end();
      }
    },
    async cancel() {
      await session?.end();
    },
  });
}
