/**
 * The LRS settings: `--lrs URL` with Basic credentials from `PK_LRS_KEY` / `PK_LRS_SECRET` (held by
 * the server only), the home page of the forwarded statements, and how often the server pulls.
 */
export interface LrsSettings {
  /** The xAPI base, e.g. `https://lrs.example.com/xAPI` (statements at `${url}/statements`). */
  url: string;
  key: string;
  secret: string;
  /** Activity ids and the pseudonymous actor's account are minted under it; default: the LRS's origin. */
  homePage: string;
  /** Minutes between the running server's pulls; 0: only on demand. */
  syncMinutes: number;
  /** Tuning the tests set; the defaults suit production. */
  batchSize?: number;
  pollMs?: number;
  backoffCapMs?: number;
}

export const LRS_FLAGS = {
  lrs: { type: 'string' },
  'lrs-home-page': { type: 'string' },
  'lrs-sync-minutes': { type: 'string' },
} as const;

export const LRS_USAGE = `  --lrs URL              forward every accepted event to this xAPI LRS and pull from it (credentials: PK_LRS_KEY, PK_LRS_SECRET)
  --lrs-home-page URL    home page of forwarded activity ids and pseudonymous actors (default: the LRS's origin)
  --lrs-sync-minutes N   pull from the LRS every N minutes, 0 for only on demand (default 15)`;

const isHttp = (value: string) => URL.canParse(value) && ['http:', 'https:'].includes(new URL(value).protocol);

/** The LRS settings from flags and environment, or undefined without `--lrs`; problems are pushed. */
export function readLrsSettings(
  values: Record<string, string | boolean | undefined>,
  env: NodeJS.ProcessEnv,
  problems: string[],
): LrsSettings | undefined {
  const url = typeof values.lrs === 'string' ? values.lrs.replace(/\/+$/, '') : undefined;
  if (url === undefined) {
    for (const flag of ['lrs-home-page', 'lrs-sync-minutes']) if (values[flag] !== undefined) problems.push(`--${flag} needs --lrs URL`);
    return undefined;
  }
  if (!isHttp(url)) problems.push(`--lrs must be an http: or https: URL (the LRS's xAPI base, e.g. https://lrs.example.com/xAPI), got ${JSON.stringify(url)}`);
  const key = env.PK_LRS_KEY ?? '';
  const secret = env.PK_LRS_SECRET ?? '';
  if (!key || !secret) problems.push('--lrs needs the LRS\'s Basic credentials in PK_LRS_KEY and PK_LRS_SECRET (the server holds them; the pages never see them)');
  const homePage = typeof values['lrs-home-page'] === 'string' ? values['lrs-home-page'] : isHttp(url) ? `${new URL(url).origin}/` : '';
  if (values['lrs-home-page'] !== undefined && !isHttp(homePage)) problems.push(`--lrs-home-page must be an http: or https: URL, got ${JSON.stringify(homePage)}`);
  let syncMinutes = 15;
  const minutes = values['lrs-sync-minutes'];
  if (minutes !== undefined) {
    const number = Number(minutes);
    if (typeof minutes === 'string' && Number.isInteger(number) && number >= 0 && number <= 10_080) syncMinutes = number;
    else problems.push(`--lrs-sync-minutes must be a whole number from 0 to 10080, got ${JSON.stringify(minutes)}`);
  }
  return { url, key, secret, homePage, syncMinutes };
}
