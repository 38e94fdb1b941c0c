/**
 * xAPI 1.0.3 Agents (the `actor` of a statement): exactly one inverse functional identifier —
 * `mbox`, `mbox_sha1sum`, `openid` or `account` — and an optional `name`. Pure, no DOM: the
 * collector and the cmi5 launch check agents with the same rules.
 */
export type Agent = { objectType?: 'Agent'; name?: string } & (
  | { mbox: string }
  | { mbox_sha1sum: string }
  | { openid: string }
  | { account: { homePage: string; name: string } }
);

const IDENTIFIERS = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;
const MAILTO = /^mailto:[^@\s]+@[^@\s]+$/;
const SHA1 = /^[0-9a-f]{40}$/i;

/**
 * A fresh copy of `value` with only an Agent's keys, or the first problem found, as
 * `path.key: what is wrong` (nothing but these keys reaches a statement).
 */
export function readAgent(value: unknown, path: string): Agent | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${path}: expected an xAPI Agent object`;
  const agent = value as Record<string, unknown>;
  const present = IDENTIFIERS.filter((key) => agent[key] !== undefined);
  if (present.length !== 1) {
    return `${path}: an Agent needs exactly one of mbox, mbox_sha1sum, openid or account (has ${present.length ? present.join(', ') : 'none'})`;
  }
  if (agent.objectType !== undefined && agent.objectType !== 'Agent') return `${path}.objectType: expected "Agent"`;
  if (agent.name !== undefined && typeof agent.name !== 'string') return `${path}.name: expected a string`;
  const key = present[0]!;
  const identifier = agent[key];
  const problem = identifierProblem(key, identifier);
  if (problem) return `${path}.${key}: ${problem}`;
  const copy =
    key === 'account'
      ? { account: { homePage: (identifier as Account).homePage, name: (identifier as Account).name } }
      : { [key]: identifier as string };
  return { objectType: 'Agent', ...(agent.name !== undefined && { name: agent.name as string }), ...copy } as Agent;
}

type Account = { homePage: string; name: string };

function identifierProblem(key: (typeof IDENTIFIERS)[number], value: unknown): string | undefined {
  switch (key) {
    case 'mbox':
      return typeof value === 'string' && MAILTO.test(value) ? undefined : 'expected "mailto:" and an e-mail address';
    case 'mbox_sha1sum':
      return typeof value === 'string' && SHA1.test(value) ? undefined : 'expected the hex SHA-1 of a mailto: IRI (40 hex digits)';
    case 'openid':
      return typeof value === 'string' && isAbsoluteUri(value) ? undefined : 'expected an absolute URI';
    case 'account': {
      const account = value as Partial<Account> | null;
      if (typeof account !== 'object' || account === null) return 'expected { homePage, name }';
      if (typeof account.homePage !== 'string' || !/^https?:\/\//i.test(account.homePage) || !isAbsoluteUri(account.homePage)) {
        return 'homePage: expected an http(s) URL';
      }
      return typeof account.name === 'string' && account.name !== '' ? undefined : 'name: expected a non-empty string';
    }
  }
}

function isAbsoluteUri(value: string): boolean {
  try {
    return new URL(value).href !== '';
  } catch {
    return false;
  }
}
