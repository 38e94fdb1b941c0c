#!/usr/bin/env node
/**
 * `npm test`: the browser suite (web-test-runner in Chromium), then the collector's suite (node:test,
 * on PGlite and PostgreSQL). Both always run; the last line counts both:
 * "N passed, M failed".
 */
import { spawn } from 'node:child_process';

function run(command, args, options = {}) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, { stdio: ['inherit', 'pipe', 'pipe'], ...options });
    for (const [stream, sink] of [[child.stdout, process.stdout], [child.stderr, process.stderr]]) {
      stream.on('data', (chunk) => {
        output += chunk;
        sink.write(chunk);
      });
    }
    child.on('exit', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const last = (output, pattern) => [...output.matchAll(pattern)].at(-1);

const browser = await run('npx', ['wtr', ...process.argv.slice(2)]);
const browserCounts = last(browser.output, /(\d+) passed, (\d+) failed/g);

const server = await run('npm', ['test', '--workspace', 'server']);
const passed = last(server.output, /^ℹ pass (\d+)$/gm);
const failed = last(server.output, /^ℹ fail (\d+)$/gm);

const counts = [
  browserCounts ? [Number(browserCounts[1]), Number(browserCounts[2])] : [0, 1],
  passed && failed ? [Number(passed[1]), Number(failed[1])] : [0, 1],
];
console.log(`\nBrowser suite: ${counts[0][0]} passed, ${counts[0][1]} failed (exit ${browser.code})`);
console.log(`Collector suite: ${counts[1][0]} passed, ${counts[1][1]} failed (exit ${server.code})`);
const total = counts.reduce(([p, f], [cp, cf]) => [p + cp, f + cf], [0, 0]);
console.log(`${total[0]} passed, ${total[1]} failed`);
process.exitCode = browser.code || server.code || (total[1] > 0 ? 1 : 0);
