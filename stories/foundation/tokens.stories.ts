import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import customElements from '../../dist/custom-elements.json';
import { tokens } from '../../src/core/base/theme.styles.js';

/**
 * Every `--pk-*` token with its description (from custom-elements.json), its default (from the
 * base styles) and a live sample: the sample reads the token as the page sets it, so the theme
 * toolbar (light, dark, sample brand) changes it.
 */
interface Token {
  name: string;
  description: string;
  fallback: string;
}

interface CssProperty {
  name: string;
  description?: string;
}

const base = customElements.modules
  .flatMap((m) => m.declarations as { name: string; cssProperties?: CssProperty[] }[])
  .find((d) => d.name === 'PkElement');

/** `--_text: var(--pk-color-text, light-dark(#1f2328, #e6edf3));` → the default after the comma. */
const defaults = new Map(
  [...tokens.cssText.matchAll(/var\((--pk-[\w-]+),\s*([^;]+)\);/g)].map(([, name, fallback]) => [name!, fallback!]),
);

const list: Token[] = (base?.cssProperties ?? []).map(({ name, description = '' }) => ({
  name,
  description,
  fallback: defaults.get(name) ?? '',
}));

/** The CSS property a sample shows its token through. */
function sampleProperty(name: string): string {
  if (name.startsWith('--pk-color-')) return 'background';
  if (name === '--pk-radius') return 'border-radius';
  if (name === '--pk-shadow') return 'box-shadow';
  if (name === '--pk-space') return 'inline-size';
  return name.replace('--pk-', '').replace('motion-duration', 'transition-duration');
}

// Samples are styled from one constructed sheet (no inline styles): one rule per token.
const sheet = new CSSStyleSheet();
sheet.replaceSync(
  list
    .map(({ name, fallback }) => `.pk-token-sample[data-token='${name}'] { ${sampleProperty(name)}: var(${name}, ${fallback}); }`)
    .join('\n') +
    `
  .pk-tokens { border-collapse: collapse; font: 0.875rem/1.4 system-ui, sans-serif; color: inherit; }
  .pk-tokens th, .pk-tokens td { border-block-end: 1px solid #8888; padding: 0.4rem 0.75rem; text-align: start; vertical-align: middle; }
  .pk-tokens code { font-size: 0.8125rem; }
  .pk-token-sample { display: inline-block; min-inline-size: 2.5rem; block-size: 1.5rem; border: 1px solid #8888; border-radius: 0.25rem; }
  .pk-token-sample:not([data-token^='--pk-color-']) { background: #8882; }`,
);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const meta: Meta = {
  title: 'Foundation/Tokens',
  parameters: { docs: { description: { component: 'Every `--pk-*` design token, with a live sample.' } } },
};
export default meta;

export const AllTokens: StoryObj = {
  name: 'All tokens',
  render: () => html`<table class="pk-tokens">
    <caption>Design tokens shared by every element</caption>
    <thead>
      <tr><th scope="col">Token</th><th scope="col">Sample</th><th scope="col">Default</th><th scope="col">What it styles</th></tr>
    </thead>
    <tbody>
      ${list.map(
        (token) => html`<tr>
          <th scope="row"><code>${token.name}</code></th>
          <td><span class="pk-token-sample" data-token=${token.name}>${token.name.startsWith('--pk-color-') ? '' : 'Aa'}</span></td>
          <td><code>${token.fallback}</code></td>
          <td>${token.description}</td>
        </tr>`,
      )}
    </tbody>
  </table>`,
};
