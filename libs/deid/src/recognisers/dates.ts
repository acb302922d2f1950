import { MEDICATIONS, PERSON_VERBS, SPEECH_VERBS } from '../allow-list';
import { matchesAt, matchesOf } from '../matches';
import { PhiKind } from '../phi-kind';
import { Candidate, candidate, Priority } from './candidate';

const MONTH =
  String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\.?|Tues?\.?|Wed\.?|Thu(?:rs?)?\.?|Fri\.?|Sat\.?|Sun\.?)`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:19|20)\d\d`;

const END = String.raw`(?![\w/]|[.,-]\d)`;
/** "April 18-20", "April 18 to 20": a day range after the month belongs to the date. */
const RANGE = String.raw`(?:\s?-\s?${DAY}(?![\w/]|[.,]\d)|\s(?:to|through|thru)\s(?:the\s)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w/:%]|[.,]\d|\s?(?:%|percent|minutes|mins|hours|hrs|days|weeks|people|times|am|pm|a\.m\.|p\.m\.|o'clock)\b))?`;

/** 3/4-3/6 | 10/2 - 10/5/2024 | 3/4-6: a numeric date range is one span. */
const NUMERIC_RANGE = /(?<![\w/.$-])(?:1[0-2]|0?[1-9])\/(?:[12]\d|3[01]|0?[1-9])(?:\/(?:\d{4}|\d{2}))?\s?-\s?(?:(?:1[0-2]|0?[1-9])\/)?(?:[12]\d|3[01]|0?[1-9])(?:\/(?:\d{4}|\d{2}))?(?![\w/]|[.,]\d)/g;
const NUMERIC_RANGE_HINT = /\/\d{1,4}\s?-\s?\d/;

/**
 * Patterns from most to least specific; overlaps are settled by the detector. The fourth entry, when
 * true, says every match begins at a month or weekday name: the pattern is then tried only there.
 */
const PATTERNS: ReadonlyArray<[RegExp, number, boolean, boolean?]> = [
  // Tuesday, March 3, 2025 | March 3rd | Sept. 3 | Jan 27, 2025
  [new RegExp(String.raw`\b(?:${WEEKDAY},? )?${MONTH} ${DAY}${RANGE}(?:,? ${YEAR})?${END}`, 'g'), 0.95, true, true],
  // 18-20 April | 3 to 5 March 2024: a day range before the month
  [new RegExp(String.raw`\b${DAY}(?:\s?-\s?|\s(?:to|through)\s)${DAY} (?:of )?${MONTH}(?:,? ${YEAR})?${END}`, 'g'), 0.9, true],
  // the 12th of May | 3 March 2024 | Tuesday the 4th of June ("the" is kept: some write it into the date, and it names nobody)
  [new RegExp(String.raw`\b(?:${WEEKDAY},? (?:the )?|[Tt]he )?${DAY} (?:of )?${MONTH}(?:,? ${YEAR})?${END}`, 'g'), 0.95, true],
  // Tuesday the 12th | Friday 5th
  [new RegExp(String.raw`\b${WEEKDAY},? (?:the )?${DAY}${END}(?! (?:of )?${MONTH})(?!\s?(?:o'clock|o’clock|am|pm|a\.m\.|p\.m\.)(?![\w]))`, 'g'), 0.9, true, true],
  // June 1987 | Nov. 2023
  [new RegExp(String.raw`\b${MONTH},? ${YEAR}${END}`, 'g'), 0.95, true, true],
  // 3/14/2024 | 10/17 | 5/7 | 2024-03-14 | 3-14-2024 | 14.03.2024
  [/(?<![\w/.$-])(?:1[0-2]|0?[1-9])\/(?:[12]\d|3[01]|0?[1-9])(?:\/(?:\d{4}|\d{2}))?(?![\w/]|[.,]\d)/g, 0.85, false],
  // 3/4-3/6 | 10/2 - 10/5/2024 | 3/4-6: a numeric date range is one span
  [NUMERIC_RANGE, 0.85, false],
  // Sat. 5/3 | Monday 10/17: a weekday written next to the numeric date is part of it
  [new RegExp(String.raw`\b${WEEKDAY},? (?:1[0-2]|0?[1-9])\/(?:[12]\d|3[01]|0?[1-9])(?:\/(?:\d{4}|\d{2}))?(?![\w/]|[.,]\d)`, 'g'), 0.9, true, true],
  [/(?<![\w/.-])(?:19|20)\d\d-(?:1[0-2]|0[1-9])-(?:[12]\d|3[01]|0[1-9])(?![\w-])/g, 0.95, false],
  [/(?<![\w/.-])(?:1[0-2]|0?[1-9])-(?:[12]\d|3[01]|0?[1-9])-(?:19|20)\d\d(?![\w-])/g, 0.9, false],
  // 8-14-25: a two-digit year after a month and day with dashes (never "5-10-15 minutes": the unit after it is checked below)
  [/(?<![\w/.-])(?:1[0-2]|0?[1-9])-(?:1[3-9]|2\d|3[01])-\d\d(?![\w-]|\.\d|\s(?:minutes|mins|min|reps|times|sets|seconds|secs|hours|hrs|days|weeks|points|lbs|pounds|mg)\b)/g, 0.8, false],
  [/(?<![\w/.-])(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.(?:19|20)\d\d(?![\w.]\d)/g, 0.85, false],
  // 9.14.24 | 09.02.2024: month first with dots
  [/(?<![\w/.-])(?:1[0-2]|0?[1-9])\.(?:[12]\d|3[01]|0?[1-9])\.(?:\d{2}|(?:19|20)\d\d)(?![\w.]\d|\.\d)/g, 0.8, false],
];

const ORDINAL_WORD = String.raw`(?:(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)`;
const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** "March twelfth", "the twelfth of March", "November the third": dates spelled out. */
const SPELLED_DATES = [
  new RegExp(String.raw`\b${MONTH_NAME}\s(?:the\s)?${ORDINAL_WORD}\b(?:,?\s${YEAR})?`, 'g'),
  new RegExp(String.raw`\b(?:the\s)?${ORDINAL_WORD}\sof\s${MONTH_NAME}\b(?:,?\s${YEAR})?`, 'gi'),
];
const OF_MONTH = / of (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const LOWER_SPELLED_DATE = new RegExp(String.raw`\b(?:january|february|april|june|july|september|october|november|december)\s(?:the\s)?${ORDINAL_WORD}\b`, 'g');
/** "buprenorphine-naloxone 8/2 mg", "Suboxone 4/1": a dose, not a date. */
const DOSE_AFTER = /^\s?(?:mg|mcg|milligrams?|ml)\b/i;
const DOSE_BEFORE = /\b(?:zubsolv|bup|dose|dosed|dosage|strength|tab|tabs|tablets?|films?|strips?)[\s-]*$/i;
/** The last few words before a number, to look for a medication name. */
function medicationBefore(text: string, start: number): boolean {
  const words = text.slice(Math.max(0, start - 40), start).toLowerCase().split(/[^a-z]+/).filter(Boolean).slice(-3);
  return words.some((w) => MEDICATIONS.has(w) || /(?:azepam|oxetine|orphine|oxone|adone|aline|opram|faxine|apine|idone|azine|amine|pentin|gabalin)$/.test(w));
}

const AUXILIARIES = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'could', 'should', 'might', 'may', 'must', 'seems', 'seemed', 'came', 'comes', 'went', 'goes', 'got', 'gets', 'started', 'starts', 'turned', 'turns', 'looks', 'looked', 'became', 'becomes', 'left', 'leaves', 'stopped', 'hasn\'t', 'wasn\'t', 'isn\'t']);
/** A month on its own counts only when a time word points at it ("since February"). */
const MONTH_CUES = 'since in into for on by until till through thru from last next this early late mid mid- during before after around of starting between and or to every each';
/** A cue word in either case of its first letter ("since", "Since"). */
const cue = (word: string) => `[${word[0]}${word[0].toUpperCase()}]${word.slice(1)}`;
const LONE_MONTH = new RegExp(
  String.raw`\b(?:${MONTH_CUES.split(' ').map(cue).join('|')})\s(January|February|March|April|May|June|July|August|September|October|November|December)(?![\w'])`,
  'g',
);
/** A capitalised surname (not a year, day or place word) and then an age, a comma or a verb. */
const SURNAME_AFTER_MONTH = /^\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:,\s\d{1,2}\b|\s\(\d{1,2}\)|\s(?:is|was|said|says|came|told|asked|called|texted))/u;
/** What comes before the digit of "jan 3", "sept. 12": tested only before digits that follow a space. */
const LOWER_MONTH_BEFORE_DAY = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s$/;
/** What comes before the digit of "thursday 14th", "mon the 3rd", "fri 5/3" (at most 11 characters). */
const LOWER_WEEKDAY_BEFORE_DAY = /(?:day|mon|tues?|wed|thu|thurs|fri|sat|sun)\.?,?\s(?:the\s|(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s)?$/;
const SPACE_DIGIT = /\s\d/g;

/** Digits right after a space, where a lower-case month or weekday may have come just before. */
function spacedDigits(text: string): number[] {
  return matchesOf(SPACE_DIGIT, text).map((m) => m.index + 1);
}

/** The text before `digit` back to the start of the lower-case word before it, and one character more. */
function wordBefore(text: string, digit: number): string {
  let start = digit - 1;
  if (text.charCodeAt(start - 1) === 46) start--;
  while (start > 0 && text.charCodeAt(start - 1) >= 97 && text.charCodeAt(start - 1) <= 122) start--;
  return text.slice(Math.max(0, start - 1), digit);
}
const LOWER_MONTH_HINT = /\b(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|apr|aug|sept|oct|nov|dec)\b/;
/** "missed thursday the 14th": a lower-case weekday with a day number. */
const LOWER_WEEKDAY_DAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?![:/.]?\d)|(?:the\s)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b|(?:1[0-2]|0?[1-9])\/(?:[12]\d|3[01]|0?[1-9])(?:\/\d{2,4})?(?![\d/]))/g;
/** "on march 8", "june 3rd": a lower-case month with a day number. */
/** "since jan 2024": a lower-case month with a year. */
const LOWER_MONTH_YEAR = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?,?\s(?:19|20)\d\d\b/g;
const LOWER_MONTH_DAY = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?:,?\s(?:19|20)\d\d\b)?(?![:/.]?\d|\s?(?:%|percent|mg|minutes|hours|days|weeks|people|times|am|pm)\b)/g;
/** "on the 12th of may": a lower-case month after an ordinal day (the ordinal makes "may" the month). */
const LOWER_ORDINAL_OF_MONTH = /\b(?:the\s)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\sof\s(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/g;
const OF_LOWER_MONTH = /(?:st|nd|rd|th) of (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;
const LOWER_MONTH = /\b(?:since|in|until|till|by|from|last|next|early|late|mid-?|during|before|after|through|back in|around)\s(january|february|april|june|july|september|october|november|december)\b(?!['-])|\b(?:since|until|till|last|next|early|late|mid-?|during)\s(march|august|jan|feb|apr|aug|sept|oct|nov|dec)\b(?!['-]|\.?\s?\d)|\bin\s(march|august)(?=[.,;!?]|\s(?:and|when|but|so|after|before|of)\b)/g;
/** "on the 12th": a day number standing for a date. */
const BARE_ORDINAL = /\b(?:on|by|until|till|since|before|after|for|from|through|thru) the ((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))(?! (?:floor|grade|session|time|attempt|try|visit|week|day|month|year|percentile|place|street|avenue|birthday|anniversary))\b/g;
/** "Her birthday is the 22nd": a day number after a date-bearing noun. */
const DATE_NOUN_ORDINAL = /\b(?:birthday|anniversary|appointment|hearing|court date|due date|deadline|surgery|discharge|funeral|wedding|intake|graduation)\s+(?:is|was|falls on|fell on|will be|lands on)\s+(?:on\s+)?the\s+((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b/gi;
/** "Christmas Eve 2023", "thanksgiving 2021": a holiday with its year names one day. */
const HOLIDAY_YEAR = /\b(?:Christmas(?: Eve| Day)?|New Year's(?: Eve| Day)?|Thanksgiving(?: Day)?|Easter(?: Sunday)?|Good Friday|Halloween|Hanukkah|Passover|Eid(?: al-Fitr| al-Adha)?|Diwali|Lunar New Year|Valentine's Day|Mother's Day|Father's Day|Memorial Day|Labor Day|Independence Day|the Fourth of July|Juneteenth|Veterans Day|Yom Kippur|Rosh Hashanah)(?:,)? (?:19|20)\d\d\b/gi;
/** "since her dad left on Labor Day", "the last one came on christmas eve": a holiday after "on" or "since" dates an event ("last Christmas" is left as a season). */
const HOLIDAY_ON = /\b(?<=(?:on|since) )(?:christmas(?: eve| day)?|new year's(?: eve| day)|thanksgiving(?: day)?|easter(?: sunday)?|good friday|halloween|valentine's day|mother's day|father's day|memorial day|labor day|independence day|the fourth of july|juneteenth|veterans day)\b/gi;
const HOLIDAY_ON_HINT = /\b(?:on|since) (?:christmas|new year's|thanksgiving|easter|good friday|halloween|valentine's|mother's|father's|memorial|labor|independence|the fourth|juneteenth|veterans)\b/i;
const YEAR_AFTER_SPACE = / (?:19|20)\d\d/;
const HOLIDAY_HINT = /(?:mas|day|eve|ving|ster|ween|kah|over|eid|wali|year|july|teenth|ppur|anah|friday),? (?:19|20)\d\d/i;
/** A fraction or score written like a date: "rated 7/10", "a 4/5 on the scale", "24/7". */
const SCORE_CONTEXT = /\b(?:rated?|rating|scored?|scores?|scale|out of|level|pain|mood|sleep|anxiety|a|an)\s+$/i;

// The lower-case month names of LOWER_MONTH_HINT ride along, so that one scan of the post answers both.
if (!LOWER_MONTH_HINT.source.startsWith('\\b') || LOWER_MONTH_HINT.flags) throw new Error('LOWER_MONTH_HINT must stay a plain pattern opening with \\b');
const CALENDAR_WORD = new RegExp(String.raw`\b(?:${MONTH}|${WEEKDAY}|${LOWER_MONTH_HINT.source.slice(2)})`, 'g');
/** Lengths of the cue words before a lone month: its match begins that far (and a space) before the month. */
const MONTH_CUE_LENGTHS = [...new Set(MONTH_CUES.split(' ').map((word) => word.length))];

const NUMERIC_DATE_HINT = /\d[/.-]\d/;
const ORDINAL_HINT = /\d(?:st|nd|rd|th)\b/;

/** Dates more specific than a year. */
export function recogniseDates(text: string): Candidate[] {
  const found: Candidate[] = [];
  // Where each month or weekday name begins, in one pass: the patterns that start with one are tried only there.
  const calendarMatches = matchesOf(CALENDAR_WORD, text);
  // A match opening with a lower-case letter is LOWER_MONTH_HINT's; the others begin with a capital.
  const lowerMonth = calendarMatches.some((m) => isLowerCase(text.charCodeAt(m.index)));
  const calendarWords = lowerMonth ? calendarMatches.filter((m) => !isLowerCase(text.charCodeAt(m.index))).map((m) => m.index) : calendarMatches.map((m) => m.index);
  const calendar = calendarWords.length > 0;
  const numeric = NUMERIC_DATE_HINT.test(text);
  for (const [pattern, confidence, needsCalendarWord, atCalendarWord] of PATTERNS) {
    if (needsCalendarWord ? !calendar : !numeric) continue;
    if (pattern === NUMERIC_RANGE && !NUMERIC_RANGE_HINT.test(text)) continue;
    for (const m of atCalendarWord ? matchesAt(pattern, text, calendarWords) : matchesOf(pattern, text)) {
      if (m[0].includes('/') && isScore(text, m.index, m[0])) continue;
      found.push(candidate(PhiKind.DATE, m.index, m.index + m[0].length, confidence, Priority.DATE));
    }
  }
  // "the third of june": chat writes the spelled date in lower case too.
  if (calendar || lowerMonth) {
    for (const pattern of SPELLED_DATES) {
      if (pattern === SPELLED_DATES[0] && !calendar) continue;
      // "the twelfth of March" needs " of <month>": a literal-led check, cheaper than the ordinal alternation.
      if (pattern === SPELLED_DATES[1] && !OF_MONTH.test(text)) continue;
      // "March twelfth" begins at its month; "the twelfth of March" does not.
      for (const m of pattern === SPELLED_DATES[0] ? matchesAt(pattern, text, calendarWords) : matchesOf(pattern, text)) {
        // "May first" as a verb phrase ("we may first need") is lower-case and never matches; "the first of May" is kept.
        found.push(candidate(PhiKind.DATE, m.index, m.index + m[0].length, 0.85, Priority.DATE));
      }
    }
    // "since May": the match begins at a cue word, a space and the cue's length before a month name.
    const cueStarts: number[] = [];
    for (const at of calendarWords) for (const length of MONTH_CUE_LENGTHS) if (at - 1 - length >= 0) cueStarts.push(at - 1 - length);
    // In order; a start listed twice does no harm: it fails again or lies inside the match found there.
    for (const m of matchesAt(LONE_MONTH, text, cueStarts.sort((a, b) => a - b))) {
      const end = m.index + m[0].length;
      // "May" is also a verb: "... and May I ask" is not a date.
      // After a time word ("since May she stopped") it is the month.
      if (m[1] === 'May' && /^(?:and|or|to|of)\s/i.test(m[0]) && /^\s+(?:I|we|you|he|she|they|it|be|have|not)\b/.test(text.slice(end, end + 7))) continue;
      // "... and April brings it up", "to June, who": a month acting as a person is a name, not a date.
      // After "since"/"in" only a verb nothing but people do counts; after "and"/"or"/"to" any verb people do.
      const next = /^ ([a-z']+)/.exec(text.slice(end, end + 16))?.[1];
      const weakCue = /^(?:and|or|to|of)\s/i.test(m[0]);
      if (next && !AUXILIARIES.has(next) && (SPEECH_VERBS.has(next) || (weakCue && PERSON_VERBS.has(next)))) continue;
      // "records for April Castellanos-Reyes, 26": a month before a capitalised surname is a given name.
      if (SURNAME_AFTER_MONTH.test(text.slice(end, end + 40))) continue;
      found.push(candidate(PhiKind.DATE, end - m[1].length, end, 0.75, Priority.DATE));
    }
  }
  // "since january", "back in october": chat posts write months in lower case; after a time word they are dates
  // ("may", "march" and "august" are words too and are left alone).
  if (lowerMonth) {
    // "moved to july ninth": a lower-case month and a spelled day.
    for (const m of matchesOf(LOWER_SPELLED_DATE, text)) found.push(candidate(PhiKind.DATE, m.index, m.index + m[0].length, 0.8, Priority.DATE));
    for (const m of matchesOf(LOWER_MONTH, text)) {
      const end = m.index + m[0].length;
      // ("in march.": the third branch's month is followed by, not ending, the match.)
      const month = m[1] ?? m[2] ?? m[3];
      const monthEnd = m[3] ? m.index + m[0].length : end;
      found.push(candidate(PhiKind.DATE, monthEnd - month.length, monthEnd, 0.6, Priority.DATE));
    }
  }
  const digits = spacedDigits(text);
  if (digits.some((at) => LOWER_WEEKDAY_BEFORE_DAY.test(text.slice(Math.max(0, at - 12), at)))) {
    for (const m of matchesOf(LOWER_WEEKDAY_DAY, text)) found.push(candidate(PhiKind.DATE, m.index, m.index + m[0].length, 0.8, Priority.DATE));
  }
  if (digits.some((at) => LOWER_MONTH_BEFORE_DAY.test(wordBefore(text, at)))) {
    for (const m of matchesOf(LOWER_MONTH_DAY, text)) found.push(candidate(PhiKind.DATE, m.index, m.index + m[0].length, 0.75, Priority.DATE));
    for (const m of matchesOf(LOWER_MONTH_YEAR, text)) found.push(candidate(PhiKind.DATE, m.index, m.index + m[0].length, 0.75, Priority.DATE));
  }
  // A year after a space first: a plain pattern, far cheaper than the case-blind holiday endings.
  if (YEAR_AFTER_SPACE.test(text) && HOLIDAY_HINT.test(text)) {
    for (const m of matchesOf(HOLIDAY_YEAR, text)) found.push(candidate(PhiKind.DATE, m.index, m.index + m[0].length, 0.85, Priority.DATE));
  }
  if (HOLIDAY_ON_HINT.test(text)) {
    for (const m of matchesOf(HOLIDAY_ON, text)) found.push(candidate(PhiKind.DATE, m.index, m.index + m[0].length, 0.7, Priority.DATE));
  }
  if (ORDINAL_HINT.test(text)) {
    if (OF_LOWER_MONTH.test(text)) for (const m of matchesOf(LOWER_ORDINAL_OF_MONTH, text)) found.push(candidate(PhiKind.DATE, m.index, m.index + m[0].length, 0.85, Priority.DATE));
    for (const m of matchesOf(BARE_ORDINAL, text)) {
      const end = m.index + m[0].length;
      found.push(candidate(PhiKind.DATE, end - m[1].length, end, 0.6, Priority.DATE));
    }
    for (const m of matchesOf(DATE_NOUN_ORDINAL, text)) {
      const end = m.index + m[0].length;
      found.push(candidate(PhiKind.DATE, end - m[1].length, end, 0.7, Priority.DATE));
    }
  }
  return found;
}

function isLowerCase(code: number): boolean {
  return code >= 97 && code <= 122;
}

function isScore(text: string, start: number, match: string): boolean {
  if (match === '24/7') return true;
  // "CAGE 3/4", "CRAFFT 2/6": right after an instrument's name in capitals.
  // "her SCOFF is 4/5": or with "is", "of" or "was" between.
  if (match.split('/').length === 2 && /\b(?!DOB\b|DOD\b|DATE\b)[A-Z]{3,7}(?:-[A-Z0-9]{1,3})?\s(?:(?:is|was|of|at|=)\s)?$/.test(text.slice(Math.max(0, start - 16), start))) return true;
  if (DOSE_AFTER.test(text.slice(start + match.length, start + match.length + 12)) || DOSE_BEFORE.test(text.slice(Math.max(0, start - 32), start)) || medicationBefore(text, start)) return true;
  const [, denominator] = match.split('/');
  if (match.split('/').length === 2 && (denominator === '10' || denominator === '5') && SCORE_CONTEXT.test(text.slice(Math.max(0, start - 24), start))) {
    return true;
  }
  if (/\b(?:rated?|scored?|scores?|out of)\s+$/i.test(text.slice(Math.max(0, start - 16), start))) return true;
  // "rated his mood 3/10 on Monday and 7/10 by Friday": a rating word earlier in the sentence.
  if (denominator === '10' || denominator === '5') {
    const head = text.slice(Math.max(0, start - 80), start);
    const sentence = head.slice(Math.max(head.lastIndexOf('. '), head.lastIndexOf('\n')) + 1);
    return /\b(?:rated?|rates|rating|scored?|scores?|scale|out of|SUDS|SRS|ORS|pain|mood|urges?|cravings?|intensity|distress|diary cards?)\b|\d\/(?:10|5)\b/i.test(sentence);
  }
  return false;
}
