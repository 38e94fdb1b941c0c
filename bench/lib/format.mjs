/** How figures are written, in the printed report and in bench/RESULTS.md alike. */
import { KB, MB } from './targets.mjs';

export const kB = (bytes) => `${(bytes / KB).toFixed(1)} kB`;
export const ms = (value) => `${value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : Math.round(value).toLocaleString('en')} ms`;
export const MBs = (bytes) => `${bytes >= 0 ? '+' : '−'}${(Math.abs(bytes) / MB).toFixed(2)} MB`;
export const times = (value) => `${value.toFixed(2)}×`;
const percent = (share) => `${(share * 100).toFixed(1)} %`;

/** "1.21–1.34× (±5.2 %)": a 95 % interval from `medianInterval`, and its larger side. */
export function interval(figure, format) {
  if (figure?.low === undefined) return 'too few runs';
  return `${format(figure.low).replace(/ ms$|×$/, '')}–${format(figure.high)} (±${percent(figure.halfWidth)})`;
}

/** The verdict on a figure with a target, with the reason when it is undecided. */
export function verdict(figure) {
  if (!figure.verdict) return '–';
  if (figure.verdict !== 'undecided') return figure.verdict.toUpperCase();
  const judged = figure.precision?.figure === 'elementMs' ? figure.element.interval : figure.ratioInterval;
  return judged?.low === undefined ? 'UNDECIDED (too few runs for a 95 % interval)' : 'UNDECIDED (interval straddles the target)';
}

/** "24", or "50, max" when the most runs were done before the interval narrowed to ±5 %. */
export const runs = (row) => `${row.runs}${row.precision && !row.precision.reached ? ', max' : ''}`;

/** The element's median, with its interval when the target judges it (scenario 2). */
export const elementFigure = (row) => (row.precision?.figure === 'elementMs' ? `${ms(row.element.medianMs)}, ${interval(row.element.interval, ms)}` : ms(row.element.medianMs));

/** The machine in one line: CPU, memory, system. */
export function machine({ machine: m, cpus }) {
  if (!m) return `${cpus} CPUs`;
  return `${m.cpu} × ${cpus} CPUs, ${(m.memoryBytes / 1024 ** 3).toFixed(1)} GiB, ${m.system}`;
}

/** What the targets came to: how many were met, which were missed, which are undecided. */
export function summary(checks) {
  const named = (verdict) => checks.filter((check) => check.verdict === verdict).map(({ what }) => what);
  const failed = named('fail');
  const undecided = named('undecided');
  if (failed.length === 0 && undecided.length === 0) return `All ${checks.length} targets met.`;
  return [
    `${checks.length - failed.length - undecided.length} of ${checks.length} targets met.`,
    failed.length ? `Missed (FAIL): ${failed.join('; ')}.` : '',
    undecided.length ? `Undecided (the 95 % interval straddles the target; run again on a quieter machine): ${undecided.join('; ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The highest 1-minute load average seen (at the start or the end), when it exceeds the CPU count. */
export function busyLoad(env) {
  const load = Math.max(env.loadAverage[0], env.loadAverageEnd?.[0] ?? 0);
  return load > env.cpus ? load : undefined;
}
