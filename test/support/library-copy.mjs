/**
 * Serves the whole repository a second time under `/__copy/` (Koa middleware in the test runner's
 * dev server), so a page can load a second, independent copy of the library: every module under
 * another URL is another module instance, as when a page has both the npm build and the CDN file.
 */
export const COPY_PREFIX = '/__copy/';

export function libraryCopy() {
  return async function libraryCopy(ctx, next) {
    if (ctx.path.startsWith(COPY_PREFIX)) ctx.url = `/${ctx.url.slice(COPY_PREFIX.length)}`;
    return next();
  };
}
