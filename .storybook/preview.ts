import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';

/**
 * Global toolbars: colour scheme and locale apply to every story. The locale sets `lang` (and
 * `dir` for right-to-left locales) on the story's wrapper, exactly as a host page would.
 */
const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
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
      const dark = context.globals.theme === 'dark';
      document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
      document.body.classList.toggle('pk-story-dark', dark);
      return html`<div lang=${locale} dir=${locale === 'ar' ? 'rtl' : 'ltr'} class="pk-story">${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
