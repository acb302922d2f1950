import { PhiKind } from '../phi-kind';
import { Candidate, candidate, Priority } from './candidate';

const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const NUMBER = String.raw`(?:9\d|1[01]\d)`;
const WORDS = String.raw`(?:ninety(?:[- ](?:${UNITS}))?|(?:a |one )?hundred(?:(?: and)?[- ](?:${UNITS}|${TEENS}|twenty))?)`;
const AGE = String.raw`(?:${NUMBER}|${WORDS})`;

const WITH_AGE_WORDS = new RegExp(
  String.raw`(?<![\w.$-])${AGE}(?:[- ](?:years?|yrs?)[- ]old|[- ]years?[- ]of[- ]age|\s?(?:yo|y\/o|y\.o\.)(?![\w]))`,
  'gi',
);
/** A bare number where the words before it make it an age: "who is 97", "aged 93". */
const AFTER_AGE_CUE = new RegExp(
  String.raw`\b(?:aged?|who is|who's|who was|is now|turned|turning|turns|will be|at age|at the age of|(?:she|he|they)(?:'s| is| was| are))\s(${AGE})(?![\w%]|[.,]\d|\s*(?:%|percent|minutes|mins|days|weeks|months|mg|lbs|pounds|dollars|points|sessions|miles|degrees|years? ago)\b)`,
  'gi',
);
/** "Mabel, 93, lives ...": the age set off by commas after a word. */
const APPOSITIVE = new RegExp(String.raw`\p{L}, (${NUMBER})(?=[,)])`, 'gu');
const DECADE = /\b(?:her|his|their) (?:early |mid-|mid |late )?(90s|nineties|hundreds)\b/gi;
/** Cheap test: no number from 90 to 119 and no age word means no age over 89. */
const MAY_HOLD_AGE = /(?<!\d)(?:9\d|1[01]\d)(?!\d)|ninet|hundred/i;

/** Ages of 90 and over, in digits or words, with any age words attached. */
export function recogniseAges(text: string): Candidate[] {
  if (!MAY_HOLD_AGE.test(text)) return [];
  const found: Candidate[] = [];
  for (const m of text.matchAll(WITH_AGE_WORDS)) found.push(candidate(PhiKind.AGE_OVER_89, m.index, m.index + m[0].length, 0.95, Priority.AGE));
  for (const [pattern, confidence] of [[AFTER_AGE_CUE, 0.85], [APPOSITIVE, 0.75], [DECADE, 0.7]] as const) {
    for (const m of text.matchAll(pattern)) {
      const end = m.index + m[0].length;
      found.push(candidate(PhiKind.AGE_OVER_89, end - m[1].length, end, confidence, Priority.AGE));
    }
  }
  return found;
}
