/**
 * `GET /v1/export/workforce`: every stored workforce row as NDJSON, persons and managers as their
 * pseudonyms, streamed page by page (keyset on person and period) from one snapshot of the store.
 */
import type { Store } from '../store/store.js';

const PAGE = 2000;

export function exportWorkforce(store: Store): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after: [string, string] = ['', ''];
  let session: Awaited<ReturnType<Store['snapshot']>> | undefined;
  return new ReadableStream({
    async start() {
      session = await store.snapshot();
    },
    async pull(controller) {
      let rows: Record<string, unknown>[];
      try {
        ({ rows } = await session!.query(
          `select person, period, team, manager, hired::text as hired, exited::text as exited, internal_moves as "internalMoves",
              connection, learning_hours as "learningHours", aligned, wellbeing
            from workforce where (person, period) > ($1, $2) order by person, period limit ${PAGE}`,
          after,
        ));
      } catch (error) {
        await session!.end();
        throw error;
      }
      if (rows.length) {
        const last = rows.at(-1)!;
        after = [last.person as string, last.period as string];
        controller.enqueue(encoder.encode(rows.map((row) => `${JSON.stringify(row)}\n`).join('')));
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
