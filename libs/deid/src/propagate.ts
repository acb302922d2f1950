import {
  CHAT_WORDS,
  COMMON_CAPITALISED,
  COUNTRIES_AND_REGIONS,
  GROUPS,
  IRREGULAR_PAST,
  MEDICATIONS,
  MONTHS,
  NAME_PARTICLES,
  PERSON_CUES,
  PERSON_VERBS,
  SPEECH_VERBS,
  THEORISTS,
  US_STATES,
  WEEKDAYS,
} from './allow-list';
import { Dictionaries } from './dictionaries';
import { PhiKind } from './phi-kind';
import { Candidate, candidate, Priority } from './recognisers/candidate';
import { codeAt, Token } from './tokens';

/**
 * Second pass: once a name has been found with enough evidence, every other
 * mention of it is a name too ("Hà", "hà", "Summer's"). A name that is also an
 * ordinary word (Grace, Art) is only carried to capitalised mentions, so
 * "by grace or luck" stays clear. Places found once are carried the same way,
 * and a word found as both a place and a name is settled as the place.
 */
export function propagateNames(text: string, tokens: readonly Token[], found: readonly Candidate[], dictionaries: Dictionaries): Candidate[] {
  // owner[i] = 1 + index of the accepted finding covering character i, or 0. One buffer serves every
  // post (this runs start to end without yielding): a fresh typed array per post costs more than clearing it.
  if (ownerBuffer.length < text.length + 1) ownerBuffer = new Uint16Array(Math.max(text.length + 1, 2 * ownerBuffer.length));
  const owner = ownerBuffer.subarray(0, text.length + 1).fill(0);
  found.forEach((f, index) => owner.fill(index + 1, f.start, f.end));
  let accepted = withPairedNames(text, tokens, found, owner, dictionaries);
  // "jayden, ari and bree": a name found late in a list is carried back along it.
  if (accepted !== found) accepted = withPairedNames(text, tokens, accepted, owner, dictionaries);

  const nameWords = new Map<string, boolean>();
  const places = new Set<string>();
  for (const f of accepted) if (f.kind === PhiKind.LOCATION) places.add(text.slice(f.start, f.end));
  for (const t of tokens) {
    // Skip uncovered tokens before indexing: accepted[-1] is a slow out-of-bounds look-up.
    const covering = owner[t.start];
    if (covering === 0) continue;
    const f = accepted[covering - 1];
    if (f.kind !== PhiKind.NAME || t.end > f.end || t.text.length < 2) continue;
    // "May Tran ... May is expected to step down": a month inside a full name is carried too;
    // its calendar uses ("in May", "May 3") are already dates.
    // Likewise a theorist's surname or given name inside a client's full name ("Officer Dana Kowalski ... Dana wants").
    // A month found as a name with strong evidence ("Her granddaughter, June, asked") is carried too.
    // "Sunday Adebayo-Nwosu ... Sunday comes in on Sundays": a weekday inside a full name too.
    if (isNeverAName(t.lower) && !((MONTHS.has(t.lower) || THEORISTS.has(t.lower) || WEEKDAYS.has(t.lower)) && (f.end - f.start > t.text.length || (MONTHS.has(t.lower) && f.priority === Priority.NAME_STRONG)))) continue;
    // "Pieter van der Steen ... Van der Kolk": a particle is no name on its own.
    if (NAME_PARTICLES.has(t.lower)) continue;
    const ordinary = dictionaries.isEnglish(t.lower);
    // "Trần Thị Mỹ Linh ... my client": a name whose folded form is a word is carried only as written.
    nameWords.set(ordinary ? t.text : t.folded !== t.lower && dictionaries.isEnglish(t.folded) ? t.lower : t.folded, ordinary);
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
    // First characters of the words carried: a token starting with none of them needs no look-up.
    const firsts = FIRSTS.fill(0);
    let wide = false;
    for (const word of nameWords.keys()) {
      const first = word.charCodeAt(0);
      if (first < 128) firsts[first] = 1;
      else wide = true;
    }
    for (const t of tokens) {
      if (t.text.length < 2) continue;
      const first = t.text.charCodeAt(0);
      const foldedFirst = t.folded.charCodeAt(0);
      const listed = wide || first >= 128 || foldedFirst >= 128 || firsts[first] === 1 || firsts[foldedFirst] === 1;
      // Every rule below claims a lower-case word only when it is listed: most words of a post stop here.
      if ((!listed && !t.capitalised) || !free(t.start, t.end)) continue;
      const caseSensitive = listed ? nameWords.get(t.text) : undefined;
      const foldedMatch = listed ? nameWords.get(t.folded) : undefined;
      // "Will he keep doing this?", "May I ask": an auxiliary word-name opening a question before a pronoun.
      if (caseSensitive === true && t.sentenceStart && AUXILIARY_NAMES.has(t.lower) && /^\s+(?:I|you|he|she|we|they|it|this|that|there|these|those|anyone|someone|everyone|things)\b/.test(text.slice(t.end, t.end + 11))) continue;
      // "Precious things ...", "Faith and family.": a word-name opening a sentence is the person only
      // when a verb, a possessive, punctuation or the rest of the name follows.
      if (caseSensitive === true && t.sentenceStart && !t.tail && !actsHere(text, t)) continue;
      // "client is bill ... pays the bill", "lost all hope when": a lower-case word-name is carried only where
      // the person acts ("bill said no") or is spoken of ("talk with bee about"), never after a determiner.
      // "my client hope ... i hope this isn't petty": after a subject pronoun the word is a verb.
      // "how do i talk to will about it": after a verb of speaking, "to" leads to the person.
      if (caseSensitive === true && !t.capitalised && /\b(?:i|you|we|they|he|she|it|to)\s$/i.test(text.slice(Math.max(0, t.start - 5), t.start)) && !SPEAK_TO_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start))) continue;
      // "it would bring her joy, and joy is in short supply": a word-name with a copula and an abstract complement is the word.
      if (caseSensitive === true && !t.capitalised && ABSTRACT_COPULA_AFTER.test(text.slice(t.end, t.end + 28))) continue;
      // "Esperanza ... she called me her "esperanza," her hope": a lower-case word in quotes is the word quoted.
      if (!t.capitalised && (codeAt(text, t.start - 1) === 34 || codeAt(text, t.start - 1) === 0x201c) && /^[,.!?]?["\u201d]/.test(text.slice(t.end, t.end + 2))) continue;
      // "client rusty ... the truck is old and rusty": after "and", a word-name joins the word before it, not a person.
      if (caseSensitive === true && !t.capitalised && AND_BEFORE.test(text.slice(Math.max(0, t.start - 5), t.start))) {
        const joined = /([a-z']+)\s+and\s$/.exec(text.slice(Math.max(0, t.start - 24), t.start))?.[1];
        // ("the lot and rose sent me a pic": unless a verb only people do follows.)
        const verb = /^ ([a-z']+)/.exec(text.slice(t.end, t.end + 16))?.[1] ?? '';
        if (joined && !PERSON_WORDS_BEFORE_AND.has(joined) && !dictionaries.isName(joined) && !SPEECH_VERBS.has(verb) && !(PERSON_VERBS.has(verb) && IRREGULAR_PAST.has(verb))) continue;
      }
      // "client grace ... she took it all with grace": "with" after an object or "such" is the manner, not company.
      if (caseSensitive === true && !t.capitalised && WITH_MANNER_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start))) continue;
      // "client will ... the free will jokes": a word-name after an adjective it makes a phrase with is the word.
      if (caseSensitive === true && !t.capitalised && PHRASE_ADJECTIVE_BEFORE.test(text.slice(Math.max(0, t.start - 10), t.start))) continue;
      // "Sunday Okafor ... see you on Sunday": a weekday after a word of time is the day.
      if (WEEKDAYS.has(t.lower) && /\b(?:on|by|until|till|before|after|since|from|last|next|this|every|each|that|one|of)\s$/i.test(text.slice(Math.max(0, t.start - 7), t.start))) continue;
      // "dawn kettleby ... texted again at dawn": a time of day after "at" or "until" is the time.
      if (!t.capitalised && TIMES_OF_DAY.has(t.lower) && /\b(?:at|by|until|till|before|after|since|from)\s(?:like\s|about\s|around\s|just\s)?$/.test(text.slice(Math.max(0, t.start - 14), t.start))) continue;
      // "Ruth ... showing no ruth at all": no name is carried to a lower-case word after a determiner.
      if (!t.capitalised && foldedMatch !== undefined && DETERMINER_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start))) continue;
      if (caseSensitive === true && !t.capitalised && (DETERMINER_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start)) || !(PERSON_PREPOSITION_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start)) || /^['’]s$/.test(t.tail) || (text.slice(Math.max(0, t.start - 2), t.start) === ', ' && QUOTE_CLOSES.test(text.slice(t.end, t.end + 2))) || (/^\s+[a-z(]/.test(text.slice(t.end, t.end + 3)) && actsHere(text, t))))) continue;
      if (caseSensitive === true || foldedMatch === false || (listed && t.folded !== t.lower && nameWords.get(t.lower) === false)) {
        claim(candidate(PhiKind.NAME, t.start, t.end, 0.6, Priority.NAME));
      } else if (t.capitalised && isShortForm(t, nameWords, dictionaries)) {
        claim(candidate(PhiKind.NAME, t.start, t.end, 0.55, Priority.NAME));
      } else if (t.capitalised && t.lower.endsWith('s') && (nameWords.get(t.folded.slice(0, -1)) === false || (t.lower.endsWith('es') && nameWords.get(t.folded.slice(0, -2)) === false)) && /\bthe\s$/i.test(text.slice(Math.max(0, t.start - 4), t.start))) {
        // "Anton Rusk ... the Rusks": a family named by the plural of a surname found once.
        claim(candidate(PhiKind.NAME, t.start, t.end, 0.55, Priority.NAME));
      }
    }
  }
  for (const place of places) {
    if (place.length < 3) continue;
    for (let at = text.indexOf(place); at >= 0; at = text.indexOf(place, at + place.length)) {
      const end = at + place.length;
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      // "Sue Johnson's": a capitalised word right before makes it part of a longer name, not the place.
      if (/\p{Lu}[\p{Ll}'-]+ $/u.test(text.slice(Math.max(0, at - 24), at))) continue;
      if (free(at, end)) claim(candidate(PhiKind.LOCATION, at, end, 0.6, Priority.PLACE));
    }
  }
  return [...result, ...added].sort((a, b) => a.start - b.start);
}

let ownerBuffer = new Uint16Array(4096);
/** First characters of the carried words, reused like the owner buffer: a small typed array is dear to allocate. */
const FIRSTS = new Uint8Array(128);

/**
 * "Art and Mercy Lindqvist-Obi", "Dana and Hope": a given name joined by "and" to a name
 * already found is a person too, even when it is also a word or opens the sentence.
 */
function withPairedNames(text: string, tokens: readonly Token[], found: readonly Candidate[], owner: Uint16Array, dictionaries: Dictionaries): readonly Candidate[] {
  let paired: Candidate[] | undefined;
  for (let i = 0; i + 2 < tokens.length; i++) {
    // "Art and Mercy Lindqvist-Obi"; in a list, "Marguerite, Rhys Kettering": a comma joins only names that are no words.
    const a = tokens[i];
    const joinedByAnd = tokens[i + 1].lower === 'and' && text.slice(a.end, tokens[i + 2].start) === ' and ';
    const joinedByComma = !joinedByAnd && tokens[i + 1].start === a.end + 2 && codeAt(text, a.end) === 44 && codeAt(text, a.end + 1) === 32;
    if (a.tail || (!joinedByAnd && !joinedByComma)) continue;
    const b = joinedByAnd ? tokens[i + 2] : tokens[i + 1];
    // Names added by this pass count as neighbours too: "kenzie, ty and marcus" goes on along the list.
    const known = paired ?? found;
    // Uncovered tokens are skipped before indexing: known[-1] is a slow out-of-bounds look-up.
    const left = owner[a.start] === 0 ? undefined : known[owner[a.start] - 1];
    const right = owner[b.start] === 0 ? undefined : known[owner[b.start] - 1];
    const partner = left?.kind === PhiKind.NAME ? b : right?.kind === PhiKind.NAME ? a : undefined;
    if (!partner || owner[partner.start] !== 0 || partner.text.length < 2) continue;
    // "couples session w/ sione and losana": beside a lower-case name, "and" joins a lower-case word in no list too.
    const named = partner === a ? b : a;
    const unlisted = joinedByAnd && !partner.capitalised && !named.capitalised && partner.text.length > 3 && !partner.tail && !dictionaries.isEnglish(partner.lower) && !CHAT_WORDS.has(partner.lower) && !/(?:ed|ing|ly)$/.test(partner.lower);
    if ((!dictionaries.isFirstName(partner.folded) && !unlisted) || isNeverAName(partner.lower) || PERSON_CUES.has(partner.lower)) continue;
    // "her sisters aubrey and jo": in lower case only a name that is no word, beside a lower-case name.
    // "dawn and marcus (both 40s)": a word-name too, when an age in brackets follows the pair.
    const bracketAfter = /^\s\(/.test(text.slice(b.end, b.end + 2));
    // "the 3 kids, kenzie, ty and marcus": a list of lower-case names goes on by commas too.
    if (!partner.capitalised && (named.capitalised || (dictionaries.isEnglish(partner.lower) && !(joinedByAnd && bracketAfter)) || CHAT_WORDS.has(partner.lower))) continue;
    if (joinedByComma && dictionaries.isEnglish(partner.lower)) continue;
    // The partner must be a whole capitalised word on its own, not the start of a longer phrase.
    const neighbour = partner === b ? tokens[joinedByAnd ? i + 3 : i + 2] : tokens[i - 1];
    if (neighbour?.capitalised && (partner === b ? neighbour.start - partner.end : partner.start - neighbour.end - neighbour.tail.length) === 1) continue;
    paired ??= [...found];
    paired.push(candidate(PhiKind.NAME, partner.start, partner.end, 0.6, Priority.NAME));
    owner.fill(paired.length, partner.start, partner.end);
  }
  return paired ?? found;
}

const PERSON_AFTER_OPENING =
  /^(?:[,;:.!?)'"\u2019]|\s+(?:himself|herself|themself|themselves)\b|\s+[(\p{Lu}]|\s+(?:and|&)\s+\p{Lu}|\s+(?:[a-z]+ly\s+)?(?!(?:this|his|hers|its|yes|always|perhaps|sometimes|towards|afterwards|besides|across|unless|whereas|thus|plus|less|us)\s)[a-z]+[^su\s]s (?!(?:are|were|have|had|can|could|will|would|do|did|may|might|must|seem|seemed)\b)[\p{L}\d"(]|\s+(?:is|was|has|had|says|said|wants|wanted|will|would|can|can't|could|did|didn't|does|doesn't|isn't|wasn't|hasn't|won't|keeps|kept|came|comes|went|goes|told|tells|asked|asks|called|calls|texted|texts|cried|cries|left|leaves|missed|misses|thinks|thought|feels|felt|knows|knew|hears|heard|sees|saw|looks|looked|seems|seemed|gets|got|tried|tries|laughed|agreed|refused|started|stopped|arrived|brought|shared|admitted|denied|insists|insisted|wrote|writes|read|reads|[a-z]+ed)\b)/u;
const DETERMINER_BEFORE = /\b(?:the|a|an|his|her|my|your|our|their|its|this|that|no|every|all|some|any|much|more|less|enough|last|next|early|late|mid)\s$/i;
const PERSON_PREPOSITION_BEFORE =
  /\b(?:with|to|for|from|and|told|tell|telling|asked|ask|asking|called|call|calling|texted|text|texting|emailing|visiting|saw|see|seeing|met|meet|meeting|like|likes|liked|love|loves|loved|hate|hates|hated|include|including|invite|trust|trusts|blame|blames|protect|protecting|help|helping|helped|loop|ping|remind|warn|thank|include|w\/|(?:angry|mad|furious|upset|annoyed|frustrated|yelled|yelling|shouted|snapped|pissed) at|(?:it's|it is) just)\s$/;
const SPEAK_TO_BEFORE = /\b(?:talk|talking|talked|speak|speaking|spoke|listen|listening|write|wrote|explain|explaining|apologi[sz]e|respond|reply|replied|reach out|reached out|go back|went back|text|texting|email|emailing|be honest|lie|lying) to\s$/;

/** A verb, a possessive, punctuation or the rest of the name after a word-name: the person is here. */
function actsHere(text: string, t: Token): boolean {
  const after = text.slice(t.end, t.end + 24);
  if (PERSON_AFTER_OPENING.test(after)) return true;
  // "Grant also has a deadline": one adverb may sit between the name and its verb.
  const adverb = /^ (?:(?:also|still|just|never|always|then|often|even|already|really|now|sometimes|usually|finally|only|actually|later|eventually|recently|suddenly|quietly|immediately|once)\s)?([a-z']+)\b/.exec(after);
  const next = adverb?.[1];
  // "Will already distrusts", "Will once mentioned": after an adverb, any verb in the present or past.
  return !!next && (PERSON_VERBS.has(next) || SPEECH_VERBS.has(next) || IRREGULAR_PAST.has(next) || (adverb[0].length > next.length + 1 && next.length > 3 && /[^su']s$|[^e]ed$/.test(next)));
}
const ABSTRACT_COPULA_AFTER = /^\s(?:is|was)\s(?:in short supply|scarce|rare|hard to|everything|nothing|the (?:goal|point|key|worst|best|most|least|[a-z]+est)|a (?:big|good|strong|powerful|feeling|word|thing|season|time))\b/;
/** "tell her, bill": a name addressed at the end of a quote. */
const QUOTE_CLOSES = /^[.!?]?["\u201d]/;
const WITH_MANNER_BEFORE = /\b(?:it|all|such|great|real|quiet|more|less|some|little)\s+with\s$/;
const AND_BEFORE = /\band\s$/;
const PERSON_WORDS_BEFORE_AND = new Set('me him her them us i he she they pt client patient mom dad mum brother sister son daughter wife husband partner friend friends boyfriend girlfriend kids kid grandma grandpa aunt uncle cousin'.split(' '));
const PHRASE_ADJECTIVE_BEFORE = /\b(?:free|good|ill|own|strong|iron|last|sheer|false|faint|high|new|saving|amazing|electric|electricity|phone|water|gas|cable|medical|hospital|credit|utility|power|heating|grocery|vet|dental|tax|repair|first|final|unpaid|overdue)\s$/;
const TIMES_OF_DAY = new Set(['dawn', 'dusk', 'sunrise', 'sunset', 'noon', 'midnight', 'twilight']);
const AUXILIARY_NAMES = new Set(['will', 'may', 'can', 'should', 'might', 'must', 'would', 'could', 'shall']);

/** "Teo" for Teodoro, "Tunde" for Babatunde: a capitalised clipping of a name already found. */
function isShortForm(t: Token, nameWords: ReadonlyMap<string, boolean>, dictionaries: Dictionaries): boolean {
  if (!t.capitalised || t.text.length < 3) return false;
  // The few words carried are searched before the word lists are asked: most capitalised words clip none of them.
  let clipped = false;
  for (const [word, ordinary] of nameWords) {
    if (ordinary || word.length < t.folded.length + 2) continue;
    if (word.startsWith(t.folded) || word.endsWith(t.folded)) {
      clipped = true;
      break;
    }
  }
  return clipped && !dictionaries.isEnglish(t.lower) && !isNeverAName(t.lower);
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
