/**
 * Where the time goes: CPU seconds used by given processes (Linux /proc), so each ingest figure
 * can say how much CPU the server process, PostgreSQL's backends and the load client spent per
 * event — on a machine shared with other work, a throughput alone does not say which part is slow.
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

/** User + system CPU seconds of `pid` so far; 0 when it cannot be read (ended, or not Linux). */
export function cpuSeconds(pid: number): number {
  // From field 3 on (the command name before it may hold spaces): utime is field 14, stime 15.
  const fields = statFields(pid);
  return fields ? (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND : 0;
}

/**
 * A PostgreSQL cluster's CPU seconds so far: its postmaster's own, the backends and helpers it has
 * already reaped (counted into the postmaster), and those still running (its children now).
 */
export function clusterCpuSeconds(postmaster: number): number {
  // utime, stime, then cutime and cstime: what its ended children used.
  const fields = statFields(postmaster);
  if (!fields) return Number.NaN;
  let total = (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const child = statFields(Number(entry));
    if (child && Number(child[1]) === postmaster) total += (Number(child[11]) + Number(child[12])) / TICKS_PER_SECOND;
  }
  return total;
}

/** The parent of `pid` (for a backend: its postmaster). */
export const parentOf = (pid: number) => Number(statFields(pid)?.[1]);

/** Fields of /proc/PID/stat from the state (field 3) on; undefined when the process is gone. */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** This process's own CPU seconds (the load client). */
export const ownCpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** Machine-wide busy and total CPU seconds so far, over all CPUs. */
export function machineCpu(): { busy: number; total: number } {
  try {
    const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
    const ticks = values.map(Number);
    const idle = ticks[3]! + (ticks[4] ?? 0);
    const total = ticks.reduce((sum, value) => sum + value, 0);
    return { busy: (total - idle) / TICKS_PER_SECOND, total: total / TICKS_PER_SECOND };
  } catch {
    return { busy: Number.NaN, total: Number.NaN };
  }
}
