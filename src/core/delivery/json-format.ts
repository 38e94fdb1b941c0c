import type { WireFormat } from './wire-format.js';

/** `POST {endpoint}` with `{"events": [envelope, …]}`; display context stays on the client. */
export function jsonFormat(endpoint: string): WireFormat {
  return {
    url: endpoint,
    headers: { 'Content-Type': 'application/json' },
    item: ({ display, ...event }) => JSON.stringify(event),
    body: (items) => `{"events":[${items.join(',')}]}`,
  };
}
