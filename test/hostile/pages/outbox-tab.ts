/**
 * A tab that queues five learner events for the endpoint in its `?endpoint=` and starts sending
 * them at once; `window.pkTab` resolves to their ids once they are stored.
 */
import { getDelivery } from '../../../src/core/delivery/get-delivery.js';
import { rating } from '../../core/delivery/support.js';

declare global {
  interface Window {
    pkTab?: Promise<string[]>;
  }
}

const endpoint = new URLSearchParams(location.search).get('endpoint')!;
const delivery = getDelivery({ endpoint, format: 'json', batchSize: 50, flushIntervalMs: 0 });

window.pkTab = (async () => {
  const ids: string[] = [];
  for (let n = 0; n < 5; n++) ids.push((await delivery.enqueue(rating(n))).id);
  return ids;
})();
