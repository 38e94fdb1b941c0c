import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome } from './scripts/find-chrome.mjs';
import { testEndpoint } from './test/support/endpoint.mjs';
import { libraryCopy } from './test/support/library-copy.mjs';
import { reactEsm } from './test/support/react-esm.mjs';
import { strictCsp } from './test/support/strict-csp.mjs';

const executablePath = findChrome();
// Without the background-networking flags Chromium floods a closed network with connection attempts.
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // Test files run in parallel pages; keep background pages' timers and animation frames running.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  // A hang guard, not a timing target: generous, because CI machines are small and shared.
  testFramework: { config: { timeout: 30000 } },
  middleware: [testEndpoint(), strictCsp(), libraryCopy(), reactEsm()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args },
      // Test files run in parallel pages; emulate focus so background pages keep animation frames.
      createPage: async ({ context }) => {
        const page = await context.newPage();
        const session = await page.createCDPSession();
        await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  ],
  coverageConfig: { include: ['src/**/*.ts'], report: true, reportDir: 'coverage' },
};
