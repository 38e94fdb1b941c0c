import type { PkEvent } from './event.js';
import type { WireFormat } from './wire-format.js';
import type { ResolvedXapiOptions } from './xapi-options.js';
import { toStatement, type XapiSite } from './xapi-statement.js';

/**
 * xAPI 1.0.3: `POST {endpoint}/statements` with an array of statements. An item is `null` when the
 * transform drops the event; it throws, with a message that names the culprit, when the statement
 * cannot be made (an actor function or a transform that throws or gives no object).
 */
export function xapiFormat(endpoint: string, site: XapiSite, options: Omit<ResolvedXapiOptions, 'homePage'> = {}): WireFormat {
  const url = new URL(endpoint);
  url.pathname = url.pathname.replace(/\/*$/, '/statements');
  return {
    url: url.href,
    headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' },
    item: (event) => {
      const statement = toStatement(event, site, options);
      return options.transform ? transformed(options.transform, statement, event) : JSON.stringify(statement);
    },
    body: (items) => `[${items.join(',')}]`,
  };
}

function transformed(transform: NonNullable<ResolvedXapiOptions['transform']>, statement: ReturnType<typeof toStatement>, event: PkEvent): string | null {
  let result: unknown;
  try {
    // A copy: the statement shares the vocabulary's constant objects, which a transform must not change.
    result = transform(structuredClone(statement), structuredClone(event));
  } catch (error) {
    throw new Error(`xapi.transform threw: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (result === null) return null;
  if (typeof result !== 'object' || Array.isArray(result) || result === undefined) {
    throw new TypeError(`xapi.transform returned ${Array.isArray(result) ? 'an array' : String(result)}, not a statement or null`);
  }
  return JSON.stringify(result);
}

/** The page's language as an RFC 5646 tag for xAPI language maps, `und` (undetermined) if unknown. */
export function pageLanguage(): string {
  try {
    return Intl.getCanonicalLocales(document.documentElement.lang || 'und')[0] ?? 'und';
  } catch {
    return 'und';
  }
}
