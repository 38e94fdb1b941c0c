import { expect } from '@open-wc/testing';
import { stem } from '../../../src/core/suggest/stem.js';
import { termsOf } from '../../../src/core/suggest/words.js';

describe('termsOf', () => {
  it('splits on Unicode words, lower-cases, drops stop words, numbers and single letters, and stems', () => {
    expect(termsOf("The client's e-mail in 2027: Führung & Daten für Kunden")).to.deep.equal([
      { term: 'client', word: 'client' },
      { term: 'mail', word: 'mail' },
      { term: 'fuhr', word: 'führung' },
      { term: 'dat', word: 'daten' },
      { term: 'kund', word: 'kunden' },
    ]);
  });

  it('folds Latin diacritics and ß, so a word typed without them still meets', () => {
    expect(termsOf('Führung Fuhrung STRASSE Straße').map(({ term }) => term)).to.deep.equal(['fuhr', 'fuhr', 'strass', 'strass']);
  });

  it('reads scripts other than Latin: Arabic without its vowel marks, Japanese without spaces', () => {
    expect(termsOf('الطاقة المتجددة').map(({ word }) => word)).to.deep.equal(['الطاقة', 'المتجددة']);
    expect(termsOf('الطَّاقَة')[0]!.term).to.equal('الطاقة');
    expect(termsOf('再生可能エネルギー').length).to.be.greaterThan(1);
  });

  it('has nothing for a text of stop words and punctuation only', () => {
    expect(termsOf('and the of — und der die das, über!')).to.deep.equal([]);
  });
});

describe('stem', () => {
  const pairs: [string, string][] = [
    ['courses', 'cours'],
    ['course', 'cours'],
    ['kurse', 'kurs'],
    ['kursen', 'kurs'],
    ['policies', 'policy'],
    ['automation', 'automat'],
    ['automated', 'automat'],
    ['automatisierung', 'automatisier'],
    ['automatisieren', 'automatisier'],
    ['customers', 'custom'],
    ['customer', 'custom'],
    ['meetings', 'meet'],
    ['meeting', 'meet'],
    ['quickly', 'quick'],
    ['processes', 'process'],
    ['process', 'process'],
    ['campus', 'campus'],
    ['analysis', 'analysis'],
    ['uses', 'use'],
    ['use', 'use'],
    ['data', 'data'],
  ];
  for (const [word, expected] of pairs) {
    it(`${word} → ${expected}`, () => expect(stem(word)).to.equal(expected));
  }
});

describe('termsOf without Intl.Segmenter', () => {
  const segmenter = Intl.Segmenter;
  afterEach(() => Object.assign(Intl, { Segmenter: segmenter }));

  it('splits at every character that is not a letter, digit or mark', () => {
    const withSegmenter = termsOf("The client's e-mail in 2027: Führung & Daten für Kunden");
    Object.assign(Intl, { Segmenter: undefined });
    expect(termsOf("The client's e-mail in 2027: Führung & Daten für Kunden")).to.deep.equal(withSegmenter);
  });
});
