/**
 * PGlite has no lock of its own: a second process opening a data directory in use would corrupt it.
 * The collector (and every command that opens the directory) holds `purpose-kit.pid` there while
 * it has it open; a file left by a process that is gone is taken over.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class DirectoryInUse extends Error {}

/** Takes the directory's lock; returns the function that gives it back. */
export function lockDataDir(dir: string): () => void {
  const file = join(dir, 'purpose-kit.pid');
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(readFileSync(file, 'utf8'));
    if (holder === process.pid) return () => undefined;
    if (Number.isInteger(holder) && holder > 0 && running(holder)) {
      throw new DirectoryInUse(
        `the data directory ${dir} is in use by process ${holder} (a running purpose-kit-server?); PGlite allows one process per directory: go through that server (--server URL), or stop it first`,
      );
    }
    rmSync(file, { force: true });
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
