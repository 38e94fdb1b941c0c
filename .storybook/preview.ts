/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MINIMAL_VIEWPORTS } from 'storybook/viewport';
import customElements from '../dist/custom-elements.json';
import brandSample from '../src/themes/brand-sample.css?inline';
import '../src/define.js';

// Autodocs read attributes, properties, events, slots, CSS parts and `--pk-*` tokens from the
// manifest the build generates from the elements' JSDoc (`npm run build:manifest`).
setCustomElementsManifest(customElements);

/** The shipped sample brand (dist/themes/brand-sample.css), on the page only while chosen. */
const brandStyle = Object.assign(document.createElement('style'), { id: 'pk-brand-sample', textContent: brandSample });

const themes = {
  light: { title: 'Light', scheme: 'light', brand: false },
  dark: { title: 'Dark', scheme: 'dark', brand: false },
  brand: { title: 'Sample brand', scheme: 'light', brand: true },
  'brand-dark': { title: 'Sample brand, dark', scheme: 'dark', brand: true },
} as const;
type ThemeKey = keyof typeof themes;

function applyTheme(key: ThemeKey): void {
  const theme = themes[key] ?? themes.light;
  document.documentElement.style.colorScheme = theme.scheme;
  document.body.classList.toggle('pk-story-dark', theme.scheme === 'dark');
  if (theme.brand) document.head.append(brandStyle);
  else brandStyle.remove();
}

/**
 * Global toolbars: theme (colour scheme and brand), locale and viewport apply to every story. The
 * locale sets `lang` (and `dir` for right-to-left locales) on the story's wrapper, exactly as a
 * host page would.
 */
const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Colour scheme and brand',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: Object.entries(themes).map(([value, { title }]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Locale',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'ar', title: 'العربية (RTL)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  decorators: [
    (story, context) => {
      const locale = String(context.globals.locale ?? 'en');
      applyTheme(String(context.globals.theme ?? 'light') as ThemeKey);
      return html`<div lang=${locale} dir=${locale === 'ar' ? 'rtl' : 'ltr'} class="pk-story">${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    viewport: {
      options: {
        ...MINIMAL_VIEWPORTS,
        lms: { name: 'LMS content column (720px)', styles: { width: '720px', height: '900px' }, type: 'desktop' },
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
