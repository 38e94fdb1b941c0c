/**
 * Serves the strict-CSP test page (test/hostile/csp/page.html) with a Content-Security-Policy that
 * allows nothing inline and nothing evaluated, and requires Trusted Types for every script sink
 * (Koa middleware in the test runner's dev server). Only that page gets the header: the runner's own
 * pages keep working as they are.
 */
export const STRICT_CSP_PAGE = '/test/hostile/csp/page.html';
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

export function strictCsp() {
  return async function strictCsp(ctx, next) {
    await next();
    if (ctx.path === STRICT_CSP_PAGE) ctx.set('Content-Security-Policy', STRICT_CSP);
  };
}
