import { matchesOf } from '../matches';
import { PhiKind } from '../phi-kind';
import { Candidate, candidate, Priority } from './candidate';

const PERSON_NOUNS =
  'she|he|mother|father|mom|dad|grandmother|grandfather|grandma|grandpa|nana|granny|gran|grams|abuela|abuelo|aunt|uncle|husband|wife|widow|widower|client|patient|resident|neighbou?r|man|woman|lady|gentleman|veteran|parent|sister|brother|roommate|friend|partner|caregiver|spouse|stepmother|stepfather|godmother|godfather';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const NUMBER = String.raw`(?:9\d|1[01]\d)`;
const WORDS = String.raw`(?:ninety(?:[- ](?:${UNITS}))?|(?:a |one )?hundred(?:(?: and)?[- ](?:${UNITS}|${TEENS}|twenty))?)`;
const AGE = String.raw`(?:${NUMBER}|${WORDS})`;

const WITH_AGE_WORDS = new RegExp(
  String.raw`(?<![\w.$-])${AGE}(?:[- ](?:years?|yrs?)[- ]old|[- ]years?[- ]of[- ]age|\s?(?:yo|y\/o|y\.o\.)(?![\w]))`,
  'gi',
);
/** "died on Christmas Eve 2023 at 96": a death or birthday with a few words between it and the age. */
// "died on Christmas Eve 2023 at ninety-six": the age in words too.
const DIED_AT = new RegExp(String.raw`\b(?:died|passed away|passed)\b[^.;!?]{1,40}?\bat\s(${AGE})(?![\w%]|[.,]\d|\s*(?:%|am|pm|a\.m\.|p\.m\.|o'clock)\b)`, 'gi');
/** A bare number where the words before it make it an age: "who is 97", "aged 93". */
const AFTER_AGE_CUE = new RegExp(
  String.raw`\b(?:aged?|who is|who's|who was|is now|turned|turning|turns|will be|at age|at the age of|(?:died|dies|passed(?: away)?|widowed|retired|remarried|still (?:lives alone|drives|works))(?: (?:last|this|in|that) (?:winter|spring|summer|fall|year|month|week))? at|lived to(?: be)?|made it to|living to|live to(?: be)?|(?:she|he|they)(?:'s| is| was| are|'ll be| will be)|i'm|i am|i was|you're|you are)\s(${AGE})(?![\w%]|[.,]\d|\s*(?:%|percent|minutes|mins|days|weeks|months|mg|lbs|pounds|dollars|points|sessions|miles|degrees|years? ago)\b)`,
  'gi',
);
/** "Mabel, 93, lives ...", "Ruth Abernethy-Kwan, ninety-one, who": the age set off by commas after a word. */
const APPOSITIVE = new RegExp(String.raw`[\p{L})"], (${NUMBER})(?=[,)])`, 'gu');
/** In words only after a name or a person noun, so that a list of numbers ("sixty, ninety, ...") stays clear. */
const APPOSITIVE_WORDS = new RegExp(String.raw`(?:\p{Lu}[\p{L}'-]*|\b(?:${PERSON_NOUNS})), (${WORDS})(?=[,)])`, 'gu');
/** Units and score words after a number that make it no age. */
const NOT_AGE_AFTER = String.raw`(?![\w%]|[.,]\d|\s*(?:%|percent|minutes|mins|days|weeks|months|mg|lbs|pounds|dollars|points|sessions|miles|degrees|bpm|on the|out of|years? ago)\b)`;
/**
 * "her grandmother is 94", "Wendell Ashby-Crowe is 92 and": a person noun,
 * a subject pronoun or a capitalised name right before the verb.
 */
const SUBJECT_IS = new RegExp(
  // "Dad's ninety now": the copula may be written "'s".
  String.raw`(?:\b(?:${PERSON_NOUNS})|\p{Lu}\p{Ll}[\p{L}'-]*["')\]]{0,3})(?:,?\s(?:is|was|just turned|is now|turned|turns|will be)|['’]s(?:\snow)?)\s(?:only\s|almost\s|nearly\s)?(${AGE})${NOT_AGE_AFTER}`,
  'gu',
);
const SUBJECT_IS_HINT = new RegExp(String.raw`(?:\s(?:is|was|just turned|is now|turned|turns|will be)|['’]s(?:\snow)?)\s(?:only\s|almost\s|nearly\s)?(?:${NUMBER}\b|ninet|(?:a |one )?hundred)`, 'i');
/** "her grandmother june is ninety-two": a relative, a lower-case name, then the age. */
// "mrs. zofia brzezińska is ninety-eight": or a title and a lower-case full name.
const RELATIVE_NAME_IS = new RegExp(String.raw`(?:\b(?:client|patient|pt|resident|mother|father|mom|dad|grandmother|grandfather|grandma|grandpa|nana|granny|gran|abuela|abuelo|aunt|uncle|husband|wife|widow|widower|sister|brother|neighbou?r)\s\p{Ll}[\p{Ll}'-]+|\b(?:mrs|mr|ms|miss)\.?\s\p{Ll}[\p{Ll}'-]+(?:\s\p{Ll}[\p{Ll}'-]+)?),?\s(?:is|was|just turned|is now|turned|turns|will be)\s(?:only\s|almost\s|nearly\s)?(${AGE})${NOT_AGE_AFTER}`, 'gu');
/** "His grandmother, who raised him, is 96", "Her grandmother, who raised her and is 93,": a person noun, a clause, then the age. */
const SUBJECT_CLAUSE_IS = new RegExp(String.raw`\b(?:${PERSON_NOUNS})\b,(?:[^.;,]{1,40},|\swho\s[^.;,]{1,40}\sand)\s(?:is|was|just turned|turned|turns)\s(?:only\s|almost\s|nearly\s)?(${AGE})${NOT_AGE_AFTER}`, 'g');
/** "At 93 she still gardens", "at 91, he": an age before the person. */
const AT_AGE = new RegExp(String.raw`\b[Aa]t\s(${NUMBER}),?\s(?:she|he|they|my|her|his|still|now)\b|(?:^|[.!?]\s+)At\s(${NUMBER}),\s`, 'g');
/** "Name (93)", "his mother (94)". */
const PAREN_AGE = new RegExp(String.raw`(?:\p{Lu}\p{Ll}[\p{L}'-]*|\b(?:${PERSON_NOUNS}))\s\((${NUMBER})\)`, 'gu');
const DECADE = /\b(?:her|his|their) (?:early |mid-|mid |late )?(90s|nineties|hundreds)\b/gi;
/**
 * An age right after a space, as the cue, subject and "died ... at" patterns hold it: cheap literal-led
 * hints that spare those patterns, which start at every word, a scan of the post.
 */
const AGE_AFTER_SPACE = /\s(?:(?:9\d|1[01]\d)\b|ninet|a hundred|one hundred|hundred)/i;
const DECADE_HINT = /90s|nineties|hundreds/i;
/** Cheap test: no number from 90 to 119 and no age word means no age over 89. */
const MAY_HOLD_AGE = /(?<!\d)(?:9\d|1[01]\d)(?!\d)|ninet|hundred/i;

/** Ages of 90 and over, in digits or words, with any age words attached. */
export function recogniseAges(text: string): Candidate[] {
  if (!MAY_HOLD_AGE.test(text)) return [];
  const found: Candidate[] = [];
  // Each hint is tested once and gates every pattern that needs it (see AGE_AFTER_SPACE).
  const spacedAge = AGE_AFTER_SPACE.test(text);
  const subjectIs = spacedAge && SUBJECT_IS_HINT.test(text);
  for (const m of matchesOf(WITH_AGE_WORDS, text)) found.push(candidate(PhiKind.AGE_OVER_89, m.index, m.index + m[0].length, 0.95, Priority.AGE));
  for (const [pattern, confidence] of [[AFTER_AGE_CUE, 0.85], [SUBJECT_IS, 0.8], [SUBJECT_CLAUSE_IS, 0.75], [RELATIVE_NAME_IS, 0.75], [DIED_AT, 0.75], [AT_AGE, 0.75], [PAREN_AGE, 0.75], [APPOSITIVE, 0.75], [APPOSITIVE_WORDS, 0.75], [DECADE, 0.7]] as const) {
    // Cheap gates: the subject and bracket patterns start at any capitalised word, so only run them when their verb or bracket is there.
    if ((pattern === SUBJECT_IS || pattern === RELATIVE_NAME_IS || pattern === SUBJECT_CLAUSE_IS) && !subjectIs) continue;
    if ((pattern === AFTER_AGE_CUE || pattern === DIED_AT) && !spacedAge) continue;
    if (pattern === DECADE && !DECADE_HINT.test(text)) continue;
    if (pattern === AT_AGE && !/\b[Aa]t\s(?:9\d|1[01]\d)\b/.test(text)) continue;
    if (pattern === PAREN_AGE && !/\((?:9\d|1[01]\d)\)/.test(text)) continue;
    // The comma-led checks below find a literal comma fast; the patterns themselves start at any word.
    if (pattern === APPOSITIVE && !/, (?:9\d|1[01]\d)[,)]/.test(text)) continue;
    if (pattern === APPOSITIVE_WORDS && !text.includes('ninety') && !text.includes('hundred')) continue;
    if (pattern === SUBJECT_CLAUSE_IS && !/(?:,|\sand)\s(?:is|was|just turned|turned|turns)\s/.test(text)) continue;
    for (const m of matchesOf(pattern, text)) {
      // "At 96, with a MoCA of 21": the sentence-opening form of AT_AGE holds its age in the second group.
      const age = m[1] ?? m[2];
      const end = pattern === AT_AGE || pattern === PAREN_AGE ? m.index + m[0].lastIndexOf(age) + age.length : m.index + m[0].length;
      if (pattern === SUBJECT_IS && /^(?:score|rate|level|total|weight|sugar|pressure|count|temperature|reading|result|percentile|average|number|room|grade|bus|route|session|week|page|unit)\b/i.test(m[0])) continue;
      found.push(candidate(PhiKind.AGE_OVER_89, end - age.length, end, confidence, Priority.AGE));
    }
  }
  // "Mrs. Abernathy is 93 ... a peaceful readiness at 93": an age found once is the same age again after "at" or "aged".
  if (found.length > 0) {
    const ages = new Set(found.map((f) => text.slice(f.start, f.end)).filter((a) => /^\d+$/.test(a)));
    for (const m of matchesOf(AGE_AGAIN, text)) {
      const at = m.index + m[0].length - m[1].length;
      if (ages.has(m[1]) && !found.some((f) => f.start === at)) found.push(candidate(PhiKind.AGE_OVER_89, at, at + m[1].length, 0.7, Priority.AGE));
    }
  }
  return found;
}
const AGE_AGAIN = /\b(?:at|aged|age)\s(9\d|1[01]\d)(?![\d%.]|\s*(?:percent|mg|minutes|mph|degrees|pounds|lbs|points)\b)/g;

