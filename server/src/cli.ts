/**
 * `purpose-kit-server`: starts the collector (`import workforce …`: see workforce/cli-import.ts). Exit codes: 0 stopped by a signal, 1 could not
 * start (the reason on stderr), 2 bad flags or settings.
 */
import process from 'node:process';
import { endQuietlyOnClosedPipe } from '../../src/cli/closed-pipe.js';
import { startCollector } from './collector.js';
import { readSettings, USAGE } from './settings.js';
import { runImport } from './workforce/cli-import.js';

async function main(): Promise<number | undefined> {
  endQuietlyOnClosedPipe(process.stdout);
  endQuietlyOnClosedPipe(process.stderr);
  if (process.argv[2] === 'sync') {
    const { runSync } = await import('./lrs/sync-command.js');
    return runSync(process.argv.slice(3), process.env, { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) });
  }
  if (process.argv[2] === 'import') {
    return runImport(process.argv.slice(3), process.env, (line) => process.stdout.write(`${line}\n`), (line) => process.stderr.write(`${line}\n`));
  }
  const read = readSettings(process.argv.slice(2), process.env);
  if (read.ok === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!read.ok) {
    process.stderr.write(`purpose-kit-server: refusing to start:\n${read.problems.map((problem) => `  - ${problem}\n`).join('')}\n${USAGE}\n`);
    return 2;
  }
  const { settings } = read;
  if (settings.dev) {
    process.stderr.write('purpose-kit-server: DEVELOPMENT MODE (--dev): learner authentication is OFF; anyone who can reach this port can read and write everything. Never use it with real learners.\n');
  }
  let collector;
  try {
    collector = await startCollector(settings);
  } catch (error) {
    process.stderr.write(`purpose-kit-server: could not start: ${(error as Error).message}\n`);
    return 1;
  }
  const stop = async (signal: string) => {
    console.log(`purpose-kit-server: ${signal}, stopping`);
    await collector.close();
    process.exit(0);
  };
  // Before the line that says it is ready: a supervisor may send SIGTERM as soon as it reads it.
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  console.log(`purpose-kit-server listening on ${collector.url} (storage: ${collector.store.kind}${settings.dataDir && !settings.databaseUrl ? `, data in ${settings.dataDir}` : ''})`);
  return undefined;
}

const code = await main();
if (code !== undefined) process.exitCode = code;
