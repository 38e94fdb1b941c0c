/**
 * One collector: the store opened and migrated, the manifest seeded, the HTTP server listening,
 * expired events deleted now and every hour. `close()` stops taking requests, lets those in flight
 * finish, then closes the store.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { authenticator } from './auth/identity.js';
import { createApp } from './http/app.js';
import { startLrsLink, type RunningLrsLink } from './lrs/link.js';
import { ManifestStore } from './manifest/manifest-store.js';
import { expireEvents } from './privacy/erase.js';
import { pseudonymiser } from './privacy/pseudonym.js';
import type { Settings } from './settings.js';
import { migrate } from './store/migrations.js';
import { openStore, type Store } from './store/store.js';

export interface Collector {
  url: string;
  store: Store;
  close(): Promise<void>;
}

const HOUR = 60 * 60 * 1000;

export async function startCollector(settings: Settings, say: (line: string) => void = console.log): Promise<Collector> {
  const store = await openStore(settings);
  let lrs: RunningLrsLink | undefined;
  try {
    await migrate(store);
    const manifests = new ManifestStore(store);
    if (settings.manifestFile) await seedManifest(manifests, settings.manifestFile, say);
    const secret = settings.secret ?? (await devSecret(store));
    const expire = () =>
      expireEvents(store, settings.retentionDays).then(
        ({ expired }) => expired > 0 && say(`retention: deleted ${expired} event(s) older than ${settings.retentionDays} days`),
        (error: Error) => console.error(`[purpose-kit-server] retention failed: ${error.message}`),
      );
    await expire();
    const timer = setInterval(expire, HOUR).unref();
    lrs = settings.lrs && startLrsLink(store, settings.lrs, pseudonymiser(secret), manifests, say);
    const app = createApp({
      store,
      manifests,
      pseudonymise: pseudonymiser(secret),
      authenticate: authenticator(settings.auth),
      allowedOrigins: settings.allowedOrigins,
      minGroup: settings.minGroup,
      rateLimit: settings.rateLimit,
      ...(!settings.quiet && { log: say }),
      ...(lrs && { lrs }),
    });
    const server = await listen(app.fetch, settings.port, settings.host);
    const { port } = server.address() as AddressInfo;
    const url = `http://${settings.host.includes(':') ? `[${settings.host}]` : settings.host}:${port}`;
    return {
      url,
      store,
      async close() {
        clearInterval(timer);
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await lrs?.close();
        await store.close();
      },
    };
  } catch (error) {
    await lrs?.close().catch(() => undefined);
    await store.close().catch(() => undefined);
    throw error;
  }
}

function listen(fetch: (request: Request) => Response | Promise<Response>, port: number, hostname: string): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname }, () => resolve(server));
    server.once('error', reject);
  });
}

async function seedManifest(manifests: ManifestStore, file: string, say: (line: string) => void): Promise<void> {
  const text = await readFile(file, 'utf8');
  const latest = await manifests.latest();
  if (latest) {
    if (latest.body !== text) say(`manifest: serving stored version ${latest.version}; ${file} differs and was not loaded (PUT /v1/manifest to replace it)`);
    return;
  }
  const result = await manifests.put(text, undefined, 'file');
  if (!result.ok) {
    const problems = result.reason === 'invalid' ? result.errors.map((issue) => `${issue.path || '(document)'}: ${issue.message}`) : [result.reason];
    throw new Error(`${file} is not a valid manifest:\n  ${problems.join('\n  ')}`);
  }
  say(`manifest: stored ${file} as version ${result.version.version}`);
}

/** Without PK_SECRET (only allowed with --dev), a random secret kept in the store keeps pseudonyms stable across restarts. */
async function devSecret(store: Store): Promise<string> {
  await store.query("insert into settings (name, value) values ('dev-secret', $1) on conflict (name) do nothing", [randomBytes(32).toString('base64url')]);
  const { rows } = await store.query<{ value: string }>("select value from settings where name = 'dev-secret'");
  return rows[0]!.value;
}
