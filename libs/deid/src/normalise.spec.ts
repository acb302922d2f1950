import { normalise } from './normalise';

describe('normalise', () => {
  it('leaves plain ASCII text as it is, with identical offsets', () => {
    const n = normalise('Plain text, nothing to fold.');
    expect(n.text).toBe('Plain text, nothing to fold.');
    expect(n.toOriginal(6, 10)).toEqual([6, 10]);
  });

  it('folds unicode dashes, quotes and spaces to ASCII one for one', () => {
    const n = normalise('“Ok” – 555‑0134\u00a0now');
    expect(n.text).toBe('"Ok" - 555-0134 now');
    expect(n.toOriginal(7, 15)).toEqual([7, 15]);
  });

  it('drops zero-width characters and maps around them', () => {
    const input = 'ab\u200bcd';
    const n = normalise(input);
    expect(n.text).toBe('abcd');
    const [start, end] = n.toOriginal(0, 4);
    expect(input.slice(start, end)).toBe(input);
  });

  it.each([
    ['jdoe at example dot com', 'jdoe@example.com'],
    ['x[at]y[dot]com', 'x@y.com'],
    ['first dot last (at) mail (dot) org', 'first.last@mail.org'],
  ])('folds the obfuscated address "%s"', (written, folded) => {
    const input = `write to ${written} today`;
    const n = normalise(input);
    expect(n.text).toBe(`write to ${folded} today`);
    const start = n.text.indexOf(folded);
    const [s, e] = n.toOriginal(start, start + folded.length);
    expect(input.slice(s, e)).toBe(written);
  });

  it('maps a folded address back through folded and dropped characters', () => {
    for (const input of ['“Mail” jdoe at example dot com\u2014or call', '“Mail”\u200b jdoe at example dot com\u2014or call']) {
      const n = normalise(input);
      expect(n.text).toBe('"Mail" jdoe@example.com or call');
      const [start, end] = n.toOriginal(7, 23);
      expect(input.slice(start, end)).toBe('jdoe at example dot com');
    }
  });

  it('does not fold ordinary "at" prose', () => {
    expect(normalise('we met at school and at home').text).toBe('we met at school and at home');
  });
});
