import { css } from 'lit';
import { flagStyles } from '../../core/base/flags.styles.js';

export const styles = [
  flagStyles,
  css`
  :host {
    display: block;
    --_max-width: var(--pk-manifest-studio-max-width, 80rem);
    --_flag-color: var(--pk-manifest-studio-flag-color, var(--_warning));
    --_flag-background: var(--pk-manifest-studio-flag-background, var(--_danger-soft));
    --_error: var(--pk-manifest-studio-error-color, var(--_danger));
  }

  .studio {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    max-inline-size: var(--_max-width);
    container-type: inline-size;
  }

  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.25;
  }

  h2 {
    font-size: 1.25em;
  }

  h3,
  h4 {
    font-size: 1em;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) / 2);
    padding-block-end: calc(var(--_space) / 2);
    border-block-end: 1px solid var(--_border);
  }

  nav,
  .actions,
  .inline {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) / 2);
  }

  .status {
    flex-basis: 100%;
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  button {
    font: inherit;
    min-block-size: 2.25rem;
    padding: 0.25em 0.85em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    color: var(--_text);
    cursor: pointer;
  }

  button:disabled,
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }

  button.primary,
  button[aria-current='page'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-text);
  }

  button.link {
    min-block-size: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
  }

  button.quiet {
    background: none;
  }

  .announcement {
    margin: 0;
    font-weight: 600;
  }

  .announcement:empty {
    display: none;
  }

  .view {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }

  table {
    border-collapse: collapse;
    inline-size: 100%;
  }

  th,
  td {
    padding: 0.4em 0.6em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  th[scope='row'] {
    font-weight: normal;
  }

  .numeric {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  .meta,
  .hint,
  .muted,
  .summary {
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  .meta,
  .hint {
    display: block;
  }

  .done,
  .ok {
    color: var(--_success);
  }

  .problem,
  .issues {
    color: var(--_error);
  }

  .issues {
    margin: 0;
    padding-inline-start: 1.2em;
    font-size: 0.875em;
  }

  .issues .path {
    font-family: ui-monospace, monospace;
  }

  .editor-columns {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr);
    gap: var(--_space);
    align-items: start;
  }

  @container (max-width: 48rem) {
    .editor-columns {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  .editor-fields {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }

  fieldset {
    margin: 0;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }

  legend {
    font-weight: 600;
    padding-inline: 0.3em;
  }

  .reframe {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: calc(var(--_space) / 2);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
  }

  label {
    font-weight: 600;
  }

  input[type='text'],
  textarea,
  select {
    font: inherit;
    padding: 0.35em 0.5em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
  }

  [aria-invalid='true'] {
    border-color: var(--_error);
    box-shadow: 0 0 0 1px var(--_error);
  }

  .checks,
  .pathways,
  .suggestions ul,
  .inbox,
  .changes {
    display: flex;
    flex-direction: column;
    gap: 0.4em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .checks label {
    font-weight: normal;
  }

  .pathways > li,
  .inbox > li {
    padding: 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: flex;
    flex-direction: column;
    gap: 0.3em;
  }

  .inbox p {
    margin: 0;
  }

  .pathway-title {
    font-weight: 600;
  }

  .suggestions {
    padding: 0.5em;
    border-radius: var(--_radius);
    background: var(--_accent-soft);
  }

  .suggestions li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }

  .match {
    font-size: 0.875em;
    color: var(--_text-muted);
  }

  .create {
    display: flex;
    flex-direction: column;
    align-items: start;
    gap: 0.5em;
  }

  .create-fields {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    align-self: stretch;
  }

  .preview {
    position: sticky;
    inset-block-start: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    padding: calc(var(--_space) * 0.75);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }

  del {
    color: var(--_error);
  }

  ins {
    color: var(--_success);
    text-decoration: none;
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .flag,
    button[aria-current='page'] {
      border: 1px solid CanvasText;
    }
  }
`,
];
