import { Buffer } from 'node:buffer';
import { matchesOf } from './matches';

/**
 * Text normalisation with a map back to the caller's offsets.
 *
 * Recognisers see one canonical spelling: ASCII dashes, quotes and spaces, no
 * zero-width characters, and obfuscated addresses folded back
 * (`jdoe at example dot com` -> `jdoe@example.com`). Every normalised index
 * remembers the original index it came from, so findings are reported in the
 * caller's UTF-16 offsets however much the text was rewritten.
 */
export interface NormalisedText {
  /** The canonical text the recognisers scan. */
  readonly text: string;
  /** Maps a normalised span [start, end) back to the original [start, end). */
  toOriginal(start: number, end: number): [number, number];
}

const DASHES = /[\u2010-\u2013\u2212\uFE58\uFE63\uFF0D]/;
const SEPARATING_DASHES = /[\u2014\u2015]/;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/;
const DOUBLE_QUOTES = /[\u201C-\u201F\u2033]/;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const NEEDS_CHAR_PASS = /[\u00A0\u00AD\u2000-\u2015\u2018-\u201F\u202F\u2032\u2033\u205F\u2060\u2212\u3000\uFE58\uFE63\uFEFF\uFF01-\uFF5E]/;
const CHAR_PASS = new RegExp(NEEDS_CHAR_PASS.source, 'g');

/** An "at" between two parts of an address: " at ", "[at]", "(at)", "{at}", "<at>". */
const AT = /\s*[[({<]\s*at\s*[\])}>]\s*|\s+at\s+/gi;
const DOT = String.raw`(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+|\.)`;
const SPELLED_DOT_PART = String.raw`(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+)`;
/** The local part, read backwards from an "at": "jdoe", "first.last", "soledad dot ibanez". */
const LOCAL_BEFORE = new RegExp(String.raw`(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*(?:${SPELLED_DOT_PART}[A-Za-z0-9_%+-]+)*$`);
/** The domain, read forwards from an "at": "example dot com", "y[dot]com", "mail.org". */
const DOMAIN_AFTER = new RegExp(String.raw`^[A-Za-z0-9-]+(?:${DOT}[A-Za-z0-9-]+)*${DOT}[A-Za-z]{2,7}(?![\w@])`, 'i');
const SPELLED_DOT = new RegExp(String.raw`^${DOT}$`, 'i');
const SPELLED_DOMAIN = /(?<![\w.@])([a-z0-9-]+)(\s+dot\s+|\s*[[({<]\s*dot\s*[\])}>]\s*)(com|org|net|edu|gov|io|co)(?![\w])/gi;
const MAY_HOLD_DOT = /dot/i;
const BRACKETED_AT = /[[({<]\s*at\s*[\])}>]/i;

/** Local parts that are ordinary words: "email me at jo dot com" is not `me@jo.com`. */
const NOT_A_LOCAL_PART = new Set([
  'me', 'him', 'her', 'them', 'us', 'you', 'it', 'is', 'was', 'email', 'mail', 'online', 'out',
  'look', 'looked', 'home', 'work', 'school', 'arrived', 'write', 'reach', 'here', 'there',
]);

/** Normalises `input`; see {@link NormalisedText}. */
export function normalise(input: string): NormalisedText {
  const chars = NEEDS_CHAR_PASS.test(input) ? foldCharacters(input) : null;
  const text = chars ? chars.text : input;
  const offsets = chars ? chars.offsets : null;
  const rewritten = foldObfuscations(text, offsets);
  if (rewritten) return mapped(compact(rewritten.text), rewritten.offsets);
  return offsets ? mapped(compact(text), offsets) : identity(compact(text));
}

/** A character above U+00FF: the text cannot be held in V8's one-byte string form. */
const WIDE = /[^\0-\xff]/;

/**
 * The same text, as a one-byte string when every character fits in Latin-1. A post that held a
 * curly quote or a dash (or was cut from a longer text that did) is a two-byte string even once
 * they are folded, and every regex and dictionary look-up on it then runs about a fifth slower;
 * the copy costs about half a microsecond.
 */
function compact(text: string): string {
  return WIDE.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1');
}

function identity(text: string): NormalisedText {
  return { text, toOriginal: (start, end) => [start, end] };
}

function mapped(text: string, offsets: number[]): NormalisedText {
  return {
    text,
    toOriginal: (start, end) => [offsets[start], end > start ? offsets[end - 1] + 1 : offsets[start]],
  };
}

interface Mapped {
  text: string;
  offsets: number[];
}

/** Folded characters; `offsets` is null when every character kept its index. */
function foldCharacters(input: string): { text: string; offsets: number[] | null } {
  // Only invisible characters are dropped; without them each character is replaced in place.
  if (!INVISIBLE.test(input)) return { text: input.replace(CHAR_PASS, (c) => foldCharacter(c, c.charCodeAt(0))), offsets: null };
  let text = '';
  const offsets: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code < 0xa0) {
      text += input[i];
      offsets.push(i);
      continue;
    }
    const out = foldCharacter(input[i], code);
    if (out === '') continue;
    text += out;
    offsets.push(i);
  }
  return { text, offsets };
}

function foldCharacter(c: string, code: number): string {
  if (INVISIBLE.test(c)) return '';
  if (DASHES.test(c)) return '-';
  if (SEPARATING_DASHES.test(c)) return ' ';
  if (SINGLE_QUOTES.test(c)) return "'";
  if (DOUBLE_QUOTES.test(c)) return '"';
  if (SPACES.test(c)) return ' ';
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return c;
}

interface Rewrite {
  start: number;
  end: number;
  pieces: Array<{ text: string; at: number }>;
}

function foldObfuscations(text: string, offsets: number[] | null): Mapped | null {
  const rewrites: Rewrite[] = [];
  // A plain " at " only starts an address when a spelled "dot" follows, so prose without
  // "dot" or a bracketed "[at]" skips the scan (most posts have many " at ").
  const mayHoldDot = MAY_HOLD_DOT.test(text);
  const mayHoldAddress = mayHoldDot || BRACKETED_AT.test(text);
  for (const at of mayHoldAddress ? matchesOf(AT, text) : []) {
    const bracketed = /[[({<]/.test(at[0]);
    const afterAt = at.index + at[0].length;
    // The anchored domain test first: the end-anchored local-part pattern is tried from every position.
    const domainMatch = DOMAIN_AFTER.exec(text.slice(afterAt, afterAt + 96));
    if (!domainMatch) continue;
    const localMatch = LOCAL_BEFORE.exec(text.slice(Math.max(0, at.index - 64), at.index));
    if (!localMatch) continue;
    const [local] = localMatch;
    const [domain] = domainMatch;
    // A plain " at " before a dotted name is prose ("we met at example.com"), not an address.
    if (!bracketed && !MAY_HOLD_DOT.test(domain)) continue;
    if (NOT_A_LOCAL_PART.has(local.toLowerCase())) continue;
    // "the handout at marisol dot ybarra at chimemail dot com": a second "at" after the domain means this one was prose.
    const secondAt = bracketed ? null : /^\s+at\s+/i.exec(text.slice(afterAt + domain.length, afterAt + domain.length + 8));
    if (secondAt && DOMAIN_AFTER.test(text.slice(afterAt + domain.length + secondAt[0].length, afterAt + domain.length + secondAt[0].length + 96))) continue;
    const start = at.index - local.length;
    if (rewrites.some((r) => start < r.end)) continue;
    const atWord = at.index + at[0].search(/a/i);
    rewrites.push({ start, end: afterAt + domain.length, pieces: [...foldDots(local, start), { text: '@', at: atWord }, ...foldDots(domain, afterAt)] });
  }
  if (mayHoldDot) {
    for (const m of spelledDomains(text)) {
      const start = m.index;
      if (rewrites.some((r) => start < r.end && start + m[0].length > r.start)) continue;
      const [whole, label, dot, tld] = m;
      rewrites.push({
        start,
        end: start + whole.length,
        pieces: [
          { text: label, at: start },
          { text: '.', at: start + label.length + dot.search(/d/i) },
          { text: tld, at: start + label.length + dot.length },
        ],
      });
    }
  }
  if (rewrites.length === 0) return null;
  rewrites.sort((a, b) => a.start - b.start);

  const origin = (i: number) => (offsets ? offsets[i] : i);
  let out = '';
  const map: number[] = [];
  let cursor = 0;
  const copy = (from: number, to: number) => {
    out += text.slice(from, to);
    for (let i = from; i < to; i++) map.push(origin(i));
  };
  for (const r of rewrites) {
    copy(cursor, r.start);
    for (const piece of r.pieces) {
      out += piece.text;
      // A folded "dot" maps every output char to the word it replaced.
      for (let k = 0; k < piece.text.length; k++) map.push(origin(piece.text.length === 1 ? piece.at : piece.at + k));
    }
    cursor = r.end;
  }
  copy(cursor, text.length);
  return { text: out, offsets: map };
}

const DOT_WORD = /dot/gi;
const SPELLED_DOMAIN_AT = new RegExp(SPELLED_DOMAIN.source, SPELLED_DOMAIN.flags.replace('g', '') + 'y');
const WHITE_SPACE = /\s/;

/**
 * The matches `matchesOf(SPELLED_DOMAIN, text)` finds, with the pattern tried only where one can begin: at
 * the start of the run of letters, digits and hyphens before a spelled "dot" and its spaces or bracket, or
 * after a hyphen in that run. Scanning every character with it is dear.
 */
function spelledDomains(text: string): RegExpExecArray[] {
  const starts: number[] = [];
  for (const dot of matchesOf(DOT_WORD, text)) {
    let end = dot.index;
    for (let c = text.charCodeAt(end - 1); end > 0 && (c === 91 || c === 40 || c === 123 || c === 60 || WHITE_SPACE.test(text[end - 1])); c = text.charCodeAt(end - 1)) end--;
    let start = end;
    for (let c = text.charCodeAt(start - 1); start > 0 && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45); c = text.charCodeAt(start - 1)) start--;
    for (let at = start; at < end; at++) if (at === start || text.charCodeAt(at - 1) === 45) starts.push(at);
  }
  starts.sort((a, b) => a - b);
  const matches: RegExpExecArray[] = [];
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    SPELLED_DOMAIN_AT.lastIndex = start;
    const m = SPELLED_DOMAIN_AT.exec(text);
    if (!m) continue;
    matches.push(m);
    from = start + m[0].length;
  }
  return matches;
}

/** Splits a domain on its separators, folding each spelled "dot" to ".". */
function foldDots(domain: string, base: number): Array<{ text: string; at: number }> {
  const pieces: Array<{ text: string; at: number }> = [];
  const separator = new RegExp(DOT, 'gi');
  let cursor = 0;
  for (const m of domain.matchAll(separator)) {
    if (!SPELLED_DOT.test(m[0])) continue;
    pieces.push({ text: domain.slice(cursor, m.index), at: base + cursor });
    pieces.push({ text: '.', at: base + m.index + Math.max(0, m[0].search(/[d.]/i)) });
    cursor = m.index + m[0].length;
  }
  pieces.push({ text: domain.slice(cursor), at: base + cursor });
  return pieces.filter((p) => p.text.length > 0);
}
