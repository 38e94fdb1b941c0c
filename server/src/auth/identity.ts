/**
 * Who is asking. Learners and managers come from the company's identity provider: a JWT verified
 * against its JWKS (the elements send it through their `headers` callback), or a reverse proxy that
 * signed them in and names them in a header (a same-origin session). L&D operations hold the
 * `ld-ops` role, or the collector's admin token. `--dev` lets anyone do anything, and says so.
 */
import { timingSafeEqual } from 'node:crypto';
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';

export const LD_OPS = 'ld-ops';

export interface Identity {
  /** How the caller was recognised. */
  via: 'dev' | 'admin' | 'jwt' | 'proxy';
  /** Their learner id (the token's subject); undefined for the admin token and in dev. */
  subject?: string;
  roles: ReadonlySet<string>;
  /** As the identity provider names them, for endorsements they send. */
  name?: string;
  title?: string;
}

export interface AuthSettings {
  dev: boolean;
  adminToken?: string;
  jwt?: { jwksUrl: string; issuer?: string; audience?: string; rolesClaim: string };
  proxy?: { userHeader: string; rolesHeader?: string };
}

export type Authenticate = (headers: Headers) => Promise<Identity | undefined>;

export class AuthError extends Error {}

export function authenticator(settings: AuthSettings): Authenticate {
  const jwks = settings.jwt && createRemoteJWKSet(new URL(settings.jwt.jwksUrl));
  const admin = settings.adminToken && Buffer.from(settings.adminToken);
  return async (headers) => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(headers.get('authorization') ?? '')?.[1];
    if (bearer && admin && equal(Buffer.from(bearer), admin)) return { via: 'admin', roles: new Set([LD_OPS]) };
    if (bearer && jwks && settings.jwt) {
      const { issuer, audience, rolesClaim } = settings.jwt;
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(bearer, jwks, { ...(issuer && { issuer }), ...(audience && { audience }) }));
      } catch (error) {
        // The identity provider's keys could not be fetched: our failure, not the token's (503, retried).
        if (!(error instanceof errors.JOSEError) || error instanceof errors.JWKSTimeout) throw error;
        throw new AuthError(`the bearer token was not accepted: ${error.message}`);
      }
      if (typeof payload.sub !== 'string' || payload.sub === '') throw new AuthError('the bearer token has no subject');
      return {
        via: 'jwt',
        subject: payload.sub,
        roles: new Set(rolesOf(payload[rolesClaim])),
        ...(typeof payload.name === 'string' && { name: payload.name }),
        ...(typeof payload.title === 'string' && { title: payload.title }),
      };
    }
    if (bearer) throw new AuthError('the bearer token was not accepted');
    const user = settings.proxy && headers.get(settings.proxy.userHeader);
    if (user && settings.proxy) {
      const roles = settings.proxy.rolesHeader ? headers.get(settings.proxy.rolesHeader) ?? '' : '';
      return { via: 'proxy', subject: user, roles: new Set(rolesOf(roles.split(/[,\s]+/))) };
    }
    if (settings.dev) return { via: 'dev', roles: new Set([LD_OPS]) };
    return undefined;
  };
}

function rolesOf(claim: unknown): string[] {
  if (typeof claim === 'string') return claim.split(/[,\s]+/).filter(Boolean);
  return Array.isArray(claim) ? claim.filter((role): role is string => typeof role === 'string' && role !== '') : [];
}

function equal(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** May `identity` send events as `learnerId`? Only as themself (the admin token and dev: as anyone). */
export const mayActAs = (identity: Identity, learnerId: string) =>
  identity.via === 'dev' || identity.via === 'admin' || identity.subject === learnerId;

export const isLdOps = (identity: Identity) => identity.roles.has(LD_OPS);

/** A manager reads their own team; L&D operations read any. */
export const mayReadTeam = (identity: Identity, manager: string) => isLdOps(identity) || identity.subject === manager;
