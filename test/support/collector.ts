/** A collector base URL on a port nothing listens on: every request to it fails as a refused connection does. */
export const UNREACHABLE_COLLECTOR = 'http://127.0.0.1:59999/pk';

/** The page's `headers()` callback of the collector tests. */
export const AUTHORIZATION = { Authorization: 'Bearer ld-ops-token' };
export const authorize = () => AUTHORIZATION;
