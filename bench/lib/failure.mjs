/** The line a scenario reports instead of figures when it could not run (and the bench exits 1). */
export const couldNotRun = (error) => `could not run: ${String(error?.message ?? error).split('\n')[0]}`;
