/** Every refusal is JSON: a stable `error` code, a sentence, and where there are several, each problem with its path. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface Problem {
  index?: number;
  path: string;
  message: string;
}

export function refuse(
  c: Context,
  status: ContentfulStatusCode,
  error: string,
  message: string,
  extra: { problems?: readonly Problem[]; [key: string]: unknown } = {},
): Response {
  return c.json({ error, message, ...extra }, status);
}
