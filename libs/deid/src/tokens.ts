/**
 * Word tokens with the facts the name and place recognisers reason over:
 * capitalisation, sentence position, possessive, and glue to digits.
 */
export interface Token {
  /** The word without a possessive or contraction tail ("Summer" for "Summer's"). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly lower: string;
  /** Lower-case with diacritics removed, for dictionary look-ups ("wróbel" -> "wrobel"). */
  readonly folded: string;
  /** Starts with an upper-case letter and is not all capitals. */
  readonly capitalised: boolean;
  /** Two or more letters, all capitals (PHQ, DBT, IL). */
  readonly acronym: boolean;
  /** A capitalised first word of a sentence, where capitals say nothing (false for lower-case words). */
  readonly sentenceStart: boolean;
  /** Followed by 's or ' (possessive) or another contraction tail. */
  readonly tail: string;
  /** Touches a digit ("K10", "PHQ-9"): part of a code, never a name. */
  readonly gluedToDigit: boolean;
}

const STOPS_SCAN = /[\p{L}\p{N}.!?:;,\n)\]-]/u;
const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'mx', 'rev', 'st', 'prof', 'sr', 'jr', 'fr', 'apt', 'ste', 'no', 'vs',
  'etc', 'e.g', 'i.e', 'a.m', 'p.m', 'am', 'pm', 'mt', 'ft', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'dept', 'inc', 'co', 'ave', 'rd', 'blvd',
  'sgt', 'lt', 'capt', 'gov', 'sen', 'rep', 'u.s', 'ph.d',
]);

/**
 * Splits `text` into word tokens: runs of letters and marks joined by single
 * apostrophes or hyphens, with an optional trailing apostrophe (the pattern
 * `[\p{L}\p{M}]+(?:['-][\p{L}\p{M}]+)*'?`), scanned by char code rather than
 * by regex, as this runs over every character of every post.
 */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    // Each char code is read once: ASCII letters are told by code here, letterWidth only sees the rest.
    let letter = text.charCodeAt(i);
    let width = letter < 0x80 ? asciiLetterWidth(letter) : letterWidth(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    let upper = false;
    let hasLower = false;
    let apostrophe = false;
    // Joined by a hyphen or an apostrophe inside the word: only then can it hold a name particle's glue.
    let joined = false;
    for (;;) {
      if (width > 1 || letter > 0x7f) ascii = false;
      else if (letter <= 90) upper = true;
      else hasLower = true;
      i += width;
      // -1 past the end, which no test below takes for a letter or a separator (never an out-of-bounds read: see codeAt).
      letter = i < text.length ? text.charCodeAt(i) : -1;
      width = letter < 0x80 ? asciiLetterWidth(letter) : letterWidth(text, i);
      if (width > 0) continue;
      const separator = letter;
      if ((separator === 39 || separator === 45) && (width = letterWidth(text, i + 1)) > 0) {
        if (separator === 39) apostrophe = true;
        joined = true;
        i++;
        letter = text.charCodeAt(i);
        continue;
      }
      if (separator === 39) {
        apostrophe = true;
        i++;
      }
      break;
    }
    const rawEnd = i;
    const rawLength = rawEnd - start;
    const last = text.charCodeAt(rawEnd - 1);
    const tail = rawLength > 2 && apostrophe ? tailAt(text, start, rawEnd) : -1;
    const wordLength = tail > start ? tail - start : last === 39 ? rawLength - 1 : rawLength;
    const end = start + wordLength;
    const word = wordAt(text, start, end);
    // Most words are lower-case ASCII already: no copy (toLowerCase is slow on two-byte text).
    const lower = ascii && !upper ? word : word.toLowerCase();
    // The scan's case flags hold for the word itself when no tail was cut off.
    const caseBits = ascii && !apostrophe ? (hasLower ? 1 : 0) | (hasLower && text.charCodeAt(start) <= 90 ? 2 : 0) : caseOf(word, lower);
    const capitalised = (caseBits & 2) !== 0 || (joined && hasNameParticle(word));
    tokens.push({
      text: word,
      start,
      end,
      lower,
      folded: ascii ? lower : fold(lower),
      capitalised,
      acronym: wordLength > 1 && (caseBits & 1) === 0,
      sentenceStart: capitalised && isSentenceStart(text, start),
      tail: wordLength === rawLength ? '' : text.slice(end, rawEnd),
      gluedToDigit: isDigit(codeAt(text, start - 1)) || isDigit(codeAt(text, rawEnd)) || (codeAt(text, rawEnd) === 45 && isDigit(codeAt(text, rawEnd + 1))),
    });
  }
  return tokens;
}

/** Length from which V8 makes a slice a view into the post (a "sliced string") rather than a copy. */
const SLICED_FROM = 13;

/**
 * `text.slice(start, end)`, as a string of its own even when the word is long ("psychotherapeutic"). Token
 * strings are read all over the recognisers ("t.text.length", "t.text.charCodeAt(0)"); with sliced strings
 * among them those reads met five kinds of string and V8 gave up on specialising them (megamorphic), where
 * three kinds (one-byte, two-byte, and the shared one-letter strings) keep them fast.
 */
function wordAt(text: string, start: number, end: number): string {
  const word = text.slice(start, end);
  return end - start < SLICED_FROM ? word : word.split('').join('');
}

/**
 * Where the possessive or contraction tail of the word in [start, end) begins, or -1: the leftmost match of
 * `/'(?:s|m|re|ve|d|ll|t)?$|n't$/i` ("Summer's" at "'s", "didn't" at "n't", "Jones'" at "'"), read off the
 * last three char codes instead of a regex run on a copy of the word.
 */
function tailAt(text: string, start: number, end: number): number {
  // "n't" begins three from the end; an apostrophe with an ending of no, one or two letters at most there.
  const contraction = end - 3 >= start && (text.charCodeAt(end - 3) | 32) === 110 && text.charCodeAt(end - 2) === 39 && (text.charCodeAt(end - 1) | 32) === 116 ? end - 3 : -1;
  for (let at = Math.max(start, end - 3); at < end; at++) {
    if (at === contraction) return at;
    if (text.charCodeAt(at) === 39 && isTailEnding(text, at + 1, end)) return at;
  }
  return -1;
}

/** The letters after a tail's apostrophe: none, or s, m, d, t, re, ve, ll in either case. */
function isTailEnding(text: string, from: number, end: number): boolean {
  if (from === end) return true;
  const a = text.charCodeAt(from) | 32;
  if (end - from === 1) return a === 115 || a === 109 || a === 100 || a === 116;
  const b = text.charCodeAt(from + 1) | 32;
  return (a === 114 && b === 101) || (a === 118 && b === 101) || (a === 108 && b === 108);
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** letterWidth for an ASCII char code: 1 for a-z and A-Z, else 0. */
function asciiLetterWidth(c: number): number {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
}

/** UTF-16 length of the letter or mark at `i` (2 for an astral letter), or 0 when there is none. */
function letterWidth(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  const point = text.codePointAt(i) as number;
  if (!LETTER_OR_MARK.test(String.fromCodePoint(point))) return 0;
  return point > 0xffff ? 2 : 1;
}

/** Bit 1: has a lower-case letter; bit 2: starts with a capital. Char codes for ASCII words, no allocation. */
function caseOf(word: string, lower: string): number {
  let ascii = true;
  let hasLower = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 0x7f) {
      ascii = false;
      break;
    }
    if (c >= 97 && c <= 122) hasLower = true;
  }
  if (!ascii) {
    const upper = word.toUpperCase();
    const any = word !== upper;
    return (any ? 1 : 0) | (any && word[0] !== lower[0] && word[0] === upper[0] ? 2 : 0);
  }
  const first = word.charCodeAt(0);
  return (hasLower ? 1 : 0) | (hasLower && first >= 65 && first <= 90 ? 2 : 0);
}

/** "al-Rashidi", "an-Nur", "bin-Laden", "d'Souza": a lower-case particle glued to a capitalised name. */
const PARTICLE_PREFIX = /^(?:al|el|ul|an|ar|as|ash|at|ad|az|bin|ibn|abu|abd|ben|bint|da|de|di|du|d|van|von)[-'’]\p{Lu}/u;

function hasNameParticle(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 97 || c > 122) return false;
  // The glue must sit within the first five characters: char codes, not a regex search, as every lower-case word comes here.
  for (let i = 1; i <= 4 && i < word.length; i++) {
    const glue = word.charCodeAt(i);
    if (glue !== 45 && glue !== 39 && glue !== 0x2019) continue;
    // A capital must follow the glue ("al-Rashidi"): "don't" and "well-being" need no regex.
    const next = codeAt(word, i + 1);
    return ((next >= 65 && next <= 90) || next >= 0x80) && PARTICLE_PREFIX.test(word);
  }
  return false;
}

/**
 * `text.charCodeAt(index)`, NaN outside the text as there, but read only inside it. V8 compiles
 * `charCodeAt` on the bet that the index is in bounds. Once a read past an end loses that bet, the
 * function is deoptimised and that call becomes a call of the generic built-in for good (in tokenise,
 * ~2,500 such calls per post); in a function as large as the proper-noun pass V8 did not even learn,
 * and threw its compiled code away at "text.charCodeAt(t.end + 1)" on a post's last word every hundred
 * posts or so, running it unoptimised in between.
 */
export function codeAt(text: string, index: number): number {
  return index >= 0 && index < text.length ? text.charCodeAt(index) : NaN;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

const SPECIAL_LETTERS: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i', ð: 'd', þ: 'th' };

/** Lower-case ASCII folding for dictionary look-ups. */
export function fold(lower: string): string {
  if (isAscii(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łđøæœßıðþ]/g, (c) => SPECIAL_LETTERS[c]);
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * True when the word at `index` opens a sentence: nothing before it but
 * quotes, brackets, emoji and spaces back to a full stop (not an abbreviation
 * like "Dr." or an initial), a ?, !, :, a line break or the start of the text.
 */
export function isSentenceStart(text: string, index: number): boolean {
  // 'He said, "Frank question ...': quoted speech opens a sentence of its own.
  const quote = codeAt(text, index - 1);
  if ((quote === 34 || quote === 0x201c) && QUOTED_SPEECH_BEFORE.test(text.slice(Math.max(0, index - 24), index - 1))) return true;
  let i = index - 1;
  while (i >= 0 && !isStopScan(text.charCodeAt(i), text, i)) i--;
  if (i < 0) return true;
  const c = text[i];
  if (c === '\n' || c === '!' || c === '?' || c === ':') return true;
  // "- Track outcomes": a bullet's dash at the start of a line opens a sentence.
  if (c === '-') {
    let k = i - 1;
    while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
    return k < 0 || text.charCodeAt(k) === 10;
  }
  if (c !== '.') return false;
  const before = wordBeforeStop(text, i);
  if (!before) return true;
  const word = before.toLowerCase();
  // "J. Smith" is an initial, but "Tourette's. Summer" ends a sentence on a possessive.
  if (word.length === 1) return text.charCodeAt(i - 2) === 39 || text.charCodeAt(i - 2) === 0x2019;
  // "No. Mark the crossing": "No." abbreviates "number" only before a number, never before a capitalised word.
  return word === 'no' || !ABBREVIATIONS.has(word);
}

const QUOTED_SPEECH_BEFORE = /\b(?:said|says|say|asked|asks|ask|told (?:me|him|her|us|them)|wrote|writes|texted|texts|yelled|added|replied|answered|whispered|snapped|goes|went)[,:]?\s$/i;

const LETTER = /^\p{L}$/u;

/**
 * The run of letters and dots right before the full stop at `stop`, looking at most 12
 * characters back ("Dr", "e.g", "U.S"); what `([\p{L}.]+)\.$` finds in that window.
 */
function wordBeforeStop(text: string, stop: number): string {
  const limit = Math.max(0, stop - 12);
  let from = stop;
  while (from > limit) {
    const c = text.charCodeAt(from - 1);
    if (c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) from--;
    else if (c < 0x80) break;
    else if (c >= 0xdc00 && c <= 0xdfff && from - 2 >= limit && LETTER.test(text.slice(from - 2, from))) from -= 2; // an astral letter
    else if (LETTER.test(text[from - 1])) from--;
    else break;
  }
  // The abbreviation must be a word of its own: "...8KQ2mX. She" ends a code, not the title "Mx.".
  const previous = codeAt(text, from - 1);
  if (from > limit && previous >= 48 && previous <= 57) {
    // Glued to a digit: only what follows a dot inside the run is a word of its own ("1.a." ends in "a").
    while (from < stop && text.charCodeAt(from) !== 46) from++;
    if (from < stop) from++;
  }
  return text.slice(from, stop);
}

/** True for a character that ends the backward scan: a letter, digit or punctuation in STOPS_SCAN. */
function isStopScan(code: number, text: string, i: number): boolean {
  if (code === 32) return false;
  if (code < 128) {
    // letters, digits and . ! ? : ; , \n ) ] -
    return (
      (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ||
      code === 46 || code === 33 || code === 63 || code === 58 || code === 59 || code === 44 || code === 10 || code === 41 || code === 93 || code === 45
    );
  }
  return STOPS_SCAN.test(text[i]);
}
