import {
  COMMON_CAPITALISED,
  COUNTRIES_AND_REGIONS,
  CUE_FILLERS,
  GEO_SUFFIXES,
  GROUPS,
  MEDICATIONS,
  MONTHS,
  PERSON_CUES,
  PERSON_VERBS,
  STRONG_PLACE_CUES,
  THEORISTS,
  THEORY_AFTER,
  THEORY_BEFORE,
  SENTENCE_OPENERS,
  TITLE_ABBREVIATIONS,
  TITLE_WORDS,
  US_STATE_CODES,
  US_STATES,
  WEAK_PLACE_CUES,
  WEEKDAYS,
} from '../allow-list';
import { Dictionaries } from '../dictionaries';
import { PhiKind } from '../phi-kind';
import { Token } from '../tokens';
import { Candidate, candidate, Priority } from './candidate';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (set: ReadonlySet<string>) => [...set].map(escape).join('|');

const PERSON_CUE_BEFORE = new RegExp(
  String.raw`\b(?:${alternation(PERSON_CUES)})(?:\s+(?:${alternation(CUE_FILLERS)}))*\s*[,:]?\s*["(]?$`,
  'i',
);
const AGE_AFTER =
  /^(?:'s?)?(?:\s*,\s*(?:\d{1,3}|a\s\d{1,3}[- ]year[- ]old|an?\s[\w-]+-year-old|who)\b|\s*\(\d{1,3}\)|\s+is\s(?:an?\s)?\d{1,3}\b|\s+(?:is|was)\s(?:an?\s)?(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old|\s+\(\s*["']|\s+"[^"\n]{1,20}"\s+\p{Lu})/u;
const POSSESSIVE_PERSON_NOUN =
  /^'s?\s+(?:birthday|mother|mom|father|dad|parents|sister|brother|son|daughter|wife|husband|partner|boyfriend|girlfriend|family|kids|children|grandmother|grandfather|grandson|granddaughter|aunt|uncle|cousin|friend|friends|boss|teacher|coach|therapist|psychiatrist|doctor|case|chart|file|records|mood|anxiety|depression|grief|trauma|diagnosis|treatment|sessions?|safety|room|house|home|apartment|phone|email|letter|school|job)\b/i;
const COPULAS = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'could', 'should', 'might', 'may', 'must']);
const NAME_CUE_BEFORE = /\b(?:name is|named|called|goes by|known as|nicknamed|calls? (?:him|her|them)(?:self)?)\s+["']?$/i;
const PAIR_AFTER = /^\s+(?:(?:and|&)\s+|(?:(?:van|der|de|von|du|da|di|la|le)\s+)+)(\p{Lu}[\p{L}'-]+)/u;
const PAIR_BEFORE = /(\p{Lu}[\p{L}'-]+)\s+(?:and|&)\s+$/u;
const SINGLE_SPACE = /^ $/;
const THEORY_ON = /^'?s?\s+on\s+(?:the\s+)?\p{Ll}/u;

type Evidence = { score: number; person: boolean };

/**
 * Names of people and places written as capitalised phrases, plus
 * lower-case first names right after a person cue ("my client devon").
 *
 * Evidence, weakest to strongest: a capitalised word in the middle of a
 * sentence; a word that is in the name lists but not an ordinary English word;
 * context (a title, "her son", ", 44,", "is a 31-year-old", a verb people do).
 * A name that is also a common word (Grace, Bill, Miles) needs context at the
 * start of a sentence and is never taken in lower case. Theorists cited as
 * theory are skipped. Place cues ("lives in", "moved to", a state after a
 * comma, a suffix like "Ridge") turn the phrase into a LOCATION instead.
 */
export function recogniseProperNouns(text: string, tokens: readonly Token[], dictionaries: Dictionaries): Candidate[] {
  const found: Candidate[] = [];
  for (const chain of chains(text, tokens)) {
    const result = classifyChain(text, tokens, chain, dictionaries);
    if (result) found.push(result);
  }
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.capitalised || t.acronym || t.text.length < 3 || t.gluedToDigit) continue;
    // Cheap gate first: a cue word among the two tokens before, then the dictionaries.
    if (!isCueWord(tokens[i - 1]) && !(i > 1 && isCueWord(tokens[i - 2]) && CUE_FILLERS.has(tokens[i - 1].lower))) continue;
    if (!dictionaries.isName(t.folded) || dictionaries.isEnglish(t.lower) || isExcluded(t.lower)) continue;
    if (!PERSON_CUE_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start))) continue;
    found.push(candidate(PhiKind.NAME, t.start, t.end, 0.7, Priority.NAME_STRONG));
  }
  return found;
}

function isCueWord(t: Token): boolean {
  return PERSON_CUES.has(t.lower) || t.lower === 'by';
}

/** Runs of capitalised tokens separated by single spaces: "Babatunde Oyelaran", "Cold Harbor Bend". */
function chains(text: string, tokens: readonly Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isChainable(tokens[i])) {
      i++;
      continue;
    }
    let j = i;
    while (
      j + 1 < tokens.length &&
      isChainable(tokens[j + 1]) &&
      tokens[j].tail === '' &&
      SINGLE_SPACE.test(text.slice(tokens[j].end, tokens[j + 1].start))
    ) {
      j++;
    }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

function isChainable(t: Token): boolean {
  // "A-number", "T-shirt": a single-letter prefix makes a code word, not a name.
  return t.capitalised && t.text.length > 1 && !t.gluedToDigit && !/^\p{L}-/u.test(t.text) && !isHardExcluded(t.lower);
}

function isHardExcluded(lower: string): boolean {
  return COMMON_CAPITALISED.has(lower) || GROUPS.has(lower) || WEEKDAYS.has(lower) || MEDICATIONS.has(lower);
}

/** Words that are names too (Georgia, June, Jordan) and need a person cue to count. */
function isSoftExcluded(lower: string): boolean {
  return US_STATES.has(lower) || COUNTRIES_AND_REGIONS.has(lower) || MONTHS.has(lower);
}

function isExcluded(lower: string): boolean {
  return isHardExcluded(lower) || isSoftExcluded(lower) || THEORISTS.has(lower);
}

function classifyChain(text: string, tokens: readonly Token[], [from, to]: [number, number], dictionaries: Dictionaries): Candidate | null {
  let first = from;
  // "When Hunter", "Money is": a sentence-opening ordinary word is not a name, nor part of
  // the name after it, unless context says otherwise ("Art Garner is a 63-year-old").
  while (first <= to && tokens[first].sentenceStart && isOrdinary(tokens[first], dictionaries)) {
    const t = tokens[first];
    const couldBeName = first < to || dictionaries.isName(t.folded);
    if (couldBeName && !SENTENCE_OPENERS.has(t.lower) && hasPersonContextAt(text, tokens, to)) break;
    first++;
  }
  if (first > to) return null;
  const words = tokens.slice(first, to + 1);
  const start = words[0].start;
  const end = words[words.length - 1].end;
  const before = text.slice(Math.max(0, start - 48), start);
  const after = text.slice(end, end + 48);
  const previous = tokens[first - 1];

  const gap = previous ? text.slice(previous.end, start) : '';
  const title =
    !!previous &&
    ((TITLE_ABBREVIATIONS.has(previous.lower) && /^\.?\s+$/.test(gap)) || (TITLE_WORDS.has(previous.lower) && previous.capitalised && gap === ' '));
  const evidence = contextEvidence(before, after, words, tokens[to + 1], title);

  if (!evidence.person && isCitedTheory(before, after, words, dictionaries)) return null;
  // "Georgia", "Dakota", "June" are names too, but only with a person cue or a verb people do.
  if (words.every((w) => isSoftExcluded(w.lower)) && !evidence.person && evidence.score === 0) return null;

  const place = placeKind(before, after, words, dictionaries, evidence);
  if (place) return place;

  const lexical = Math.max(...words.map((w) => lexicalScore(w, dictionaries)));
  // A lone word opening a sentence ("Tech boundary and privacy.", "Logins came from") needs a
  // person cue, or must be a known name followed by a verb ("Khalid is", "Dorota said").
  if (words.length === 1 && words[0].sentenceStart && !evidence.person) {
    const next = tokens[to + 1]?.lower ?? '';
    const verbNext = COPULAS.has(next) || PERSON_VERBS.has(next);
    const softName = isSoftExcluded(words[0].lower) && evidence.score > 0;
    if ((lexical < 2 && !softName) || !verbNext) return null;
  }
  const multiWordName = words.length > 1 && words.some((w) => dictionaries.isName(w.folded) && !isSoftExcluded(w.lower));
  // A state or month name that acts ("Dakota said") is a person.
  const actingSoftName = words.every((w) => isSoftExcluded(w.lower)) && evidence.score > 0;
  const score = Math.max(lexical + evidence.score + (multiWordName ? 1 : 0), actingSoftName ? 2 : 0);
  if (score < 2) return null;
  const strong = evidence.person || lexical >= 3;
  const confidence = Math.min(0.97, 0.5 + score * 0.1);
  return candidate(PhiKind.NAME, start, end, confidence, strong ? Priority.NAME_STRONG : Priority.NAME);
}

function isOrdinary(t: Token, dictionaries: Dictionaries): boolean {
  return (
    SENTENCE_OPENERS.has(t.lower) ||
    (dictionaries.isEnglish(t.lower) && !dictionaries.isName(t.folded)) ||
    isSoftExcluded(t.lower) ||
    THEORISTS.has(t.lower)
  );
}

function hasPersonContextAt(text: string, tokens: readonly Token[], to: number): boolean {
  const end = tokens[to].end;
  const next = tokens[to + 1];
  const verb = !!next && next.start - end === 1 && PERSON_VERBS.has(next.lower) && !COPULAS.has(next.lower);
  return verb || AGE_AFTER.test(text.slice(end, end + 48));
}

/**
 * How much a capitalised word alone says "proper noun": a mid-sentence word
 * that is no common English word is the strongest sign; at the start of a
 * sentence only the name lists speak.
 */
function lexicalScore(t: Token, dictionaries: Dictionaries): number {
  if (isSoftExcluded(t.lower) || SENTENCE_OPENERS.has(t.lower)) return 0;
  const parts = t.folded.split('-');
  const name = dictionaries.isName(t.folded) || parts.some((p) => dictionaries.isName(p));
  const english =
    dictionaries.isEnglish(t.lower) ||
    dictionaries.isEnglish(t.folded) ||
    (parts.length > 1 && parts.every((p) => dictionaries.isEnglish(p))) ||
    (t.lower.endsWith('s') && !name && dictionaries.isEnglish(t.lower.slice(0, -1)));
  if (!t.sentenceStart) return english ? (name ? 2 : 0) : 3;
  if (name && !english) return 2;
  return name || english ? 0 : 1;
}

function contextEvidence(before: string, after: string, words: readonly Token[], next: Token | undefined, title: boolean): Evidence {
  let score = 0;
  let person = false;
  if (title) {
    score += 3;
    person = true;
  }
  if (PERSON_CUE_BEFORE.test(before) || NAME_CUE_BEFORE.test(before)) {
    score += 2;
    person = true;
  }
  if (AGE_AFTER.test(after)) {
    score += 2;
    person = true;
  }
  const last = words[words.length - 1];
  if (last.tail && POSSESSIVE_PERSON_NOUN.test(last.tail + after)) {
    score += 1;
    person = true;
  }
  if (next && !next.capitalised && next.start - last.end === 1 && PERSON_VERBS.has(next.lower) && !COPULAS.has(next.lower)) {
    score += 1;
  }
  return { score, person };
}

/** "Kernberg's writing", "Miller and Rollnick", "Skovholt and Rønnestad on ...": an author, not a client. */
function isCitedTheory(before: string, after: string, words: readonly Token[], dictionaries: Dictionaries): boolean {
  if (words.some((w) => THEORISTS.has(w.lower) || THEORISTS.has(w.folded))) return true;
  const last = words[words.length - 1];
  const firstName = words.some((w) => dictionaries.isFirstName(w.folded));
  if (citesAfter(last.tail + after, firstName) || THEORY_BEFORE.test(before)) return true;
  const pairAfter = PAIR_AFTER.exec(after);
  if (pairAfter) {
    const partner = pairAfter[1];
    if (THEORISTS.has(partner.toLowerCase()) || citesAfter(after.slice(pairAfter[0].length), dictionaries.isFirstName(partner.toLowerCase()))) return true;
  }
  const pairBefore = PAIR_BEFORE.exec(before)?.[1]?.toLowerCase();
  return !!pairBefore && THEORISTS.has(pairBefore);
}

/** Theory phrasing after an author; "X on the ..." only counts for a word that is no first name. */
function citesAfter(after: string, firstName: boolean): boolean {
  return THEORY_AFTER.test(after) || (!firstName && THEORY_ON.test(after));
}

function placeKind(before: string, after: string, words: readonly Token[], dictionaries: Dictionaries, evidence: Evidence): Candidate | null {
  if (evidence.person) return null;
  const start = words[0].start;
  const end = words[words.length - 1].end;
  const last = words[words.length - 1];
  const strongCue = STRONG_PLACE_CUES.some((cue) => cue.test(before));
  const weakCue = WEAK_PLACE_CUES.exec(before);
  const suffix = words.length > 1 && GEO_SUFFIXES.has(last.lower);
  const state = /^,\s(?:[A-Z]{2}\b|[A-Z][a-z]+)/.test(after) && isStateAfter(after);
  const lexical = Math.max(...words.map((w) => lexicalScore(w, dictionaries)));
  const place = (confidence: number) => candidate(PhiKind.LOCATION, start, end, confidence, Priority.PLACE);

  if (strongCue || state) return place(0.85);
  if (suffix && lexical >= 1) return place(0.75);
  if (!weakCue || lexical < 1) return suffix && weakCue ? place(0.65) : null;
  const preposition = weakCue[0].trim().split(/\s+/)[0].toLowerCase();
  // "a text from Maria", "talked to Devon": after these, a first name is a person.
  if (['from', 'to', 'at', 'toward', 'towards'].includes(preposition)) {
    const personal = words.some((w) => dictionaries.isFirstName(w.folded) && !dictionaries.isEnglish(w.lower));
    if (personal) return null;
  }
  return place(0.7);
}

function isStateAfter(after: string): boolean {
  const m = /^,\s([A-Z]{2})\b|^,\s([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)/.exec(after);
  if (!m) return false;
  if (m[1]) return US_STATE_CODES.has(m[1]);
  return m[2].split(' ').every((w) => US_STATES.has(w.toLowerCase()));
}
