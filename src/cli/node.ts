/// <reference types="node" />
/**
 * The `purpose-kit` command under Node: real files and streams. Built to dist/cli.js;
 * bin/purpose-kit.mjs calls `run`.
 */
import { readFile } from 'node:fs/promises';
import process from 'node:process';
import { main } from './cli.js';

export async function run(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  endQuietlyOnClosedPipe(process.stdout);
  endQuietlyOnClosedPipe(process.stderr);
  process.exitCode = await main(argv, {
    readFile: (path) => readFile(path, 'utf8'),
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
  });
}

/**
 * When the reader of `stream` goes away (`purpose-kit audit … | head`), what is still written to it
 * is dropped instead of ending in an EPIPE stack trace; the command finishes with its usual exit
 * code. Any other write error is still thrown.
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.WritableStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}
