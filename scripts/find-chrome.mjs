/**
 * The Chrome or Chromium that the tests, the Storybook check and the benchmark drive: CHROME_PATH,
 * else the usual install paths, else — as root on Debian — Debian's chromium package, installed
 * on the spot. When none can be had, the process stops with one sentence saying what to do.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { canInstallDebianPackages, installDebianPackage } from './debian-package.mjs';

/**
 * How every headless Chromium here is started (tests, benchmarks, checks). Without the
 * background-networking flags Chromium floods a closed network with connection attempts.
 */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** With several pages at once, background pages keep their timers and animation frames running. */
export const CHROME_PARALLEL_PAGE_ARGS = [
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

export const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * @param {{ env?: Record<string, string | undefined>, candidates?: string[], install?: boolean }} [options]
 *   `install: false` never runs apt-get (tests pass it, with their own candidates).
 * @returns {string} the executable's path
 */
export function findChrome({ env = process.env, candidates = CHROME_CANDIDATES, install = true } = {}) {
  const { CHROME_PATH } = env;
  if (CHROME_PATH) {
    if (existsSync(CHROME_PATH)) return CHROME_PATH;
    stop(`CHROME_PATH is ${CHROME_PATH}, which does not exist: point it at a Chrome or Chromium executable, or unset it.`);
  }
  const found = candidates.find(isExecutable);
  if (found) return found;
  if (install && canInstallDebianPackages()) {
    try {
      installDebianPackage('chromium', 'No Chrome or Chromium found');
    } catch {
      stop('Installing Debian’s chromium package failed (apt-get’s messages are above): install Chromium or set CHROME_PATH to a Chrome executable.');
    }
    return '/usr/bin/chromium';
  }
  stop('No Chrome or Chromium found: install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chrome executable.');
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Ends the process with `sentence` alone on stderr: what to install or set, no stack trace. */
function stop(sentence) {
  console.error(sentence);
  process.exit(1);
}
