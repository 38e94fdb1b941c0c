/**
 * Page-level settings, set once per page with `configure()` or a `<pk-config>` element, and
 * overridable per element. Nothing here is persisted: the headers callback runs at send time so
 * no credential is ever stored.
 */
export type ReportingFormat = 'json' | 'xapi';
export type ThemeName = 'light' | 'dark' | 'auto';

/** A manifest given as a URL (string) or as an already-parsed object. */
export type ManifestSetting = string | object;

export interface PageConfig {
  /** The pathway manifest: a URL, or an object. */
  manifest?: ManifestSetting;
  /** Where learner events are posted; defaults to the manifest's `reporting.endpoint`. */
  endpoint?: string;
  /** Wire format of learner events; defaults to the manifest's `reporting.format`, else `json`. */
  format?: ReportingFormat;
  /** The learner's id, as the host's identity system knows it. */
  learner?: string;
  /** Preferred locale (BCP 47); an element's own `lang` still wins. */
  locale?: string;
  /** Colour scheme; unset follows the page's `color-scheme`, `auto` follows the operating system. */
  theme?: ThemeName;
  /** Marks the learner as a subject-matter expert (may endorse content). */
  expert?: boolean;
  /** Extra request headers (e.g. `Authorization`), computed at send time. */
  headers?: () => HeadersInit | Promise<HeadersInit>;
  /** `include` sends cookies to a cross-origin endpoint (cookie-based SSO). */
  credentials?: RequestCredentials;
  /**
   * The base URL of a Purpose Kit collector (`purpose-kit-server`), absolute or relative to the
   * page: `https://learning.example.com/pk` or `/pk`. What is not set explicitly comes from it:
   * the manifest (`{collector}/v1/manifest`), the endpoint (`{collector}/v1/events`, format
   * `json`; it wins over the manifest's `reporting`), the ratings of `<pk-relevance-report>`
   * (`/v1/ratings`), the team of `<pk-team-digest>` (`/v1/teams/{learner}`) and the live
   * endorsements `<pk-relevance-rater>` shows (`/v1/endorsements`). The `headers` callback goes
   * with documents read from below `{collector}/v1/`, never with other documents.
   */
  collector?: string;
}

export const CONFIG_KEYS = [
  'manifest',
  'endpoint',
  'format',
  'learner',
  'locale',
  'theme',
  'expert',
  'headers',
  'credentials',
  'collector',
] as const satisfies readonly (keyof PageConfig)[];

let pageConfig: Readonly<PageConfig> = Object.freeze({});
const listeners = new Set<() => void>();

/**
 * Sets page-wide defaults for every `pk-*` element; later calls merge into earlier ones, and an
 * `undefined` value removes a setting. Elements already on the page update.
 */
export function configure(settings: PageConfig): void {
  const next: PageConfig = { ...pageConfig };
  for (const key of CONFIG_KEYS) {
    if (!(key in settings)) continue;
    const value = settings[key];
    if (value === undefined) delete next[key];
    else (next as Record<string, unknown>)[key] = value;
  }
  pageConfig = Object.freeze(next);
  notifyConfigChange();
}

export function getPageConfig(): Readonly<PageConfig> {
  return pageConfig;
}

/** Forgets every page setting (for tests and single-page apps that switch tenants). */
export function resetConfig(): void {
  pageConfig = Object.freeze({});
  notifyConfigChange();
}

/** Runs `listener` whenever page configuration changes; returns the unsubscribe function. */
export function onConfigChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Counts configuration changes, so a snapshot of the page's settings knows when it is stale. */
let changes = 0;

export function configChanges(): number {
  return changes;
}

export function notifyConfigChange(): void {
  changes++;
  for (const listener of listeners) listener();
}
