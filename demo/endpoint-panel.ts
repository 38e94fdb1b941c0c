/** Shows, live, what the demo's local endpoint received (server-sent events from endpoint.ts). */
import type { Received } from './endpoint.js';

const MAX_SHOWN = 50;

export function watchEndpoint(list: HTMLOListElement | HTMLElement, status: HTMLElement, fault: HTMLSelectElement): void {
  let count = 0;
  const show = (items: Received[]) => {
    for (const item of items) {
      count++;
      const entry = document.createElement('li');
      const title = document.createElement('strong');
      title.textContent = item.type ?? 'event';
      const meta = document.createElement('span');
      meta.textContent = ` ${new Date(item.receivedAt).toLocaleTimeString()} · ${item.format} · ${item.id ?? ''}`;
      const details = document.createElement('details');
      const summary = document.createElement('summary');
      summary.textContent = 'payload';
      const pre = document.createElement('pre');
      pre.textContent = JSON.stringify(item.payload, null, 2);
      details.append(summary, pre);
      entry.append(title, meta, details);
      list.prepend(entry);
    }
    while (list.children.length > MAX_SHOWN) list.lastElementChild!.remove();
    status.textContent = count === 0 ? 'No events yet.' : `${count} event${count === 1 ? '' : 's'} received.`;
  };

  const stream = new EventSource('/api/events/stream');
  stream.addEventListener('snapshot', (event) => {
    const snapshot = JSON.parse((event as MessageEvent<string>).data) as { received: Received[]; fault: string };
    list.replaceChildren();
    count = 0;
    show(snapshot.received);
    fault.value = snapshot.fault;
  });
  stream.addEventListener('received', (event) => show(JSON.parse((event as MessageEvent<string>).data) as Received[]));
  stream.addEventListener('fault', (event) => {
    fault.value = (JSON.parse((event as MessageEvent<string>).data) as { fault: string }).fault;
  });

  fault.addEventListener('change', () => {
    void fetch('/api/events/fault', { method: 'POST', body: JSON.stringify({ mode: fault.value }) });
  });
}
