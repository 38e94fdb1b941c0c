import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readSettings } from '../src/settings.js';

const cli = new URL('../src/cli.ts', import.meta.url).pathname;

/** Runs the command until it prints `until` (then stops it with SIGTERM) or exits. */
function run(args: string[], env: Record<string, string> = {}, until?: RegExp): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], { env: { PATH: process.env.PATH!, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (until?.test(stdout)) child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('starting the collector', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'pk-settings-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('refuses to start without a way to authenticate learners, or without a secret, saying how to fix it (exit 2)', async () => {
    const { code, stderr } = await run(['--data', join(scratch, 'a')]);
    assert.equal(code, 2);
    assert.match(stderr, /no way to authenticate learners: set PK_JWKS_URL/);
    assert.match(stderr, /PK_SECRET is not set/);
  });

  it('says on every start in --dev that authentication is off', async () => {
    const { stderr, stdout } = await run(['--dev', '--data', join(scratch, 'b'), '--port', '0', '--quiet'], {}, /listening on/);
    assert.match(stderr, /DEVELOPMENT MODE \(--dev\): learner authentication is OFF/);
    assert.match(stdout, /listening on http:\/\/127\.0\.0\.1:\d+ \(storage: pglite/);
  });

  it('starts with the identity provider configured', async () => {
    const env = { PK_JWKS_URL: 'https://idp.example.test/jwks', PK_SECRET: 'a-secret-of-sufficient-length' };
    const { stderr, stdout } = await run(['--data', join(scratch, 'c'), '--port', '0'], env, /listening on/);
    assert.doesNotMatch(stderr, /DEVELOPMENT MODE/);
    assert.match(stdout, /listening on/);
  });

  it('refuses a manifest that does not validate, with each error (exit 1)', async () => {
    const { code, stderr } = await run(['--dev', '--data', join(scratch, 'd'), '--port', '0', '--manifest', new URL('../package.json', import.meta.url).pathname]);
    assert.equal(code, 1);
    assert.match(stderr, /is not a valid manifest/);
  });

  it('reads flags and the environment, a flag winning, and names each bad value', () => {
    const read = readSettings(['--port', '9000', '--min-group', '0', '--rate-limit', 'many', '--dev'], { PK_ALLOWED_ORIGINS: 'https://a.example, https://b.example', DATABASE_URL: 'postgres://x/y' });
    assert.equal(read.ok, false);
    assert.deepEqual(!read.ok && read !== undefined && 'problems' in read ? read.problems : [], [
      '--min-group must be a whole number from 1 to 1000, got "0"',
      '--rate-limit must be a whole number from 0 to 10000000, got "many"',
    ]);
    const good = readSettings(['--dev'], { PK_ALLOWED_ORIGINS: 'https://a.example, https://b.example', DATABASE_URL: 'postgres://x/y' });
    assert.ok(good.ok === true);
    assert.deepEqual(good.ok === true && good.settings.allowedOrigins, ['https://a.example', 'https://b.example']);
    assert.equal(good.ok === true && good.settings.databaseUrl, 'postgres://x/y');
    assert.equal(good.ok === true && good.settings.dataDir, undefined);
  });
});
