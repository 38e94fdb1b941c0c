/**
 * What the end-to-end tests share: Chromium (the one `findChrome` finds, driven by playwright-core)
 * with a watch on every page for console errors and uncaught exceptions, child processes that are
 * stopped by PID and whose output is kept for the failure message, free ports and polling.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../../scripts/find-chrome.mjs';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
}

/** The console errors and uncaught exceptions of a page (and its reloads), as lines. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // "Failed to load resource" names no URL in its text: the location does.
    const { url } = message.location();
    errors.push(`console.error at ${page.url()}: ${message.text()}${url && !message.text().includes(url) ? ` (${url})` : ''}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught at ${page.url()}: ${error.stack ?? error.message}`));
  return errors;
}


/** Calls `check` every 100 ms until it returns something other than undefined/false, or fails after `ms` saying what it waited for. */
export async function until<T>(check: () => T | undefined | false | Promise<T | undefined | false>, what: string, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`waited ${ms} ms for ${what}${last ? ` (last error: ${(last as Error).message})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface Child {
  pid: number;
  /** Everything it wrote so far, stdout and stderr interleaved. */
  output(): string;
  /** Resolves with the first match of `pattern` in its output; rejects when it ends first or after `ms`. */
  waitFor(pattern: RegExp, ms?: number): Promise<RegExpExecArray>;
  /** SIGTERM, then SIGKILL after `ms` if it has not ended; resolves once it has. */
  stop(ms?: number): Promise<void>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs `command` with its output kept, not printed. */
export function startChild(command: string, args: readonly string[], options: SpawnOptions = {}): Child {
  const child: ChildProcess = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const listeners = new Set<() => void>();
  const take = (chunk: Buffer) => {
    output += chunk;
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', take);
  child.stderr!.on('data', take);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let ended = false;
  void exited.then(() => (ended = true));
  return {
    pid: child.pid!,
    output: () => output,
    exited,
    waitFor(pattern, ms = 60_000) {
      return new Promise((resolve, reject) => {
        const done = () => {
          listeners.delete(check);
          clearTimeout(timer);
        };
        const check = () => {
          const match = pattern.exec(output);
          if (match) {
            done();
            resolve(match);
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`${command} did not print ${pattern} within ${ms} ms; it printed:\n${output}`));
        }, ms);
        void exited.then(({ code, signal }) => {
          if (!listeners.has(check)) return;
          done();
          reject(new Error(`${command} ended (code ${code}, signal ${signal}) before printing ${pattern}; it printed:\n${output}`));
        });
        listeners.add(check);
        check();
      });
    },
    async stop(ms = 10_000) {
      if (ended) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), ms);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Whether a process with this PID exists (a zombie counts as ended). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return true; // no /proc (not Linux): signal 0 said it exists
  }
}

/** The PIDs of a process's children (Linux, from /proc); empty elsewhere or once it has ended. */
export function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/** The command line of a process (Linux), or '' when it cannot be read. */
export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}

/** Text as a reader sees it: runs of white space as one space. */
export const squeeze = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The report's course table, one object per row keyed by column header ({} until it is drawn). */
export async function courseTable(page: Page): Promise<Record<string, Record<string, string>>> {
  const table = page.locator('pk-relevance-report table[part~="items-table"]');
  if ((await table.count()) === 0) return {};
  // Every column header is a sort button: its first span is the column's name.
  const headers = await table.locator('thead th button > span:first-child').allTextContents();
  const rows: Record<string, Record<string, string>> = {};
  for (const row of await table.locator('tbody tr').all()) {
    const cells = (await row.locator('th, td').allTextContents()).map(squeeze);
    const named = Object.fromEntries(cells.map((cell, index) => [headers[index]!.trim(), cell]));
    rows[named.Course!] = named;
  }
  return rows;
}
