import { toStatement, type XapiSite } from './xapi-statement.js';
import type { WireFormat } from './wire-format.js';

/** xAPI 1.0.3: `POST {endpoint}/statements` with an array of statements. */
export function xapiFormat(endpoint: string, site: XapiSite): WireFormat {
  const url = new URL(endpoint);
  url.pathname = url.pathname.replace(/\/*$/, '/statements');
  return {
    url: url.href,
    headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' },
    item: (event) => JSON.stringify(toStatement(event, site)),
    body: (items) => `[${items.join(',')}]`,
  };
}

/** The page's language as an RFC 5646 tag for xAPI language maps, `und` (undetermined) if unknown. */
export function pageLanguage(): string {
  try {
    return Intl.getCanonicalLocales(document.documentElement.lang || 'und')[0] ?? 'und';
  } catch {
    return 'und';
  }
}
