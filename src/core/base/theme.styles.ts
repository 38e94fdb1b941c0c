import { css } from 'lit';

/**
 * The design tokens every element shares. Public tokens are `--pk-*` custom properties a themer
 * sets on the element or any ancestor; the private `--_*` aliases hold the defaults, light and dark
 * through `light-dark()`, so a themer's value wins in both schemes unless they use `light-dark()` too.
 *
 * The colour scheme follows the page (`color-scheme` of the host page) unless the element or the
 * page configuration says `theme="light" | "dark" | "auto"` (auto follows the operating system).
 */
export const tokens = css`
  :host {
    --_font: var(--pk-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', sans-serif);
    --_font-size: var(--pk-font-size, 1rem);
    --_line-height: var(--pk-line-height, 1.5);
    --_text: var(--pk-color-text, light-dark(#1f2328, #e6edf3));
    --_text-muted: var(--pk-color-text-muted, light-dark(#57606a, #9da7b3));
    --_surface: var(--pk-color-surface, light-dark(#ffffff, #0d1117));
    --_surface-raised: var(--pk-color-surface-raised, light-dark(#f6f8fa, #161b22));
    --_border: var(--pk-color-border, light-dark(#d0d7de, #3d444d));
    --_accent: var(--pk-color-accent, light-dark(#0a5cc2, #6cb6ff));
    --_accent-text: var(--pk-color-accent-text, light-dark(#ffffff, #0d1117));
    --_accent-soft: var(--pk-color-accent-soft, light-dark(#ddf4ff, #12263f));
    --_hero: var(--pk-color-hero, light-dark(#8a4b00, #f0b45b));
    --_hero-soft: var(--pk-color-hero-soft, light-dark(#fff4e0, #2d2110));
    --_success: var(--pk-color-success, light-dark(#1a7f37, #56d364));
    --_warning: var(--pk-color-warning, light-dark(#8a5a00, #e3b341));
    --_danger: var(--pk-color-danger, light-dark(#b42318, #ff8a80));
    --_danger-soft: var(--pk-color-danger-soft, light-dark(#fff1f0, #2d1414));
    --_focus: var(--pk-color-focus, light-dark(#0a5cc2, #6cb6ff));
    --_radius: var(--pk-radius, 0.5rem);
    --_space: var(--pk-space, 1rem);
    --_shadow: var(--pk-shadow, 0 1px 3px rgb(0 0 0 / 0.12));
    --_motion: var(--pk-motion-duration, 160ms);
    display: block;
    box-sizing: border-box;
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  /* The root re-establishes every inherited property, so a host page's global CSS cannot leak in. */
  .root {
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    font-weight: normal;
    font-style: normal;
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    word-spacing: normal;
    word-break: normal;
    font-variant: normal;
    font-feature-settings: normal;
    text-shadow: none;
    color: var(--_text);
    -webkit-text-fill-color: currentcolor;
    -webkit-text-stroke-width: 0;
    overflow-wrap: anywhere;
  }

  .root.theme-light {
    color-scheme: light;
  }
  .root.theme-dark {
    color-scheme: dark;
  }
  .root.theme-auto {
    color-scheme: light dark;
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_motion: 0ms;
    }
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
