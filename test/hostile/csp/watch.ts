/** The strict-CSP page's first script: it watches the page before the library loads. */
import { PageWatch } from '../../support/page-watch.js';

declare global {
  interface Window {
    pkWatch?: PageWatch;
  }
}

window.pkWatch = new PageWatch();
