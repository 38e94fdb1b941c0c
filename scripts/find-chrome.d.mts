export const CHROME_PARALLEL_PAGE_ARGS: string[];
export const CHROME_ARGS: string[];
export const CHROME_CANDIDATES: string[];
export function findChrome(options?: { env?: Record<string, string | undefined>; candidates?: string[]; install?: boolean }): string;
