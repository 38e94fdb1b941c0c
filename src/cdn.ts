/**
 * The CDN module: `<script type="module" src=".../purpose-kit.js">` defines every element, and
 * `import { configure } from '.../purpose-kit.js'` gives the whole public API.
 */
import './define.js';

export * from './index.js';
