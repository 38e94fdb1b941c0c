import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { findChrome } from '../../scripts/find-chrome.mjs';

const MODULE = new URL('../../scripts/find-chrome.mjs', import.meta.url).href;
const dir = mkdtempSync(join(tmpdir(), 'pk-find-chrome-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function fakeChrome(name: string): string {
  const path = join(dir, name);
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, 0o755);
  return path;
}

/** Runs findChrome without candidates or apt-get in a child process, since failing stops the process. */
function findInChild(env: NodeJS.ProcessEnv) {
  const script = `import { findChrome } from ${JSON.stringify(MODULE)}; findChrome({ candidates: [], install: false });`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { env, encoding: 'utf8' });
}

test('CHROME_PATH is honoured before any install path', () => {
  const chrome = fakeChrome('my-chrome');
  assert.equal(findChrome({ env: { CHROME_PATH: chrome }, candidates: [fakeChrome('other')], install: false }), chrome);
});

test('the first executable candidate wins', () => {
  const found = fakeChrome('chromium');
  assert.equal(findChrome({ env: {}, candidates: [join(dir, 'absent'), found], install: false }), found);
});

test('a CHROME_PATH that does not exist stops with one sentence naming it', () => {
  const missing = join(dir, 'no-such-chrome');
  const { status, stderr } = findInChild({ ...process.env, CHROME_PATH: missing });
  assert.equal(status, 1);
  assert.equal(stderr, `CHROME_PATH is ${missing}, which does not exist: point it at a Chrome or Chromium executable, or unset it.\n`);
});

test('no Chrome anywhere stops with one sentence saying what to install or set', () => {
  const env = { ...process.env };
  delete env.CHROME_PATH;
  const { status, stderr } = findInChild(env);
  assert.equal(status, 1);
  assert.equal(stderr, 'No Chrome or Chromium found: install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chrome executable.\n');
});
