/**
 * Vue's browser ES build (runtime and template compiler in one module, nothing to bundle), used by
 * test/frameworks/vue.test.ts: the same API as the `vue` package, which ships no declarations for it.
 */
declare module 'vue/dist/vue.esm-browser.js' {
  export * from 'vue';
}
