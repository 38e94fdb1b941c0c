/**
 * Text to the terms the suggestion model compares. Words are found by Unicode word segmentation
 * (`Intl.Segmenter`, so any script, and Chinese or Japanese without spaces, splits into words),
 * lower-cased, stripped of Latin diacritics (ä → a, é → e, ß → ss) and Arabic vowel marks, then
 * stop words (English, German), numbers and one-letter words are dropped and the rest stemmed.
 */
import { STOP_WORDS } from './stop-words.js';
import { stem } from './stem.js';

export interface Term {
  /** What is compared: the stem. */
  readonly term: string;
  /** The word as written (lower-case), for showing which words matched. */
  readonly word: string;
}

// Combining diacritics (after NFD), Arabic harakat and tatweel.
const MARKS = /[\u0300-\u036f\u064b-\u065f\u0640]/g;
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/u;
const NUMBER = /^\p{N}+$/u;

let segmenter: Intl.Segmenter | undefined;

/** The word-like runs of `text`; without `Intl.Segmenter` (Firefox before 125) the whole text, split later at non-letters. */
function wordsOf(text: string): string[] {
  if (typeof Intl.Segmenter !== 'function') return [text];
  segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  return [...segmenter.segment(text)].filter((segment) => segment.isWordLike).map((segment) => segment.segment);
}

export function termsOf(text: string): Term[] {
  const terms: Term[] = [];
  for (const segment of wordsOf(text)) {
    // "client's", "e-mail": the segmenter keeps them whole; the parts are the words.
    for (const part of segment.split(NOT_WORD)) {
      const word = part.toLowerCase();
      const folded = word.normalize('NFD').replace(MARKS, '').normalize('NFC').replace(/ß/g, 'ss');
      if (folded.length < 2 || NUMBER.test(folded) || STOP_WORDS.has(folded)) continue;
      terms.push({ term: stem(folded), word });
    }
  }
  return terms;
}
