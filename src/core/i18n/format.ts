/** Locale-aware formatting through `Intl`, with the formatters cached (they are costly to build). */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(
  key: string,
  make: () => T,
): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

export function formatNumber(locale: string, value: number, options: Intl.NumberFormatOptions = {}): string {
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options)).format(value);
}

export function formatPercent(locale: string, ratio: number, maximumFractionDigits = 0): string {
  return formatNumber(locale, ratio, { style: 'percent', maximumFractionDigits });
}

export function formatCurrency(locale: string, value: number, currency: string): string {
  return formatNumber(locale, value, { style: 'currency', currency, maximumFractionDigits: 0 });
}

/** Formats a date or an ISO date string (`2026-09-30`, read as a calendar date, not UTC midnight). */
export function formatDate(
  locale: string,
  value: Date | string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const date = typeof value === 'string' ? parseCalendarDate(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options)).format(date);
}

export function formatList(locale: string, items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
  return cached(`l|${locale}|${type}`, () => new Intl.ListFormat(locale, { type })).format(items);
}

function parseCalendarDate(value: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : new Date(value);
}
