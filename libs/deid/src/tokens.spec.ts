import { isSentenceStart, tokenise } from './tokens';

/** The word pattern the hand-written scanner in `tokenise` implements. */
const WORD = /[\p{L}\p{M}]+(?:['-][\p{L}\p{M}]+)*'?/gu;

const spansOf = (text: string) => tokenise(text).map((t) => [t.start, t.end + t.tail.length]);
const regexSpansOf = (text: string) => [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);

describe('tokenise', () => {
  it.each([
    ["Summer's mother-in-law didn't call O'Neil's office."],
    ["rock'n'roll' -- a- -b 'quoted' x''y x--y the '90s"],
    ['Wróbel, Nguyễn Đặng and Łukasz met at café Zoë; Ｆｕｌｌ width stays as written.'],
    ['Combining marks: Jose\u0301 and Zoe\u0308, emoji 😅between🥪words, astral 𝒜𝓁𝒾𝒸ℯ and a lone \ud83d surrogate.'],
    ['K10, PHQ-9, 3rd, A-number, T-shirt, e.g. Dr. Okafor; end'],
    [''],
  ])('finds the same word spans as the word pattern in %j', (text) => {
    expect(spansOf(text)).toEqual(regexSpansOf(text));
  });

  it('reads the word before a full stop as (?<![\\p{L}\\d])([\\p{L}.]+)\\.$ does in the 12 characters before it', () => {
    const pieces = ['a', 'Z', '.', 'é', 'ł', 'İ', '\u0301', '😅', '𝒜', '\ud83d', '\ude00', ' ', '1'];
    // A word glued to a digit ("8KQ2mX.") is part of a code, never an abbreviation.
    const wordBefore = (text: string, stop: number) => /(?<![\p{L}\d])([\p{L}.]+)\.$/u.exec(text.slice(Math.max(0, stop - 12), stop + 1))?.[1] ?? '';
    for (const pad of ['', 'abcdefghij', 'abcdefghijk']) {
      for (const a of pieces) {
        for (const b of pieces) {
          for (const c of pieces) {
            // No abbreviation can be spelled from these pieces: one letter is an initial, anything else a word.
            const text = `${pad}${a}${b}${c}. Next`;
            const word = wordBefore(text, text.length - 6).toLowerCase();
            expect([text, isSentenceStart(text, text.length - 4)]).toEqual([text, word.length !== 1]);
          }
        }
      }
    }
  });

  it('splits a contraction or possessive tail off the word', () => {
    expect(tokenise("Summer's didn't Jones' DON'T").map((t) => [t.text, t.tail])).toEqual([
      ['Summer', "'s"],
      ['did', "n't"],
      ['Jones', "'"],
      ['DO', "N'T"],
    ]);
  });

  it('lower-cases and folds words for dictionary look-ups', () => {
    expect(tokenise('Wróbel BETH mark').map((t) => [t.lower, t.folded])).toEqual([
      ['wróbel', 'wrobel'],
      ['beth', 'beth'],
      ['mark', 'mark'],
    ]);
  });

  it('tells capitalised words, acronyms, sentence starts and digit glue apart', () => {
    const flags = tokenise('Ask Dr. Lee. PHQ then K10 Mary').map((t) => [t.text, t.capitalised, t.acronym, t.sentenceStart, t.gluedToDigit]);
    expect(flags).toEqual([
      ['Ask', true, false, true, false],
      ['Dr', true, false, false, false],
      ['Lee', true, false, false, false],
      ['PHQ', false, true, false, false],
      ['then', false, false, false, false],
      ['K', false, false, false, true],
      ['Mary', true, false, false, false],
    ]);
  });
});
