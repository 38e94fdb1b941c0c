/**
 * The collector's settings, from flags and the environment (a flag wins). What would make an unsafe
 * or broken server is refused here, before anything starts, with one sentence per problem.
 */
import { parseArgs } from 'node:util';
import type { AuthSettings } from './auth/identity.js';
import { LRS_FLAGS, LRS_USAGE, readLrsSettings, type LrsSettings } from './lrs/settings.js';

export interface Settings {
  port: number;
  host: string;
  dataDir?: string;
  databaseUrl?: string;
  manifestFile?: string;
  dev: boolean;
  auth: AuthSettings;
  secret?: string;
  allowedOrigins: string[];
  retentionDays: number;
  minGroup: number;
  rateLimit: number;
  quiet: boolean;
  /** `--lrs`: forward to and pull from an xAPI LRS. */
  lrs?: LrsSettings;
}

export const USAGE = `Usage: purpose-kit-server [options]

  --data DIR             PGlite data directory (default ./pk-data); DATABASE_URL=postgres://… uses PostgreSQL instead
  --manifest FILE        the pathway manifest to serve, stored as version 1 when the store has none
  --port N               default 8787            --host ADDRESS   default 127.0.0.1
  --dev                  no learner authentication (development only; said on every start)
  --retention-days N     delete events older than N days (default 730)
  --min-group N          leave out aggregates of fewer than N people (default 5)
  --rate-limit N         requests per minute per caller, 0 for none (default 600)
  --quiet                no request log
${LRS_USAGE}
Environment: PK_ADMIN_TOKEN, PK_JWKS_URL, PK_JWT_ISSUER, PK_JWT_AUDIENCE, PK_JWT_ROLES_CLAIM (default roles),
  PK_PROXY_USER_HEADER, PK_PROXY_ROLES_HEADER, PK_ALLOWED_ORIGINS (comma-separated), PK_SECRET, DATABASE_URL,
  PK_LRS_KEY, PK_LRS_SECRET.
Pull from the LRS once: purpose-kit-server sync --help.
See docs/collector.md.`;

export type ReadSettings = { ok: true; settings: Settings } | { ok: false; problems: string[] } | { ok: 'help' };

export function readSettings(argv: readonly string[], env: NodeJS.ProcessEnv): ReadSettings {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        data: { type: 'string' },
        manifest: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        dev: { type: 'boolean' },
        'retention-days': { type: 'string' },
        'min-group': { type: 'string' },
        'rate-limit': { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        ...LRS_FLAGS,
      },
      strict: true,
    }));
  } catch (error) {
    return { ok: false, problems: [(error as Error).message] };
  }
  if (values.help) return { ok: 'help' };
  const problems: string[] = [];
  const whole = (name: string, value: string | boolean | undefined, fallback: number, min: number, max: number) => {
    if (value === undefined) return fallback;
    const number = Number(value);
    if (typeof value === 'string' && Number.isInteger(number) && number >= min && number <= max) return number;
    problems.push(`--${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`);
    return fallback;
  };
  const dev = values.dev === true;
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const jwksUrl = text(env.PK_JWKS_URL);
  const userHeader = text(env.PK_PROXY_USER_HEADER);
  const adminToken = text(env.PK_ADMIN_TOKEN);
  const secret = text(env.PK_SECRET);
  if (jwksUrl && !URL.canParse(jwksUrl)) problems.push(`PK_JWKS_URL is not a URL: ${jwksUrl}`);
  if (!dev && !jwksUrl && !userHeader) {
    problems.push('no way to authenticate learners: set PK_JWKS_URL (with PK_JWT_ISSUER and PK_JWT_AUDIENCE) or PK_PROXY_USER_HEADER, or start with --dev for development');
  }
  if (!dev && !secret) problems.push('PK_SECRET is not set: learner ids are stored as pseudonyms under it (use 32 or more random bytes, and keep it: a new secret makes new pseudonyms)');
  if (secret && secret.length < 16) problems.push('PK_SECRET is too short: use at least 16 characters (32 random bytes recommended)');
  if (adminToken && adminToken.length < 16) problems.push('PK_ADMIN_TOKEN is too short: use at least 16 characters');
  const lrs = readLrsSettings(values, env, problems);
  const settings: Settings = {
    port: whole('port', values.port, 8787, 0, 65535),
    host: text(values.host) ?? '127.0.0.1',
    ...(text(env.DATABASE_URL) ? { databaseUrl: text(env.DATABASE_URL) } : { dataDir: text(values.data) ?? './pk-data' }),
    ...(text(values.manifest) && { manifestFile: text(values.manifest) }),
    dev,
    auth: {
      dev,
      ...(adminToken && { adminToken }),
      ...(jwksUrl && {
        jwt: {
          jwksUrl,
          ...(text(env.PK_JWT_ISSUER) && { issuer: text(env.PK_JWT_ISSUER) }),
          ...(text(env.PK_JWT_AUDIENCE) && { audience: text(env.PK_JWT_AUDIENCE) }),
          rolesClaim: text(env.PK_JWT_ROLES_CLAIM) ?? 'roles',
        },
      }),
      ...(userHeader && { proxy: { userHeader, ...(text(env.PK_PROXY_ROLES_HEADER) && { rolesHeader: text(env.PK_PROXY_ROLES_HEADER) }) } }),
    },
    ...(secret && { secret }),
    allowedOrigins: (env.PK_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
    retentionDays: whole('retention-days', values['retention-days'], 730, 1, 36_600),
    minGroup: whole('min-group', values['min-group'], 5, 1, 1000),
    rateLimit: whole('rate-limit', values['rate-limit'], 600, 0, 10_000_000),
    quiet: values.quiet === true,
    ...(lrs && { lrs }),
  };
  return problems.length ? { ok: false, problems } : { ok: true, settings };
}
