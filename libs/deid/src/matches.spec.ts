import { matchesAt, matchesOf } from './matches';

const viaMatchAll = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => [m.index, [...m]]);
const viaMatchesOf = (pattern: RegExp, text: string) => matchesOf(pattern, text).map((m) => [m.index, [...m]]);

describe('matchesOf', () => {
  it.each([
    [/\d+/g, 'a 12 b 3 c 456'],
    [/(\p{Lu})(\p{Ll}*)/gu, 'Ana met Łukasz and Zoë'],
    [/x*/g, 'axxbx'],
    [/(?:)/gu, 'a😅b'],
    [/\b\w+@\w+\.\w+\b/gi, 'no address here'],
  ])('finds what matchAll finds for %s', (pattern, text) => {
    expect(viaMatchesOf(pattern, text)).toEqual(viaMatchAll(pattern, text));
  });

  it('leaves the pattern ready for its next use and lets a loop reuse it', () => {
    const digits = /\d/g;
    const seen = matchesOf(digits, '1a2').map((m) => matchesOf(digits, `${m[0]}9`).length);
    expect(seen).toEqual([2, 2]);
    expect(digits.lastIndex).toBe(0);
  });

  it('refuses a pattern without the global flag, as matchAll does', () => {
    expect(() => matchesOf(/\d/, '1')).toThrow(TypeError);
  });
});

describe('matchesAt', () => {
  it('finds what matchesOf finds when every match begins at a given start, and skips starts inside a match', () => {
    const text = 'call 555 0134 or 12 34';
    const starts = [5, 9, 17, 20];
    expect(matchesAt(/\d+(?: \d+)?/g, text, starts).map((m) => [m.index, m[0]])).toEqual([
      [5, '555 0134'],
      [17, '12 34'],
    ]);
    expect(matchesAt(/\d+/g, text, [0, 1])).toEqual([]);
  });
});
