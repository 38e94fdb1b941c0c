/** Installed by the driver before any script runs (bench/lib/browser.mjs). */
interface Window {
  pkBenchIdb: { transactions: number };
}
