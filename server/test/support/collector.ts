/** A collector on real HTTP for a test, with settings a test can adjust, and small request helpers. */
import { randomUUID } from 'node:crypto';
import { startCollector, type Collector } from '../../src/collector.js';
import type { Settings } from '../../src/settings.js';
import type { StoreTarget } from './stores.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

export async function testCollector(target: StoreTarget, overrides: Partial<Settings> = {}): Promise<Collector> {
  const settings: Settings = {
    port: 0,
    host: '127.0.0.1',
    dev: false,
    auth: { dev: false, adminToken: ADMIN_TOKEN },
    secret: 'a-test-secret-of-some-length',
    allowedOrigins: [],
    retentionDays: 3650,
    minGroup: 1,
    rateLimit: 0,
    quiet: true,
    ...(await target.location()),
    ...overrides,
  };
  return startCollector(settings, () => undefined);
}

export const admin = { Authorization: `Bearer ${ADMIN_TOKEN}` };

export async function call(
  base: string,
  method: string,
  path: string,
  { body, headers = {} }: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Headers; json: any; text: string }> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)['Content-Type'] ??= 'application/json';
  }
  const response = await fetch(base + path, init);
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, json, text };
}

/** A rating event as the elements' json format sends it. */
export function rating(learnerId: string, courseId: string, relevance: number, clarity: number, time = new Date().toISOString()) {
  return { id: randomUUID(), time, learnerId, courseId, type: 'rating', data: { relevance, clarity } };
}

export const post = (base: string, events: unknown[], headers: Record<string, string> = admin) =>
  call(base, 'POST', '/v1/events', { body: { events }, headers });

/** Every stored event, from the export. */
export async function exported(base: string): Promise<any[]> {
  const { text } = await call(base, 'GET', '/v1/export', { headers: admin });
  return text.split('\n').filter(Boolean).map((line) => JSON.parse(line));
}
