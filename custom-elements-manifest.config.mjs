/**
 * custom-elements.json from the elements' JSDoc (`@summary`, `@since`, `@dependency`, `@csspart`,
 * `@cssproperty`, `@cssstate`, `@event`, `@slot`),
 * written to dist/ by `npm run build:manifest`. The base class is analysed too, so every element
 * lists the inherited base parts, `--pk-*` tokens and `pk-error` (with `inheritedFrom`).
 */
import { classTagsPlugin, defineElementPlugin, eventTypesPlugin, shippedPathsPlugin } from './scripts/cem-plugins.mjs';

export default {
  globs: ['src/elements/**/*.ts', 'src/core/base/pk-element.ts', 'src/core/base/events/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [defineElementPlugin(), eventTypesPlugin(), classTagsPlugin(), shippedPathsPlugin()],
};
