import { expect } from '@open-wc/testing';
import {
  availableLocales,
  directionOf,
  loadLocale,
  matchLocale,
  registerMessages,
  translate,
  useSourceMessages,
} from '../../../src/core/i18n/i18n.js';
import ar from '../../../src/core/i18n/locales/ar/index.js';
import de from '../../../src/core/i18n/locales/de/index.js';
import { en } from '../../../src/core/i18n/locales/en/index.js';
import { formatCurrency, formatDate, formatList, formatPercent } from '../../../src/core/i18n/format.js';

describe('i18n', () => {
  it('ships English, German and Arabic', () => {
    expect(availableLocales()).to.include.members(['en', 'de', 'ar']);
  });

  it('matches the first supported language of a preference list', () => {
    expect(matchLocale(['fr-CA', 'de-CH', 'en'])).to.equal('de');
    expect(matchLocale(['AR-eg'])).to.equal('ar');
    expect(matchLocale(['ja', undefined, null])).to.equal('en');
  });

  it('isolates manifest text whose direction may differ from the sentence', async () => {
    useSourceMessages({ 'why-banner.heading': 'Why “{course}” matters' });
    expect(translate('en', 'why-banner.heading', { course: 'Grid 101' }), 'English in English: as is').to.equal('Why “Grid 101” matters');
    expect(translate('en', 'why-banner.heading', { course: 'שלום 2' }), 'Hebrew in English').to.equal('Why “\u2068שלום 2\u2069” matters');
    await loadLocale('ar');
    expect(translate('ar', 'why-banner.heading', { course: 'Grid 101' }), 'English in Arabic').to.contain('\u2068Grid 101\u2069');
    expect(translate('ar', 'state.error.issues', { count: 2 }), 'numbers are formatted, not isolated').to.not.contain('\u2068');
  });

  it('knows right-to-left languages', () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('he-IL')).to.equal('rtl');
    expect(directionOf('de')).to.equal('ltr');
  });

  it('fills placeholders and picks plural forms, formatting numbers for the locale', async () => {
    expect(translate('en', 'state.error.issues', { count: 1 })).to.equal('The pathway manifest has 1 problem:');
    expect(translate('en', 'state.error.issues', { count: 1200 })).to.equal('The pathway manifest has 1,200 problems:');
    await loadLocale('de');
    expect(translate('de', 'state.error.issues', { count: 1200 })).to.equal('Das Lernpfad-Manifest hat 1.200 Probleme:');
    await loadLocale('ar');
    expect(translate('ar', 'state.error.issues', { count: 2 })).to.equal('في بيان المسارات مشكلتان:');
  });

  it('every bundled locale translates every English key with the same placeholders', async () => {
    const placeholders = (message: unknown) =>
      [...new Set(JSON.stringify(message).match(/\{\w+\}/g) ?? [])].filter((p) => p !== '{count}').sort();
    for (const [locale, catalogue] of Object.entries({ de, ar }) as [string, Record<string, unknown>][]) {
      for (const [key, english] of Object.entries(en)) {
        expect(catalogue[key], `${locale} has ${key}`).to.exist;
        expect(placeholders(catalogue[key]), `${locale} ${key} placeholders`).to.deep.equal(placeholders(english));
      }
    }
  });

  it('lets a host add a locale or change wording, falling back to English', () => {
    registerMessages('fr', { 'state.loading': 'Chargement…' });
    expect(matchLocale(['fr-FR'])).to.equal('fr');
    expect(translate('fr', 'state.loading')).to.equal('Chargement…');
    expect(translate('fr', 'state.empty')).to.equal('Nothing to show yet.');
  });

  it('formats currency, percentages, lists and calendar dates per locale', () => {
    expect(formatCurrency('de', 1234567, 'EUR')).to.equal('1.234.567\u00a0€');
    expect(formatPercent('en', 0.125, 1)).to.equal('12.5%');
    expect(formatList('en', ['Engineering', 'Finance', 'Marketing'])).to.equal('Engineering, Finance, and Marketing');
    expect(formatDate('en', '2026-09-30')).to.equal('Sep 30, 2026');
    expect(formatDate('en', 'not a date')).to.equal('not a date');
  });
});
