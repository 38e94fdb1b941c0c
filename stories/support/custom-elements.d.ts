/**
 * dist/custom-elements.json is written by `npm run build:manifest` (which `storybook` and
 * `build-storybook` run first); this types it even before the first build, so the type-check
 * does not depend on build order.
 */
declare module '*/custom-elements.json' {
  import type { Package } from 'custom-elements-manifest/schema';
  const manifest: Package;
  export default manifest;
}
