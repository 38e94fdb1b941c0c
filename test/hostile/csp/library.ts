/** The strict-CSP page's second script: the library, every element defined. */
import { loadLibrary } from '../../support/defined-elements.js';

declare global {
  interface Window {
    pkLibrary?: Promise<readonly string[]>;
  }
}

window.pkLibrary = loadLibrary();
