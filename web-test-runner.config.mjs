import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, CHROME_PARALLEL_PAGE_ARGS, findChrome } from './scripts/find-chrome.mjs';
import { collectorProcesses } from './test/support/collector-process.mjs';
import { testEndpoint } from './test/support/endpoint.mjs';
import { libraryCopy } from './test/support/library-copy.mjs';
import { reactEsm } from './test/support/react-esm.mjs';
import { strictCsp } from './test/support/strict-csp.mjs';

const executablePath = findChrome();
// Test files run in parallel pages.
const args = [...CHROME_ARGS, ...CHROME_PARALLEL_PAGE_ARGS];

export default {
  files: ['test/**/*.test.ts', '!test/lrs/**'],
  nodeResolve: true,
  concurrency: 2,
  // A hang guard, not a timing target: generous, because CI machines are small and shared.
  testFramework: { config: { timeout: 30000 } },
  // Likewise per test file: the studio's collector tests start a collector process per test.
  testsFinishTimeout: 300000,
  middleware: [testEndpoint(), collectorProcesses(), strictCsp(), libraryCopy(), reactEsm()],
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
