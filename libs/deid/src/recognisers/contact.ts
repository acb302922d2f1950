import { isIP } from 'node:net';
import { matchesOf } from '../matches';
import { PhiKind } from '../phi-kind';
import { Candidate, candidate, Priority } from './candidate';

const EMAIL = /(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w@])/g;

const TLDS =
  'com|org|net|edu|gov|mil|int|io|co|us|uk|ca|au|de|fr|info|biz|me|app|dev|ly|tv|health|site|online|page|blog|link|life|care|club|xyz|ai|nz|ie|in|ee|gg|fm|to|cc|sh|tk|ws|art|bio|shop|store|live|world|space|tech|social|fyi|bz|gl|tt|ink|studio|gallery|photo|photos|band|page|pro|win|top|click|fun|lol|gift|gifts|free|zone|vip|example';
const SCHEME_URL = /\b(?:https?|ftp):\/\/[^\s<>"'`]+/gi;
const WWW_URL = /(?<![\w.@/])www\.[^\s<>"'`]+/gi;
const BARE_URL = new RegExp(
  String.raw`(?<![\w.@/-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:${TLDS})(?::\d{2,5})?(?:/[^\s<>"'\x60]*)?(?![\w@-])`,
  'gi',
);
const TLD_HINT = new RegExp(String.raw`[a-z0-9]\.(?:${TLDS})\b`, 'i');
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"]+$/;

const IPV4 = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d]|\.\d)/g;
const IPV6 = /(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?:(?<=:)\d{1,3}(?:\.\d{1,3}){3})?(?![\w:])/g;

const HANDLE = /(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?/g;

const NANP =
  /(?<![\w+-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)[\s.-]?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\w-]|[.-]\d)/g;
const LOCAL_SEVEN = /(?<![\w.+-])\d{3}[.-]\d{4}(?![\w-]|[.-]\d)/g;
/** "555 0143": seven digits with a space count only with a voice cue near. */
const LOCAL_SEVEN_SPACE = /(?<![\w.+-]|[A-Z0-9][ -])\d{3} \d{4}(?![\w-]|[.-]\d| \d)/g;
const SPACED_PHONE_CUE = /\b(?:phone|cell|mobile|landline|call(?:ed|s|ing)?|text(?:ed|s|ing)?|reach(?:ed)?|dial(?:ed)?|voicemail|number|fax(?:ed)?)\b[^.!?\n]{0,40}$/i;
const INTERNATIONAL = /(?<![\w+])\+(?:[2-9]\d{0,2})[\s.-]?(?:\d[\s.-]?){6,12}\d(?![\w-])/g;
const FAX_CUE = /\bfax(?:ed|ing|es)?\b|\bfacsimile\b/gi;
const VOICE_CUE = /\b(?:phone|telephone|tel|ph|cell|mobile|call(?:ed|s|ing)?|text(?:ed|s|ing)?|voicemail|number is|main number|office number|front desk|(?<!fax )line)\b/gi;
const LETTERHEAD_LABEL = /(?:^|[\s(·|•,;"])(F|Fx|Fax|T|Tel|Ph|P|C|M|Cell|Phone)\s?[:.]?\s{1,2}$/;
const FAX_AFTER = /^\s*(?:\(fax\)|\[fax\]|fax\b)/i;
/** ", ext. 3", " x204", " extension 12": an extension written after the number belongs to it. */
const EXTENSION = /^,?\s?(?:ext\.?|extension|x)\s?\d{1,5}(?![\w-])/i;

/** Email addresses (already de-obfuscated by normalisation). */
export function recogniseEmails(text: string): Candidate[] {
  if (!text.includes('@')) return [];
  return emailMatches(text).map((m) => candidate(PhiKind.EMAIL, m.index, m.index + m[0].length, 0.99, Priority.EMAIL));
}

/** URLs with or without a scheme; one span each, never split. */
export function recogniseUrls(text: string): Candidate[] {
  const found: Candidate[] = [];
  const patterns = [];
  if (text.includes('://')) patterns.push(SCHEME_URL);
  if (/www\./i.test(text)) patterns.push(WWW_URL);
  if (TLD_HINT.test(text)) patterns.push(BARE_URL);
  for (const pattern of patterns) {
    for (const m of pattern === BARE_URL ? bareUrlMatches(text) : matchesOf(pattern, text)) {
      const url = m[0].replace(TRAILING_PUNCTUATION, '');
      if (pattern === BARE_URL && !looksLikeBareDomain(url)) continue;
      found.push(candidate(PhiKind.URL, m.index, m.index + url.length, pattern === BARE_URL ? 0.85 : 0.99, Priority.URL));
    }
  }
  return found;
}

const EMAIL_AT = new RegExp(EMAIL.source, EMAIL.flags.replace('g', '') + 'y');
const BARE_URL_AT = new RegExp(BARE_URL.source, BARE_URL.flags.replace('g', '') + 'y');

/**
 * The matches `matchesOf(EMAIL, text)` finds, tried only where an address can begin (scanning every
 * character with EMAIL is dear): in the run of address characters before an "@", at its start or after a "%".
 */
function emailMatches(text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', Math.max(at + 1, from))) {
    let start = at;
    while (start > from && isLocalPartCode(text.charCodeAt(start - 1))) start--;
    for (let s = start; s < at; s++) {
      const before = text.charCodeAt(s - 1);
      if (!isAlphanumericCode(text.charCodeAt(s)) || isAlphanumericCode(before) || before === 95 || before === 46 || before === 43 || before === 45) continue;
      EMAIL_AT.lastIndex = s;
      const m = EMAIL_AT.exec(text);
      if (!m) continue;
      matches.push(m);
      from = s + m[0].length;
      break;
    }
  }
  return matches;
}

/**
 * The matches `matchesOf(BARE_URL, text)` finds, tried only where a domain can begin: at the start of
 * the run of letters, digits, dots and hyphens around a dot.
 */
function bareUrlMatches(text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let from = 0;
  let tried = -1;
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', Math.max(dot + 1, from))) {
    let start = dot;
    while (start > from && (isAlphanumericCode(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 46 || text.charCodeAt(start - 1) === 45)) start--;
    if (start === tried || start === dot) continue;
    tried = start;
    BARE_URL_AT.lastIndex = start;
    const m = BARE_URL_AT.exec(text);
    if (!m) continue;
    matches.push(m);
    from = start + m[0].length;
  }
  return matches;
}

/** Characters of an address's local part: letters, digits and . _ % + - */
function isLocalPartCode(code: number): boolean {
  return isAlphanumericCode(code) || code === 46 || code === 95 || code === 37 || code === 43 || code === 45;
}

function isAlphanumericCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** A bare "name.tld" needs a path or a plausible site name: "e.g.co" is not a site. */
function looksLikeBareDomain(url: string): boolean {
  const host = url.split(/[/:]/)[0];
  const labels = host.split('.');
  // "lnk.to", "it.is": a two-letter TLD that is also an English word needs a path.
  if (/^(?:to|is|am|so|in|it|me|us|be|do|go|no|at|on|or|an|as|my|by|he|we|hi|ok)$/i.test(labels[labels.length - 1]) && !url.includes('/')) return false;
  return url.includes('/') || labels[0].length >= 3;
}

/** IPv4 and IPv6 addresses, validated by node:net. */
export function recogniseIps(text: string): Candidate[] {
  const found: Candidate[] = [];
  const patterns = [];
  if (/\d\.\d{1,3}\.\d/.test(text)) patterns.push(IPV4);
  if (/[0-9a-f]:[0-9a-f]{0,4}:/i.test(text)) patterns.push(IPV6);
  for (const pattern of patterns) {
    for (const m of matchesOf(pattern, text)) {
      if (isIP(m[0]) === 0) continue;
      // "1:2:3" style ratios and clock times are not addresses: insist on hex letters or "::".
      if (pattern === IPV6 && !/::|[a-f]/i.test(m[0]) && m[0].split(':').length < 8) continue;
      found.push(candidate(PhiKind.IP, m.index, m.index + m[0].length, 0.97, Priority.IP));
    }
  }
  return found;
}

/** Social-media handles such as `@crystal.unfiltered`, and payment-app cashtags such as `$stackz_dre` (a dollar sign before letters is no amount). */
export function recogniseHandles(text: string): Candidate[] {
  const handles = text.includes('@') ? matchesOf(HANDLE, text).filter((m) => m[0].length > 2) : [];
  const cashtags = text.includes('$') ? matchesOf(CASHTAG, text) : [];
  // "plays as n0_sc0pe_kobz", "posts as u/kettlerun_kickflip": a gamer tag or user name with an underscore, or a reddit user.
  const tags = text.includes('_') || text.includes('u/') ? matchesOf(UNDERSCORE_TAG, text) : [];
  return [...handles, ...cashtags, ...tags].map((m) => candidate(PhiKind.OTHER_ID, m.index, m.index + m[0].length, 0.9, Priority.PATTERN_ID));
}
/** "n0_sc0pe_kobz", "u/kettlerun_kickflip": words joined by underscores (never prose), or a reddit user name. */
const UNDERSCORE_TAG = /(?<![\w@$/.-])(?:u\/[A-Za-z0-9_-]{3,}|(?=[A-Za-z0-9_]*[A-Za-z])[A-Za-z0-9]{2,}(?:_[A-Za-z0-9]+)+)(?![\w@/-])/g;
/** "$stackz_dre", "$Jay-Pays": a dollar sign, then a letter and at least three more name characters. */
const CASHTAG = /(?<![\w$])\$[A-Za-z][A-Za-z0-9_.-]{2,}[A-Za-z0-9_](?![\w$])/g;

/** Telephone numbers, told apart from fax numbers by the words around them. */
export function recognisePhones(text: string): Candidate[] {
  const found: Candidate[] = [];
  const seen = new Set<number>();
  for (const pattern of [NANP, INTERNATIONAL, LOCAL_SEVEN]) {
    for (const m of matchesOf(pattern, text)) {
      if (seen.has(m.index)) continue;
      seen.add(m.index);
      const end = m.index + m[0].length + (EXTENSION.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 16))?.[0].length ?? 0);
      const kind = isFax(text, m.index, end) ? PhiKind.FAX : PhiKind.PHONE;
      const confidence = pattern === LOCAL_SEVEN ? 0.8 : 0.95;
      found.push(candidate(kind, m.index, end, confidence, Priority.PATTERN_ID));
    }
  }
  if (/\d{3} \d{4}/.test(text)) {
    for (const m of matchesOf(LOCAL_SEVEN_SPACE, text)) {
      if (seen.has(m.index) || found.some((f) => f.start <= m.index && m.index < f.end)) continue;
      if (!SPACED_PHONE_CUE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
      const end = m.index + m[0].length;
      found.push(candidate(isFax(text, m.index, end) ? PhiKind.FAX : PhiKind.PHONE, m.index, end, 0.75, Priority.PATTERN_ID));
    }
  }
  // "call me at five oh nine, five five five, zero one four two": a number read out in words (voicemail transcripts).
  if (SPOKEN_DIGITS_HINT.test(text)) {
    for (const m of matchesOf(SPOKEN_NUMBER, text)) {
      const words = m[0].toLowerCase().split(/[\s,.-]+/).filter(Boolean);
      if (words.length !== 7 && words.length !== 10 && words.length !== 11) continue;
      // "one, two, three, four, five, six, seven": counting is no number.
      const values = words.map((w) => (w === 'oh' ? 0 : DIGIT_VALUES.indexOf(w)));
      if (values.every((v, k) => k === 0 || v === values[k - 1] + 1)) continue;
      const end = m.index + m[0].length;
      found.push(candidate(isFax(text, m.index, end) ? PhiKind.FAX : PhiKind.PHONE, m.index, end, 0.8, Priority.PATTERN_ID));
    }
  }
  return found;
}

const DIGIT_WORD = '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)';
const DIGIT_VALUES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const SPOKEN_DIGITS_HINT = new RegExp(String.raw`\b(?:${DIGIT_WORD}[\s,.-]+){6}${DIGIT_WORD}\b`, 'i');
const SPOKEN_NUMBER = new RegExp(String.raw`\b${DIGIT_WORD}(?:(?:,?\s|-|\.\s?)${DIGIT_WORD}){6,10}\b`, 'gi');

/**
 * The nearest cue decides: "fax"/"faxed" against "phone"/"call"/"text", looking
 * back to the start of the sentence and a few words ahead ("... as her phone").
 */
function isFax(text: string, start: number, end: number): boolean {
  if (FAX_AFTER.test(text.slice(end, end + 8))) return true;
  // Letterhead labels right before the number: "F: (503) ...", "Fax 1-800-...", "T: ...", "Tel ...".
  const label = LETTERHEAD_LABEL.exec(text.slice(Math.max(0, start - 12), start));
  if (label) return /^f/i.test(label[1]);
  const before = text.slice(sentenceStartBefore(text, start), start);
  const after = text.slice(end, end + 30).split(/[,;]|[.!?]\s/)[0];
  const distance = (pattern: RegExp) => {
    const back = lastIndexOf(before, pattern);
    const ahead = after.search(pattern);
    return Math.min(back < 0 ? Infinity : before.length - back, ahead < 0 ? Infinity : ahead + 10);
  };
  const fax = distance(FAX_CUE);
  return fax !== Infinity && fax < distance(VOICE_CUE);
}

function sentenceStartBefore(text: string, index: number): number {
  const window = Math.max(0, index - 160);
  const head = text.slice(window, index);
  const stop = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '), head.lastIndexOf('\n'));
  return stop < 0 ? window : window + stop + 1;
}

function lastIndexOf(text: string, pattern: RegExp): number {
  let last = -1;
  for (const m of matchesOf(pattern, text)) last = m.index;
  return last;
}
