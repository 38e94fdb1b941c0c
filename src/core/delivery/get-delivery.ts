import { channelName, Delivery } from './delivery.js';
import { resolveOptions, type DeliveryOptions, type ResolvedOptions } from './options.js';

const shared = new Map<string, { delivery: Delivery; options: ResolvedOptions }>();

/**
 * The page's one delivery per endpoint and format: every element that reports to the same place
 * shares one outbox, one sender and one status.
 */
export function getDelivery(options: DeliveryOptions): Delivery {
  const resolved = resolveOptions(options);
  const channel = channelName(resolved.format, resolved.endpoint);
  const existing = shared.get(channel);
  if (existing && !existing.delivery.disposed) {
    if (!sameSettings(existing.options, resolved, options.xapi === undefined)) {
      console.warn(
        `[purpose-kit] getDelivery(${resolved.endpoint}, ${resolved.format}) was called again with other options; the first ones stay in force.`,
      );
    }
    return existing.delivery;
  }
  const delivery = new Delivery(options);
  shared.set(channel, { delivery, options: resolved });
  return delivery;
}

/**
 * Same settings; callbacks (headers, an actor function, a transform) are compared by presence,
 * since hosts often pass a fresh arrow. A call without xapi options (an element's) takes the
 * first call's: the page set them up, the element does not know them.
 */
function sameSettings(a: ResolvedOptions, b: ResolvedOptions, anyXapi: boolean): boolean {
  return (
    a.credentials === b.credentials &&
    a.batchSize === b.batchSize &&
    a.flushIntervalMs === b.flushIntervalMs &&
    a.timeoutMs === b.timeoutMs &&
    (anyXapi || sameXapi(a.xapi, b.xapi)) &&
    (a.headers === undefined) === (b.headers === undefined)
  );
}

function sameXapi(a: ResolvedOptions['xapi'], b: ResolvedOptions['xapi']): boolean {
  const shape = (xapi: ResolvedOptions['xapi']) =>
    JSON.stringify([xapi?.homePage, typeof xapi?.actor === 'function' || xapi?.actor, xapi?.registration, xapi?.contextTemplate, xapi?.transform !== undefined]);
  return shape(a) === shape(b);
}
