/**
 * Preloaded (`node --import`) into a collector process that test/support/collector-process.mjs
 * starts: when the test runner ends in any way (even killed, so that its own exit handler never
 * runs), the pipe on this process's stdin closes, and the process removes its throw-away directory
 * (PK_TEST_DIRECTORY) and exits. Nothing of a test run outlives it.
 */
import { rmSync } from 'node:fs';

process.stdin.on('close', () => {
  if (process.env.PK_TEST_DIRECTORY) rmSync(process.env.PK_TEST_DIRECTORY, { recursive: true, force: true });
  process.exit(0);
});
process.stdin.resume();
// The pipe must not keep the process alive on its own: the collector's server does that.
process.stdin.unref?.();
