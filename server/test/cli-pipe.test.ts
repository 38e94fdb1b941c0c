/**
 * The built `purpose-kit` command (bin/purpose-kit.mjs → dist/cli.js) behaves like a Unix tool
 * when its reader goes away (`purpose-kit audit … | head -1`): no EPIPE stack trace, its usual
 * exit code. The browser suite cannot spawn processes, so this lives with the node:test suites.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUILT = join(ROOT, 'dist/cli.js');
const SOURCES = join(ROOT, 'src/cli');
const COMMAND = [join(ROOT, 'bin/purpose-kit.mjs'), 'audit', join(ROOT, 'demo/manifest.json')];

// `npm ci` builds dist/ (the root package's `prepare`); this catches a build older than the CLI's
// source. The npm build takes about a second; --emptyOutDir false keeps the CDN build and types.
before(() => {
  const stale = !existsSync(BUILT) || readdirSync(SOURCES).some((file) => statSync(join(SOURCES, file)).mtimeMs > statSync(BUILT).mtimeMs);
  if (stale) execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--emptyOutDir', 'false', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
});

const readers: Record<string, (stdout: Readable) => void> = {
  // As `| head -1`: whether the command is still writing by then depends on timing.
  'after the first line': (stdout) => stdout.once('data', () => stdout.destroy()),
  // As `| true`: the command surely writes to a closed pipe.
  'before reading anything': (stdout) => stdout.destroy(),
};

for (const [when, closeReader] of Object.entries(readers)) {
  test(`a reader that closes ${when} ends the command quietly, with its usual exit code`, async () => {
    const usual = spawnSync(process.execPath, COMMAND, { encoding: 'utf8' });
    const child = spawn(process.execPath, COMMAND, { stdio: ['ignore', 'pipe', 'pipe'] });
    closeReader(child.stdout);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    const [status, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child.on('close', (...ended) => resolve(ended)),
    );
    assert.doesNotMatch(stderr, /EPIPE|\n\s+at /);
    assert.equal(stderr, usual.stderr);
    assert.deepEqual([status, signal], [usual.status, null]);
  });
}
