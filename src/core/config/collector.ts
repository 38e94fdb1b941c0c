/**
 * What the `collector` setting derives: the URLs of a Purpose Kit collector's routes, below
 * `{collector}/v1/`. Every element's entry has it, so it stays this small.
 */
import type { PageConfig } from './config.js';

/** `{collector}/v1/{route}` (however many slashes end the base), or `undefined` without a collector. */
export function collectorUrl({ collector }: PageConfig, route: string): string | undefined {
  return collector ? collector.replace(/\/*$/, '/v1/') + route : undefined;
}

/** The configuration with what the collector gives where it says nothing: manifest, endpoint and its format. */
export function withCollector(config: PageConfig): PageConfig {
  const routes = collectorUrl(config, '');
  return routes ? { manifest: routes + 'manifest', ...(!config.endpoint && { endpoint: routes + 'events', format: 'json' }), ...config } : config;
}
