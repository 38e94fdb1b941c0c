import { jsonFormat } from './json-format.js';
import type { ResolvedOptions } from './options.js';
import type { WireFormat } from './wire-format.js';
import { pageLanguage, xapiFormat } from './xapi-format.js';

export type { FormatName, WireFormat } from './wire-format.js';

/** How events travel for these options: a json batch, or xAPI statements with the site's xapi options. */
export function wireFormatFor({ endpoint, xapi }: ResolvedOptions): WireFormat {
  if (!xapi) return jsonFormat(endpoint);
  const { homePage, ...statementOptions } = xapi;
  return xapiFormat(endpoint, { homePage, language: pageLanguage() }, statementOptions);
}
