import core from './locales/en/core.js';
import type { MessageKey } from './locales/en/index.js';
import type { Message, MessageParams } from './message.js';
import { formatNumber } from './format.js';

export type { MessageKey };
export type Direction = 'ltr' | 'rtl';
export type Messages = Partial<Record<MessageKey, Message>>;

/** Locales shipped with the library; English is built in, the others load on first use. */
const bundled: Record<string, () => Promise<{ default: Messages }>> = {
  de: () => import('./locales/de/index.js'),
  ar: () => import('./locales/ar/index.js'),
};
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb']);

/**
 * English, the source catalogue: the shared states' messages, plus each element's own once that
 * element is used (`useSourceMessages`), so a page pays only for the words of its elements.
 */
const source: Messages = { ...core };
const catalogues = new Map<string, Messages>([['en', source]]);
const overrides = new Map<string, Messages>();
const pending = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();

/** Language subtags of tags seen so far: every element asks for the same few on every refresh. */
const languages = new Map<string, string>();

/** The language subtag, lower-cased: `de-CH` → `de`. */
function language(tag: string): string {
  let lang = languages.get(tag);
  if (lang === undefined) {
    lang = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    languages.set(tag, lang);
  }
  return lang;
}

/** The locales below, kept until a host registers messages for another one. */
let available: ReadonlySet<string> | undefined;

function locales(): ReadonlySet<string> {
  available ??= new Set([...catalogues.keys(), ...Object.keys(bundled), ...overrides.keys()]);
  return available;
}

/** Every locale the library can speak right now or after loading. */
export function availableLocales(): string[] {
  return [...locales()];
}

/**
 * Picks the best supported locale for a list of BCP 47 tags, most preferred first
 * (`['fr-CA', 'de-CH']` → `de`). Falls back to English.
 */
export function matchLocale(requested: readonly (string | null | undefined)[]): string {
  const available = locales();
  for (const tag of requested) {
    if (!tag) continue;
    const lang = language(tag);
    if (available.has(lang)) return lang;
  }
  return 'en';
}

export function directionOf(locale: string): Direction {
  return RTL_LANGUAGES.has(language(locale)) ? 'rtl' : 'ltr';
}

export function isLocaleReady(locale: string): boolean {
  return catalogues.has(locale) || !(locale in bundled);
}

/** Loads a bundled locale's messages once; resolves immediately for English and unknown locales. */
export function loadLocale(locale: string): Promise<void> {
  if (isLocaleReady(locale)) return Promise.resolve();
  let loading = pending.get(locale);
  if (!loading) {
    loading = bundled[locale]!().then(
      (module) => {
        catalogues.set(locale, module.default);
        notify();
      },
      (error: unknown) => {
        pending.delete(locale);
        console.warn(`[purpose-kit] could not load the "${locale}" messages; using English.`, error);
      },
    );
    pending.set(locale, loading);
  }
  return loading;
}

/**
 * Adds or changes messages for a locale, e.g. a French catalogue or a company's own wording:
 * `registerMessages('fr', { 'state.loading': 'Chargement…' })`. Missing keys fall back to English.
 */
export function registerMessages(locale: string, messages: Messages): void {
  const key = language(locale);
  overrides.set(key, { ...overrides.get(key), ...messages });
  available = undefined;
  notify();
}

/** Adds an element's English messages to the source catalogue (the base element does this once per class). */
export function useSourceMessages(messages: Messages): void {
  Object.assign(source, messages);
}

/** Called whenever messages change (a locale finished loading, a host registered wording). */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(): void {
  for (const listener of listeners) listener();
}

/** The message for a key, falling back to English, and to the key itself (never seen unless a catalogue is missing). */
function lookup(locale: string, key: MessageKey): Message {
  return overrides.get(locale)?.[key] ?? catalogues.get(locale)?.[key] ?? overrides.get('en')?.[key] ?? source[key] ?? key;
}

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralForm(locale: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/** Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms). */
const RTL_TEXT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/**
 * Text from the manifest inside a sentence is isolated (FSI … PDI) wherever its direction may
 * differ from the sentence's: an English course title in an Arabic sentence, a Hebrew title in an
 * English one. Without it, the title's trailing punctuation or numbers jump to the wrong side.
 */
function isolated(locale: string, value: string): string {
  return directionOf(locale) === 'rtl' || RTL_TEXT.test(value) ? `\u2068${value}\u2069` : value;
}

/**
 * The message for `key` in `locale` with `{name}` placeholders filled; numbers are formatted for
 * the locale, text is isolated where its direction may differ. Plural messages pick their form
 * from `params.count`.
 */
export function translate(locale: string, key: MessageKey, params: MessageParams = {}): string {
  const message = lookup(locale, key);
  const text =
    typeof message === 'string'
      ? message
      : (message[pluralForm(locale, Number(params.count ?? 0))] ?? message.other);
  return text.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? formatNumber(locale, value) : isolated(locale, value);
  });
}
