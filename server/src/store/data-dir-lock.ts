/**
 * PGlite opens a data directory without any lock of its own (checked with 0.5.16: a second process
 * opens the same directory and both write, which corrupts it). So the collector holds one:
 * `purpose-kit-server.lock` in the directory, created exclusively, holding the process id and,
 * once it listens, its URL — which is how `purpose-kit-server sync` finds the running server to ask
 * instead of opening the directory itself. A lock left by a process that no longer runs is taken over.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LockHolder {
  pid: number;
  url?: string;
}

export interface DataDirLock {
  /** Records where the holder listens. */
  listening(url: string): void;
  release(): void;
}

const FILE = 'purpose-kit-server.lock';

export function lockFile(dataDir: string): string {
  return join(dataDir, FILE);
}

/** The process holding `dataDir`, if one runs. */
export function lockHolder(dataDir: string): LockHolder | undefined {
  let holder: LockHolder;
  try {
    holder = JSON.parse(readFileSync(lockFile(dataDir), 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
  return Number.isInteger(holder.pid) && running(holder.pid) ? holder : undefined;
}

/** Takes the lock, or returns who holds it. The directory must exist. */
export function lockDataDir(dataDir: string): DataDirLock | { heldBy: LockHolder } {
  const file = lockFile(dataDir);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, JSON.stringify({ pid: process.pid }), { flag: 'wx' });
      return {
        listening: (url) => writeFileSync(file, JSON.stringify({ pid: process.pid, url })),
        release: () => {
          if (lockHolder(dataDir)?.pid === process.pid) rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = lockHolder(dataDir);
      if (holder) return { heldBy: holder };
      rmSync(file, { force: true });
    }
  }
  return { heldBy: lockHolder(dataDir) ?? { pid: -1 } };
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
