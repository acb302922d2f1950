import { AUTHOR_GIVEN_NAMES, AUTHOR_SURNAMES } from './cited-authors';
import { Dictionaries } from './dictionaries';
import { createDetector } from './detector';

const dictionaries = Dictionaries.load();
const surnames = AUTHOR_SURNAMES.trim().split(/\s+/);
const pairs = AUTHOR_GIVEN_NAMES.trim().split(/\s+/);

describe('cited authors', () => {
  it('lists as citations only surnames that are no given name and no English word', () => {
    const clashes = surnames.filter((s) => dictionaries.isFirstName(s) || dictionaries.isEnglish(s));
    expect(clashes).toEqual([]);
  });

  it('holds each surname and each surname:given pair once, in lower case', () => {
    expect(new Set(surnames).size).toBe(surnames.length);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(pairs.every((p) => /^[a-z'-]+:[a-z'-]+$/.test(p))).toBe(true);
  });

  it('reads a listed author as cited, and another given name before the surname as a person', () => {
    const detector = createDetector({ dictionaries });
    expect(detector.detect('Ross Greene and Karyn Purvis both help me here.')).toEqual([]);
    expect(detector.detect('Her neighbour Delphine Kalsched, 58, called.').map((f) => f.text)).toContain('Delphine Kalsched');
  });
});
