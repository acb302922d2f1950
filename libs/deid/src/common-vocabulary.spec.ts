import { BRAND_WORDS, CULTURE_NAMES, CULTURE_WORDS, REGION_WORDS } from './common-vocabulary';
import { createDetector } from './detector';
import { Dictionaries } from './dictionaries';

const dictionaries = Dictionaries.load();
const list = (words: string) => words.trim().split(/\s+/);

describe('common vocabulary', () => {
  it('never names a person with a culture word that is a given name; those wait for context instead', () => {
    expect(list(CULTURE_WORDS).filter((w) => dictionaries.isFirstName(w))).toEqual([]);
    expect(list(CULTURE_NAMES).every((w) => dictionaries.isFirstName(w))).toBe(true);
  });

  it('holds each word once, in lower case', () => {
    for (const words of [CULTURE_WORDS, CULTURE_NAMES, REGION_WORDS, BRAND_WORDS]) {
      const items = list(words);
      expect(new Set(items).size).toBe(items.length);
      expect(items.filter((w) => w !== w.toLowerCase())).toEqual([]);
    }
  });

  it('leaves brands, observances, languages and foreign regions alone, but still reads a brand that employs someone', () => {
    const detector = createDetector({ dictionaries });
    const found = (text: string) => detector.detect(text).map((f) => `${f.kind}:${f.text}`);
    expect(found('She sells on Etsy, keeps Shabbat, speaks Wolof and grew up in Punjab.')).toEqual([]);
    expect(found('He works at Costco on weekends.')).toEqual(['LOCATION:Costco']);
  });
});
