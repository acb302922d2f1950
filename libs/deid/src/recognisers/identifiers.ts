import { US_STATE_CODES } from '../allow-list';
import { matchesOf } from '../matches';
import { PhiKind } from '../phi-kind';
import { Candidate, candidate, Priority } from './candidate';

/**
 * Labels that say what a nearby code is. The nearest specific label before a
 * code, in the same sentence, names its kind; bare "ID"/"number" only counts
 * when no specific label is in reach.
 */
const LABELS: ReadonlyArray<[PhiKind, RegExp]> = [
  [PhiKind.SSN, /\bSSNs?\b|\bsocial security(?: number| no\.?| #)?|\bSS#/gi],
  [PhiKind.MRN, /\bMRNs?\b|\bmedical record(?: number| no\.?| #)?|\bchart(?: number| no\.?| #| id)?\b|\brecord number|\bpatient (?:id|number)|\bhospital number/gi],
  [
    PhiKind.HEALTH_PLAN,
    /\bmember(?:ship)?(?: (?:id|number|no\.?|#))?\b|\bsubscriber (?:id|number)|\bpolicy(?: number| no\.?| #| id)?|\bmedicaid\b|\bmedicare\b|\binsurance (?:id|number|card)|\bgroup (?:number|no\.?|#)|\bplan (?:id|number)|\bhealth plan|\bbeneficiary (?:id|number)|\bMBI\b|\b(?:MassHealth|Medi-Cal|SoonerCare|AHCCCS|BadgerCare|TennCare|KanCare|MaineCare|PeachCare|HUSKY|Apple Health|CHIP|Medical Assistance|MA)(?: (?:id|number|no\.?|#|card))?\b|\bstate (?:plan|insurance|coverage) (?:id|number|code)/gi,
  ],
  [PhiKind.ACCOUNT, /\baccount(?: number| no\.?| #| id)?|\b(?:portal |user ?)?(?:login|username|user name|user id)\b|\bacct\.?|\bbilling (?:id|number)|\binvoice(?: number| #)?|\brouting number|\bIBAN\b|\bcard number/gi],
  [
    PhiKind.VEHICLE,
    /\b(?:licen[cs]e )?plates?(?: number| #)?|\btags?(?: number| #)?\b|\bVINs?\b|\bvehicle identification number|\bvehicle registration/gi,
  ],
  [PhiKind.LICENSE, /\blicen[cs]e(?: number| no\.?| #)?|\blic\b\.?|\bCDL\b|\bDL\b|\bpermit(?: number| #)|\bcertification (?:number|#)|\bNPI\b|\bDEA\b(?: number| #)?/gi],
  [PhiKind.DEVICE, /\bserial(?: number| no\.?| #)?|\b(?:ankle|GPS|home|glucose|cardiac|heart|baby) monitor\b|\bmonitor (?:unit|id|number)|\b(?:insulin |infusion )?pump(?: id| number| #)?\b|\bhearing aids?\b|\bpacemaker\b|\bdefibrillator\b|\bICD unit\b|\bCPAP\b|\bCGM\b|\bimplant(?: id| number| #)?\b|\btracker\b|\bS\/N\b|\bdevice (?:id|number)|\bIMEI\b|\bMAC address|\bmodel number|\bunit (?:id|number)|\basset tag/gi],
  [
    PhiKind.BIOMETRIC,
    /\b(?:(?:fingerprints?|finger ?scan(?:ner)?s?|thumbprints?|voice ?prints?|voice (?:id|recognition)|iris(?: scan(?:ner)?s?)?|retina(?:l)?(?: scan(?:ner)?s?)?|palm(?:[- ]?(?:scan(?:ner)?s?|prints?|veins?))|vein (?:scan(?:ner)?s?|patterns?)|hand geometry|gait (?:signature|profile)|DNA(?: profile| sample| test| kit)?|genetic (?:profile|sample)|biometrics?|face ?(?:id|print|scan|template)|facial (?:recognition|scan|template))(?:[- ](?:login|log-in|sign-in|unlock|template|record|enrollment|enrolment|profile|sample|scan|key|id|number|no\.?|#))*)(?![a-z])/gi,
  ],
  [
    PhiKind.OTHER_ID,
    /\bcase(?: number| no\.?| #| id)?\b|\bdocket(?: number| no\.?| #)?|\bstudent (?:id|number|no\.?|#)|\bA-?number|\balien (?:number|registration)|\binmate (?:id|number)|\bbooking (?:number|no\.?|#)|\bprobation\b|\bpassport(?: number| #)?|\bemployee (?:id|number)|\bbadge(?: number| #)?|\bclaim(?: number| #)?|\bconfirmation (?:number|#|code)|\breference (?:number|#)|\bfile (?:number|#)|\bcitation|\bwarrants?\b|\bUSCIS\b|\bEIN\b|\bTIN\b/gi,
  ],
];
// "no." is "number" only before the code ("No. 4471"), not where a sentence ends in "says no."
const GENERIC_LABEL = /\bID\b|\bidentifier\b|\bnumber\b|\bno\.(?=\s?[#\d])|#/gi;
const LABEL_WORDS = new Set(['ID', 'SSN', 'MRN', 'VIN', 'DL', 'CDL', 'SN', 'NO', 'IP', 'DNA', 'NPI', 'DEA', 'MBI', 'EIN', 'TIN', 'IMEI', 'ACCT', 'IBAN', 'USCIS']);

/** An upper-case code holding digits: "QHC 7719 3305", "HA-6142-319-B", "4PRZ-881", "MN-MCD 4408 1193". */
const CODE =
  /(?<![\w-])(?:[A-Z]{1,5}-(?=[A-Z]{1,6}\s\d))?(?:[A-Z]{1,6}[ -](?=[A-Z0-9]*\d|[A-Z]{1,5}-[A-Z0-9]*\d|[A-Z]{1,5}-[A-Z]{1,5}-[A-Z0-9]*\d)|[A-Z]{2,6}\.(?=\d{4}))?(?:[A-Z]{1,5}-(?=[A-Z0-9]*\d|[A-Z]{1,5}-[A-Z0-9]*\d)){0,2}[A-Z0-9]*\d[A-Z0-9]*(?:(?:[-.]|\s(?=[A-Z0-9]*\d))[A-Z0-9]*\d[A-Z0-9]*|-[A-Z]{1,3}\b)*(?:\s[A-Z](?=[,.;:)]))?(?![\w-]|[.-]\w)/g;
/** A lower-case user name with a digit or underscore: counts only next to a label. */
const USER_NAME = /(?<![\w@.-])[a-z][a-z0-9._]*[_\d][a-z0-9._]*(?<![._])(?![\w@-])/g;
const USER_NAME_LABEL = /login|user ?(?:name|id)|account/i;
const SSN = /(?<![\w-])\d{3}([- ])\d{2}\1\d{4}(?![\w-])/g;
/** VINs have a fixed shape: 17 characters, no I, O or Q. */
const VIN = /^[A-HJ-NPR-Z0-9]{17}$/;
const PHONE_SHAPED = /^(?:1[\s.-])?(?:\d{3}[\s.-])?\d{3}[\s.-]\d{4}$/;
/** ICD-10 / DSM codes (F41.1, F43.10, Z63.0) are clinical vocabulary, not identifiers. */
const DIAGNOSIS_CODE = /^[A-Z]\d{2}(?:\.(?:\d{1,4}[A-Z]?|\d{1,3}X{1,3}[A-Z]|\dX{1,3}[A-Z]))?$/;
const YEAR = /^(?:19|20)\d\d$/;
const UNIT_AFTER = /^\s*(?:%|percent|mg|mcg|ml|kg|lbs?|pounds|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|sessions?|dollars|usd|calories|steps|miles|km|points?)\b/i;
const SENTENCE_END = /[.!?]\s+(?=[A-Z"'(])|\n/g;

/** Social Security numbers written 3-2-4, with dashes or spaces. */
export function recogniseSsns(text: string): Candidate[] {
  return matchesOf(SSN, text).map((m) => candidate(PhiKind.SSN, m.index, m.index + m[0].length, 0.95, Priority.PATTERN_ID));
}

/**
 * Codes with digits, kinded by the nearest label before them in the same
 * sentence ("his MRN is 88-204-1176", "plate, JXV 3307"). A code with no label
 * but the shape of an identifier (letters and at least five digits, or
 * several digit groups) is still reported, as OTHER_ID with low confidence;
 * one with the fixed shape of a VIN as VEHICLE.
 */
export function recogniseLabelledIds(text: string): Candidate[] {
  const found: Candidate[] = [];
  scanCodes(text, text, false, found);
  // "his mrn, rb-448120", "plate 8hrw552": chat posts write codes in lower case. They are read off an
  // ASCII upper-cased copy (same length, so same offsets) and kept only next to a label.
  if (LOWER_CODE_HINT.test(text)) scanCodes(text, asciiUpperCase(text), true, found);
  return found;
}

/** The text with a-z in capitals and every offset unchanged (`toUpperCase` may lengthen "ß" or "ﬁ"). */
function asciiUpperCase(text: string): string {
  const upper = text.toUpperCase();
  return upper.length === text.length ? upper : text.replace(/[a-z]+/g, (w) => w.toUpperCase());
}

/** A lower-case letter touching a digit, or a short lower-case prefix before digits. */
const LOWER_CODE_HINT = /[a-z]\d|\d[a-z]|\b[a-z]{2,6}[ -]\d/;
const LOWER_LEAD_WORDS = new Set('IS WAS ARE WERE THE HIS HER MY A AN IT ITS DL ID NO NUMBER PLATE PLATES TAG VIN SERIAL MRN SSN OF TO AND OR AT ON IN READS SAYS CODE IT\'S FROM SINCE BY UNTIL FOR WITH AFTER BEFORE DATES DATED ABOUT AROUND MEMBER POLICY ACCOUNT ACCT CHART CASE DOCKET PLAN GROUP LICENSE LIC PERMIT BILLS BILLED BILL STUDENT BADGE CLAIM FILE RECORD PATIENT'.split(' '));
const LONG_MIXED_CODE = /^(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{8,}$/;
const CODE_NOUN_BEFORE = /\b(?:enrollment|enrolment|template|id|number|record|code|serial|profile|on it|says|reads)[,:]?\s\(?$/i;
/** "LPC-S 004417", "LMFT 88214": a credential written before a license number belongs to it. */
const CREDENTIAL_BEFORE = /(?<![\w-])[A-Z]{2,6}(?:-[A-Z]{1,2})?\s$/;

function scanCodes(text: string, source: string, lowerOnly: boolean, found: Candidate[]): void {
  for (const m of codeMatches(source)) {
    if (lowerOnly && !/[a-z]/.test(text.slice(m.index, m.index + m[0].length))) continue;
    let start = m.index;
    let code = m[0];
    // "the plate was 8hrw552": in lower case a word before the code ("was", "dl is") can look like a prefix.
    for (let lead = lowerOnly ? /^([A-Z]+) / .exec(code) : null; lead && LOWER_LEAD_WORDS.has(lead[1]); lead = /^([A-Z]+) /.exec(code)) {
      start += lead[0].length;
      code = code.slice(lead[0].length);
    }
    const prefix = /^([A-Z]{1,6})[ -]/.exec(code);
    // "MRN MV-0091827" drops its label; "CDL-TX-41193076", "DNA-LX-77120-4" keep a label glued to a
    // further letter segment: the whole thing is the code.
    // A label glued by a hyphen ("DNA-KT7-550193", "MRN-0091827") stays: the whole run is written as one code.
    if (prefix && LABEL_WORDS.has(prefix[1]) && !prefix[0].endsWith('-')) {
      start += prefix[0].length;
      code = code.slice(prefix[0].length);
    }
    // "dearing, ok 74061": a state code and a ZIP are the address's.
    if (/^[A-Z]{2}\s\d{5}$/.test(code) && US_STATE_CODES.has(code.slice(0, 2)) && /,\s$/.test(text.slice(Math.max(0, start - 2), start))) continue;
    // "ACA 2014", "DSM 2013": a code of ethics or a manual with its year.
    if (/^[A-Z]{2,6}\s(?:19|20)\d\d$/.test(code)) continue;
    // "served 1974–1978", "2019-2021": a span of years, unlabelled, is a time, not a code.
    if (/^(?:19|20)\d\d[-\u2013](?:19|20)\d\d$/.test(code) && Number(code.slice(5)) > Number(code.slice(0, 4)) && !nearestLabel(text, start, 6)) continue;
    // "PHQ-9 15", "GAD-7 8": an instrument with its version, then a score.
    if (/^[A-Z]{2,6}-\d{1,2}[A-Z]?\s\d{1,3}$/.test(code)) continue;
    // A code of digits alone is the first pass's: the lower-case pass is for codes with letters.
    if (lowerOnly && !/[A-Z]/.test(code)) continue;
    const end = start + code.length;
    if (!(isPlausibleCode(code) || isLabelledShortCode(text, start, code)) || text[start - 1] === '$' || UNIT_AFTER.test(text.slice(end, end + 12))) continue;
    // "lives at 2217 Spindle Lane": a house number is the address's, whatever label came before.
    if (/^\d{1,6}$/.test(code) && STREET_AHEAD.test(text.slice(end, end + 48))) continue;
    // "diagnosed F10.20": an ICD-10 code is vocabulary whatever label is near.
    if (DIAGNOSIS_CODE.test(code) && code.includes('.')) continue;
    // "@lil.moth444": the tail of a handle is the handle's.
    if (/@[\w.]*$/.test(text.slice(Math.max(0, start - 24), start))) continue;
    // "our clinic bills 90847": a psychotherapy billing code.
    if (/^9\d{4}$/.test(code) && /\b(?:bill(?:s|ed|ing)?|cpt|code[sd]?|use[sd]?)\s$/i.test(text.slice(Math.max(0, start - 10), start))) continue;
    // "his chart still lists F64.0": a word read into the code before a diagnosis code.
    if (/\s[A-Z]\d{2}\.\d{1,4}$/.test(code)) continue;
    // "CPT 90837", "ICD-10 F43.10": billing and diagnosis codes are vocabulary.
    // "45 CFR 164.512": a regulation is cited, not a record.
    if (/\b(?:CPT|HCPCS|ICD(?:-1[01](?:-CM)?)?|DSM(?:-5(?:-TR)?)?|CFR|C\.F\.R\.|U\.S\.C\.|USC|§)[\s:#-]*$/.test(text.slice(Math.max(0, m.index - 12), start)) || (prefix && /^(?:CPT|ICD|DSM|HCPCS|CFR|USC)$/.test(prefix[1]) && !(prefix[1] === 'ICD' && !/^ICD-(?:9|10|11)\b/.test(code) && digitCount(code) >= 5))) continue;
    // A lower-case code needs its label closer (six words): "call 911", "like 300" are words and numbers;
    // after a noun naming a code ("flagged his enrollment, ir-77120-hb") the label may sit further back.
    // A long run of capitals and digits ("DMPX4K2Q9LRT") is a code whatever the distance: its label may sit further back too.
    const label = nearestLabel(text, start, lowerOnly ? (CODE_NOUN_BEFORE.test(text.slice(Math.max(0, start - 16), start)) ? 14 : 6) : 9) ??
      (!lowerOnly && LONG_MIXED_CODE.test(code) ? nearestLabel(text, start, 16) : null);
    // A lower-case code needs its label, except a VIN, whose fixed shape says what it is.
    if (lowerOnly && !label && !isVin(code)) continue;
    if (isVin(code) && (!label || label === PhiKind.OTHER_ID)) {
      found.push(candidate(PhiKind.VEHICLE, start, end, 0.9, Priority.PATTERN_ID));
      continue;
    }
    // Phone-shaped runs belong to the phone recogniser unless a specific label claims them.
    if (PHONE_SHAPED.test(code) && (!label || label === PhiKind.OTHER_ID)) continue;
    // "his a-number, a 219 774 530": the letter of an A-number written apart from its digits.
    if (label === PhiKind.OTHER_ID && /(?:^|[\s,:(])[aA]\s$/.test(text.slice(Math.max(0, start - 3), start)) && /\ba-?number|\balien\b/i.test(text.slice(Math.max(0, start - 32), start))) start -= 2;
    if (label) {
      let credential = label === PhiKind.LICENSE ? CREDENTIAL_BEFORE.exec(source.slice(Math.max(0, start - 10), start)) : null;
      if (credential && LOWER_LEAD_WORDS.has(credential[0].trim())) credential = null;
      found.push(candidate(label, credential ? start - credential[0].length : start, end, 0.95, Priority.LABELLED_ID));
    } else if (looksLikeIdentifier(code)) {
      found.push(candidate(PhiKind.OTHER_ID, start, end, 0.5, Priority.UNLABELLED_ID));
    }
  }
}

/** Lower-case user names given right after an account or login label. */
export function recogniseUserNames(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (!USER_NAME_LABEL.test(text)) return found;
  for (const m of userNameMatches(text)) {
    if ((m[0].match(/[a-z]/g)?.length ?? 0) < 3) continue;
    const label = nearestLabel(text, m.index, 6);
    if (label === PhiKind.ACCOUNT) found.push(candidate(label, m.index, m.index + m[0].length, 0.85, Priority.LABELLED_ID));
  }
  return found;
}

const CODE_AT = new RegExp(CODE.source, CODE.flags.replace('g', '') + 'y');
const USER_NAME_AT = new RegExp(USER_NAME.source, USER_NAME.flags.replace('g', '') + 'y');

/**
 * The matches `matchesOf(CODE, text)` finds, with CODE tried only where a code can begin (scanning every
 * character of the post with it is dear): before a code's first digit come only capitals, spaces and
 * hyphens, back to a capital or digit that follows neither a word character nor a hyphen.
 */
function codeMatches(text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let from = 0;
  for (let digit = nextMatch(DIGIT, text, 0); digit >= 0; digit = nextMatch(DIGIT, text, digit + 1)) {
    let start = digit;
    // A code has at most one space before its first digit (a prefix word: "QHC 7719"), so the walk back crosses one
    // space at most; on upper-cased chat text it would otherwise run back over every word.
    let spaces = 0;
    for (let before = text.charCodeAt(start - 1); start > from && (isCapitalCode(before) || (before === 32 && spaces++ < 1) || before === 45 || before === 46); before = text.charCodeAt(start - 1)) start--;
    for (let at = start; at <= digit; at++) {
      const first = text.charCodeAt(at);
      if (!(isCapitalCode(first) || isDigitCode(first)) || isWordOrHyphenCode(text.charCodeAt(at - 1))) continue;
      CODE_AT.lastIndex = at;
      const m = CODE_AT.exec(text);
      if (!m) continue;
      matches.push(m);
      from = at + m[0].length;
      digit = from - 1;
      break;
    }
  }
  return matches;
}

/**
 * The matches `matchesOf(USER_NAME, text)` finds, tried only where one can begin: before its first digit
 * or underscore come only lower-case letters and dots, back to the start of that run.
 */
function userNameMatches(text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let from = 0;
  for (let mark = nextMatch(DIGIT_OR_UNDERSCORE, text, 0); mark >= 0; mark = nextMatch(DIGIT_OR_UNDERSCORE, text, mark + 1)) {
    let start = mark;
    while (start > from && (isLowerCode(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 46)) start--;
    if (start === mark || !isLowerCode(text.charCodeAt(start))) continue;
    USER_NAME_AT.lastIndex = start;
    const m = USER_NAME_AT.exec(text);
    if (!m) continue;
    matches.push(m);
    from = start + m[0].length;
    mark = from - 1;
  }
  return matches;
}

const DIGIT = /[0-9]/g;
const DIGIT_OR_UNDERSCORE = /[0-9_]/g;

/** Where `pattern` (global, one character wide) next matches from `from`, or -1: a regex search runs several times faster than a char-code loop over the post. */
function nextMatch(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? -1;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isCapitalCode(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isLowerCode(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** What CODE's look-behind rules out before a code: a word character or a hyphen. */
function isWordOrHyphenCode(code: number): boolean {
  return isDigitCode(code) || isCapitalCode(code) || isLowerCode(code) || code === 95 || code === 45;
}

function isVin(code: string): boolean {
  return VIN.test(code) && digitCount(code) >= 5 && (code.match(/[A-Z]/g)?.length ?? 0) >= 3;
}

function digitCount(code: string): number {
  // A char-code count: no array of matches per call.
  let digits = 0;
  for (let i = 0; i < code.length; i++) if (isDigitCode(code.charCodeAt(i))) digits++;
  return digits;
}

function isPlausibleCode(code: string): boolean {
  const digits = digitCount(code);
  if (YEAR.test(code)) return false;
  if (digits >= 4) return true;
  return digits === 3 && (code.match(/[A-Z]/g)?.length ?? 0) >= 2;
}

/** "serial PF3KX9QZ", "plate 7KQ2XRT": a mostly-letter code right after its label. */
function isLabelledShortCode(text: string, start: number, code: string): boolean {
  if (code.length < 6 || /\s/.test(code) || digitCount(code) < 2 || (code.match(/[A-Z]/g)?.length ?? 0) < 3) return false;
  return LABEL_RIGHT_BEFORE.test(text.slice(Math.max(0, start - 28), start));
}

const STREET_AHEAD = /^\s(?:[NSEW]\.?\s)?(?:\p{Lu}[\p{L}'-]+\s){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Way|Court|Ct|Boulevard|Blvd|Place|Pl|Terrace|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Mews|Row|Loop|Pike)\b/u;
const LABEL_RIGHT_BEFORE = /\b(?:transmitter|sensor|receiver|pump|serial(?: number| no\.?)?|S\/N|IMEI|VIN|plates?(?: number)?|tags?|ID|number|no\.|code|licen[cs]e(?: number)?|account(?: number)?|member ID|policy(?: number)?)(?:\s(?:is|was|reads))?[\s:#,]{1,3}$/i;

function looksLikeIdentifier(code: string): boolean {
  if (DIAGNOSIS_CODE.test(code)) return false;
  const digits = digitCount(code);
  const letters = /[A-Z]/.test(code);
  const groups = code.split(/[-. ]/).length;
  return (letters && digits >= 4) || (groups >= 3 && digits >= 6) || digits >= 8;
}

/** The kind named by the closest label in reach before `start`, if any. */
function nearestLabel(text: string, start: number, reach = 9): PhiKind | null {
  const windowStart = Math.max(0, start - 90);
  let head = text.slice(windowStart, start);
  const lastStop = lastMatchEnd(head, SENTENCE_END);
  head = head.slice(lastStop);
  // A label reaches past a few filler words ("license number written down -") but not past another number.
  const lastDigit = head.search(/\d[^\d]*$/);
  if (lastDigit >= 0) head = head.slice(lastDigit + 1);
  let best: { kind: PhiKind; end: number; start: number } | null = null;
  for (const [kind, pattern] of LABELS) {
    for (const l of matchesOf(pattern, head)) {
      const end = l.index + l[0].length;
      // The label ending nearest the code wins; on a tie the longer one ("palm-vein login" over "login").
      if (!best || end > best.end || (end === best.end && l.index < best.start)) best = { kind, end, start: l.index };
    }
  }
  // "the serial number of the loaner laptop our clinic gave him, PF3K9ZQ1": a label reaches nine words.
  if (best && wordsBetween(head.slice(best.end)) <= reach) return best.kind;
  for (const l of matchesOf(GENERIC_LABEL, head)) {
    if (wordsBetween(head.slice(l.index + l[0].length)) <= 3) return PhiKind.OTHER_ID;
  }
  // "Her member number was on the card. It's XKB 30219 774.": a label in the previous
  // sentence reaches a code that opens the next one.
  if (lastStop > 0 && lastDigit < 0 && wordsBetween(head) <= 4) {
    const previous = text.slice(Math.max(0, windowStart + lastStop - 140), windowStart + lastStop);
    const sentence = previous.slice(lastMatchEnd(previous.slice(0, -2), SENTENCE_END));
    if (!/\d/.test(sentence)) {
      let prior: { kind: PhiKind; end: number } | null = null;
      for (const [kind, pattern] of LABELS) {
        for (const l of matchesOf(pattern, sentence)) {
          const end = l.index + l[0].length;
          if (!prior || end > prior.end) prior = { kind, end };
        }
      }
      if (prior) return prior.kind;
    }
  }
  return null;
}

function wordsBetween(gap: string): number {
  return gap.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

function lastMatchEnd(text: string, pattern: RegExp): number {
  let end = 0;
  for (const m of matchesOf(pattern, text)) end = m.index + m[0].length;
  return end;
}
