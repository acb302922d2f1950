import { COMMON_CAPITALISED, COUNTRIES_AND_REGIONS, GROUPS, MEDICATIONS, MONTHS, THEORISTS, US_STATES, WEEKDAYS } from './allow-list';
import { Dictionaries } from './dictionaries';
import { PhiKind } from './phi-kind';
import { Candidate, candidate, Priority } from './recognisers/candidate';
import { Token } from './tokens';

/**
 * Second pass: once a name has been found with enough evidence, every other
 * mention of it is a name too ("Hà", "hà", "Summer's"). A name that is also an
 * ordinary word (Grace, Art) is only carried to capitalised mentions, so
 * "by grace or luck" stays clear. Places found once are carried the same way,
 * and a word found as both a place and a name is settled as the place.
 */
export function propagateNames(text: string, tokens: readonly Token[], accepted: readonly Candidate[], dictionaries: Dictionaries): Candidate[] {
  // owner[i] = 1 + index of the accepted finding covering character i, or 0.
  const owner = new Uint16Array(text.length + 1);
  accepted.forEach((f, index) => owner.fill(index + 1, f.start, f.end));

  const nameWords = new Map<string, boolean>();
  const places = new Set<string>();
  for (const f of accepted) if (f.kind === PhiKind.LOCATION) places.add(text.slice(f.start, f.end));
  for (const t of tokens) {
    // Skip uncovered tokens before indexing: accepted[-1] is a slow out-of-bounds look-up.
    const covering = owner[t.start];
    if (covering === 0) continue;
    const f = accepted[covering - 1];
    if (f.kind !== PhiKind.NAME || t.end > f.end || t.text.length < 2 || isNeverAName(t.lower)) continue;
    const ordinary = dictionaries.isEnglish(t.lower);
    nameWords.set(ordinary ? t.text : t.folded, ordinary);
  }
  if (nameWords.size === 0 && places.size === 0) return [...accepted];

  const result = accepted.map((f) =>
    f.kind === PhiKind.NAME && places.has(text.slice(f.start, f.end)) ? { ...f, kind: PhiKind.LOCATION } : f,
  );
  const added: Candidate[] = [];
  const claim = (c: Candidate) => {
    added.push(c);
    owner.fill(0xffff, c.start, c.end);
  };
  const free = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (owner[i] !== 0) return false;
    return true;
  };
  if (nameWords.size > 0) {
    for (const t of tokens) {
      if (t.text.length < 2 || !free(t.start, t.end)) continue;
      const caseSensitive = nameWords.get(t.text);
      const foldedMatch = nameWords.get(t.folded);
      // "Will he keep doing this?", "May I ask": an auxiliary word-name opening a question before a pronoun.
      if (caseSensitive === true && t.sentenceStart && AUXILIARY_NAMES.has(t.lower) && /^\s+(?:I|you|he|she|we|they|it)\b/.test(text.slice(t.end, t.end + 6))) continue;
      if (caseSensitive === true || foldedMatch === false) {
        claim(candidate(PhiKind.NAME, t.start, t.end, 0.6, Priority.NAME));
      } else if (t.capitalised && isShortForm(t, nameWords, dictionaries)) {
        claim(candidate(PhiKind.NAME, t.start, t.end, 0.55, Priority.NAME));
      }
    }
  }
  for (const place of places) {
    if (place.length < 3) continue;
    for (let at = text.indexOf(place); at >= 0; at = text.indexOf(place, at + place.length)) {
      const end = at + place.length;
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      if (free(at, end)) claim(candidate(PhiKind.LOCATION, at, end, 0.6, Priority.PLACE));
    }
  }
  return [...result, ...added].sort((a, b) => a.start - b.start);
}

const AUXILIARY_NAMES = new Set(['will', 'may', 'can', 'should', 'might', 'must', 'would', 'could', 'shall']);

/** "Teo" for Teodoro, "Tunde" for Babatunde: a capitalised clipping of a name already found. */
function isShortForm(t: Token, nameWords: ReadonlyMap<string, boolean>, dictionaries: Dictionaries): boolean {
  if (!t.capitalised || t.text.length < 3 || dictionaries.isEnglish(t.lower) || isNeverAName(t.lower)) return false;
  for (const [word, ordinary] of nameWords) {
    if (ordinary || word.length < t.folded.length + 2) continue;
    if (word.startsWith(t.folded) || word.endsWith(t.folded)) return true;
  }
  return false;
}

function isNeverAName(lower: string): boolean {
  return (
    COMMON_CAPITALISED.has(lower) ||
    GROUPS.has(lower) ||
    MEDICATIONS.has(lower) ||
    MONTHS.has(lower) ||
    WEEKDAYS.has(lower) ||
    THEORISTS.has(lower) ||
    US_STATES.has(lower) ||
    COUNTRIES_AND_REGIONS.has(lower)
  );
}
