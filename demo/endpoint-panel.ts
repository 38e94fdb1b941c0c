/**
 * Shows what the collector stored, newest first: the demo runs it with --dev, so the page may read
 * its export (in production that needs the ld-ops role). Learner ids appear as the pseudonyms the
 * collector keeps instead of them.
 */
const MAX_SHOWN = 50;
const EVERY_MS = 1500;

interface StoredEvent {
  id: string;
  type: string;
  time: string;
  learnerId: string;
}

export function watchCollector(list: HTMLElement, status: HTMLElement, fault: HTMLSelectElement): void {
  let shown = '';
  const refresh = async () => {
    try {
      const response = await fetch('/pk/v1/export');
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const events = (await response.text()).split('\n').filter(Boolean).map((line) => JSON.parse(line) as StoredEvent);
      status.textContent = events.length === 0 ? 'No events stored yet.' : `${events.length} event${events.length === 1 ? '' : 's'} stored.`;
      const latest = events.slice(-MAX_SHOWN).reverse();
      const key = latest.map((event) => event.id).join();
      if (key === shown) return;
      shown = key;
      list.replaceChildren(...latest.map(entryOf));
    } catch (error) {
      status.textContent = `The collector cannot be reached (${(error as Error).message}).`;
    }
  };
  void refresh();
  setInterval(refresh, EVERY_MS);

  fault.addEventListener('change', () => {
    void fetch('/demo-fault', { method: 'POST', body: JSON.stringify({ mode: fault.value }) });
  });
}

function entryOf(event: StoredEvent): HTMLLIElement {
  const entry = document.createElement('li');
  const title = document.createElement('strong');
  title.textContent = event.type;
  const meta = document.createElement('span');
  meta.textContent = ` ${new Date(event.time).toLocaleTimeString()} · learner ${event.learnerId.slice(0, 8)}…`;
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = 'as stored';
  const pre = document.createElement('pre');
  pre.textContent = JSON.stringify(event, null, 2);
  details.append(summary, pre);
  entry.append(title, meta, details);
  return entry;
}
