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

export function termsOf(text: string): Term[] {
  segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  const terms: Term[] = [];
  for (const segment of segmenter.segment(text)) {
    if (!segment.isWordLike) continue;
    // "client's", "e-mail": the segmenter keeps them whole; the parts are the words.
    for (const part of segment.segment.split(NOT_WORD)) {
      const word = part.toLowerCase();
      const folded = word.normalize('NFD').replace(MARKS, '').normalize('NFC').replace(/ß/g, 'ss');
      if (folded.length < 2 || NUMBER.test(folded) || STOP_WORDS.has(folded)) continue;
      terms.push({ term: stem(folded), word });
    }
  }
  return terms;
}
