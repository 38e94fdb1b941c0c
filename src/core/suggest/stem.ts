/**
 * A light suffix stemmer for English and German, so "courses" meets "course", "Kurse" meets "Kurs",
 * "automation" meets "automated" and "Automatisierung" meets "automatisieren". It strips at most
 * one ending: the first of the list below that the word ends with and that leaves three letters or
 * more (words are lower-case and without diacritics by then, see `words.ts`):
 *
 * - `ations`, `ation` → `at` (automation → automat, like automated → automat)
 * - `ies` → `y` (policies → policy)
 * - `ungen`, `ung` (German nouns: Führungen, Führung → fuhr, like führen → fuhr)
 * - `ings`, `ing`, `ed`, `ly` (English verbs and adverbs)
 * - `ern`, `ers`, `em`, `en`, `er`, `es` (German and English inflections, comparatives and agent
 *   nouns: customers, customer → custom)
 * - `e`, and `s` unless it follows `s`, `u` or `i` (class, campus, analysis keep theirs)
 *
 * It does not know irregular forms and sometimes joins unrelated words ("leader" and "lead"); a
 * rarer false meeting is the price of catching the common inflections without a dictionary.
 */
const RULES: readonly (readonly [suffix: string, replacement: string])[] = [
  ['ations', 'at'],
  ['ation', 'at'],
  ['ies', 'y'],
  ['ungen', ''],
  ['ung', ''],
  ['ings', ''],
  ['ing', ''],
  ['ern', ''],
  ['ers', ''],
  ['em', ''],
  ['en', ''],
  ['er', ''],
  ['es', ''],
  ['ed', ''],
  ['ly', ''],
  ['e', ''],
];

const MIN_STEM = 3;

export function stem(word: string): string {
  for (const [suffix, replacement] of RULES) {
    if (word.length - suffix.length >= MIN_STEM && word.endsWith(suffix)) return word.slice(0, -suffix.length) + replacement;
  }
  if (word.length - 1 >= MIN_STEM && word.endsWith('s') && !/[siu]s$/.test(word)) return word.slice(0, -1);
  return word;
}
