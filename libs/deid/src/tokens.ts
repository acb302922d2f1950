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

const WORD = /[\p{L}\p{M}]+(?:['-][\p{L}\p{M}]+)*'?/gu;
const TAIL = /'(?:s|m|re|ve|d|ll|t)?$|n't$/i;
const STOPS_SCAN = /[\p{L}\p{N}.!?:;,\n)\]-]/u;
const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'mx', 'rev', 'st', 'prof', 'sr', 'jr', 'fr', 'apt', 'ste', 'no', 'vs',
  'etc', 'e.g', 'i.e', 'a.m', 'p.m', 'am', 'pm', 'mt', 'ft', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'dept', 'inc', 'co', 'ave', 'rd', 'blvd',
  'sgt', 'lt', 'capt', 'gov', 'sen', 'rep', 'u.s', 'ph.d',
]);

/** Splits `text` into word tokens. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const last = raw.charCodeAt(raw.length - 1);
    const mayHaveTail = raw.length > 2 && (last === 39 || last === 116 || raw.includes("'"));
    const tailMatch = mayHaveTail ? TAIL.exec(raw) : null;
    const word = tailMatch && tailMatch.index > 0 ? raw.slice(0, tailMatch.index) : last === 39 ? raw.slice(0, -1) : raw;
    const end = start + word.length;
    const lower = word.toLowerCase();
    const caseBits = caseOf(word, lower);
    const hasLower = (caseBits & 1) !== 0;
    const capitalised = (caseBits & 2) !== 0 || hasNameParticle(word);
    const rawEnd = start + raw.length;
    tokens.push({
      text: word,
      start,
      end,
      lower,
      folded: fold(lower),
      capitalised,
      acronym: word.length > 1 && !hasLower,
      sentenceStart: capitalised && isSentenceStart(text, start),
      tail: word.length === raw.length ? '' : raw.slice(word.length),
      gluedToDigit: isDigit(text.charCodeAt(start - 1)) || isDigit(text.charCodeAt(rawEnd)) || (text.charCodeAt(rawEnd) === 45 && isDigit(text.charCodeAt(rawEnd + 1))),
    });
  }
  return tokens;
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
  const glue = word.search(/[-'’]/);
  return glue > 0 && glue <= 4 && PARTICLE_PREFIX.test(word);
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
  let i = index - 1;
  while (i >= 0 && !isStopScan(text.charCodeAt(i), text, i)) i--;
  if (i < 0) return true;
  const c = text[i];
  if (c === '\n' || c === '!' || c === '?' || c === ':') return true;
  if (c !== '.') return false;
  // The abbreviation must be a word of its own: "...8KQ2mX. She" ends a code, not the title "Mx.".
  const before = /(?<![\p{L}\p{N}])([\p{L}.]+)\.$/u.exec(text.slice(Math.max(0, i - 12), i + 1));
  if (!before) return true;
  const word = before[1].toLowerCase();
  if (word.length === 1) return false;
  return !ABBREVIATIONS.has(word);
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
