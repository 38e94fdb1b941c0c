/// <reference types="node" />
/**
 * The `purpose-kit` command under Node: real files and streams. Built to dist/cli.js;
 * bin/purpose-kit.mjs calls `run`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import process from 'node:process';
import { main } from './cli.js';
import { endQuietlyOnClosedPipe } from './closed-pipe.js';

export async function run(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  endQuietlyOnClosedPipe(process.stdout);
  endQuietlyOnClosedPipe(process.stderr);
  process.exitCode = await main(argv, {
    readFile: (path) => readFile(path, 'utf8'),
    readBytes: (path) => readFile(path),
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
  });
}
