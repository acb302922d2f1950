import {
  COMMON_CAPITALISED,
  COUNTRIES_AND_REGIONS,
  BRAND_NAMES,
  CHAT_WORDS,
  COMMON_PHRASES,
  CUE_FILLERS,
  GEO_SUFFIXES,
  GROUPS,
  IRREGULAR_PAST,
  MEDICATIONS,
  MONTHS,
  NAME_PARTICLES,
  PERSON_CUES,
  PERSON_VERBS,
  SEASONS,
  SPEECH_VERBS,
  SPORTS_TEAMS,
  STRONG_PLACE_CUES,
  RESIDENCE_CUES,
  RESIDENCE_GATE,
  THEORISTS,
  THEORIST_GIVEN_NAMES,
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
import { Dictionaries, Lexicon } from '../dictionaries';
import { matchesOf } from '../matches';
import { PhiKind } from '../phi-kind';
import { codeAt, Token } from '../tokens';
import { Candidate, candidate, Priority } from './candidate';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (set: ReadonlySet<string>) => [...set].map(escape).join('|');

const PERSON_CUE_BEFORE = new RegExp(
  // At most two spaces after the cue: a spaced dash (normalised to three spaces) ends the phrase ("with the client — Safran calls").
  String.raw`(?:\b(?:${alternation(PERSON_CUES)})(?:\s+(?:${alternation(CUE_FILLERS)}))*(?:\s?[,:]\s?|\s\s?)?["(]?|\bname's\s)$`,
  'i',
);
const AGE_AFTER =
  /^(?:'s?)?(?:\s+\(\p{Lu}[\p{L}'-]+\s(?:\p{Lu}[\p{L}'-]+\s)?\p{Lu}[\p{L}'-]+\s+on\s+(?:the\s+)?(?:intake|chart|paperwork|forms?|records?|roster)\b|\s+(?:-\s+)?(?:his|her|their)\s(?:given|legal|real|full|birth)\sname\b|\s*,\s*(?:\d{1,3}|a\s\d{1,3}[- ]year[- ]old|an?\s[\w-]+-year-old|who(?:se|'s|'d)?)\b|\s+\((?:the name|(?:(?:her|his|their|a)\s)?(?:legal|real|full|given|birth|preferred|chosen|work|stage|street|drag|dead) ?name|legally|n[ée]e|born|formerly|aka|a\.k\.a\.|short for|goes by|she|he|they)\b|\s*\(\d{1,3}(?:\)|,\s)|\s+is\s(?:an?\s)?\d{1,3}\b|\s+is\san?\s\d{1,2}\s?(?:yo|y\/o)\b|\s+(?:is|was)\s(?:an?\s)?(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old|\s+\(\s*["']|\s+"[^"\n]{1,20}"\s+\p{Lu})/u;
const POSSESSIVE_PERSON_NOUN =
  /^'s?\s+(?:birthday|mother|mom|father|dad|parents|sister|brother|son|daughter|wife|husband|partner|boyfriend|girlfriend|family|kids|children|grandmother|grandfather|grandson|granddaughter|aunt|uncle|cousin|friend|friends|boss|teacher|coach|therapist|psychiatrist|doctor|case|chart|file|records|mood|anxiety|depression|grief|trauma|diagnosis|treatment|sessions?|safety|room|house|home|apartment|phone|email|letter|school|job)\b/i;
const LOWER_AGE_APPOSITIVE = /\b(?:(?:my|our|her|his)\s\d{1,2}\s?(?:yo|y\/o)|an?\s(?:\d{1,2}(?:st|nd|rd|th)[- ]grader|freshman|sophomore|junior|senior|first-year|second-year|third-year|\d{1,2}\s?(?:yo|y\/o|yr old|year old)|\d{1,2}-year-old|[a-z]+-year-old)(?:\s[a-z]+)?|(?:my|our|her|his|the)\s(?:[\w-]+\s)?(?:client|patient|student|son|daughter|kid|supervisee|clients|patients|students|kids|graders|members|boys|girls|teens)),\s$/i;
/** "Grace is hard to find", "Hope was the theme": a word after the copula that makes the word a thing. */
const COPULA_ABSTRACT = /^\s(?:a|an|the|not|no|what|how|when|where|why|hard|easy|important|key|everything|nothing|something|always|never|possible|impossible|necessary|essential|lacking|missing|scarce|gone|lost|needed|there|here|its|part|been|become|central|complicated|tricky|in short|in the)\b/;
const FAMILY_AFTER = /^'?\s+(?:family|families|household|kids|children|boys|girls|twins|siblings|sibling group|sibship|brothers|sisters|parents|clan)\b/i;
const COPULAS = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'could', 'should', 'might', 'may', 'must']);
/** "Faith has been my client", "Ruth is a client of mine": the word before is a person. */
const ROLE_APPOSITIVE =
  /^,\s(?:(?:a|an|my|our|his|her|their|the)\s)(?:[\w-]+\s){0,2}?(?:junior|senior|freshman|sophomore|student|nurse|teacher|veteran|widow|widower|mom|mother|dad|father|client|patient|supervisee|man|woman|boy|girl|teen|teenager|kid|child|retiree|lawyer|attorney|doctor|physician|engineer|driver|cook|chef|mechanic|contractor|farmer|pastor|officer|soldier|sergeant|worker|manager|cashier|accountant|pharmacist|paralegal|electrician|plumber|carpenter|artist|musician|writer|graduate|dropout|immigrant|refugee|sophomore|grandmother|grandfather|sister|brother|son|daughter|wife|husband|partner|friend|neighbou?r|coworker|co-worker|colleague|roommate|boyfriend|girlfriend|caregiver|therapist|psychiatrist|counselor|social worker|grader|freshman|sophomore)s?\b/i;
const ROLE_AFTER =
  /^(?:'s)?\s+(?:is|was|has\s+been|had\s+been|became)\s+(?:(?:my|our|a|an|the|his|her|their)\s+)(?:(?:new|former|current|first|second|third|longtime|long-term|favorite|favourite|youngest|oldest|only|adult|teenage|younger|older)\s+)?(?:client|patient|supervisee|son|daughter|sister|brother|wife|husband|partner|mother|father|mom|dad|boss|manager|friend|neighbou?r|therapist|psychiatrist|caseworker|sponsor|roommate|boyfriend|girlfriend|fianc[ée]e?|grandson|granddaughter|grandmother|grandfather|aunt|uncle|niece|nephew|cousin)\b/i;
const NAME_CUE_BEFORE = /\b(?:name is|name's|named(?: as)?|called|goes by|known as|nicknamed|calls? (?:him|her|them)(?:self)?|introduced (?:him|her|them)sel(?:f|ves)(?: only)? as)\s+["']?$/i;
const PAIR_AFTER = /^\s+(?:(?:and|&)\s+|(?:(?:van|der|de|von|du|da|di|la|le)\s+)+)(\p{Lu}[\p{L}'-]+)(?:\s+\p{Lu}[\p{L}-]+(?='s?\b|\s))?/u;
const PAIR_BEFORE = /(\p{Lu}[\p{L}'-]+)\s+(?:and|&)\s+$/u;
/** What follows "on" when it names no topic ("on weekends", "on the chart", "on her way"): "X on <these>" cites nobody. */
const NOT_A_TOPIC = String.raw`(?:weekends?|weekdays?|nights?|days?|mornings?|evenings?|afternoons?|shifts?|call|leave|probation|parole|disability|medication|meds|time|site|staff|duty|break|vacation|holiday|the side|the phone|speaker|hold|foot|campus|next|last|first|same|other|way|bus|train|chart|list|record|unit|floor|waitlist|roster|schedule|case|team|line|job|weekend|intake|paperwork|forms|referral|board|(?:their|her|his) way)`;
const THEORY_ON = new RegExp(String.raw`^'?s?\s+on\s+(?!(?:the\s+)?${NOT_A_TOPIC}\b)(?:the\s+)?\p{Ll}`, 'u');

const LANGUAGE_OR_GAME_BEFORE =
  /\b(?:speaks?|spoke|speaking|fluent in|translat(?:e|es|ed|ing) (?:it )?(?:in)?to|interpret(?:s|ed|ing)? (?:in|from|into)|plays?|played|playing|gaming on|games? like|addicted to)\s+(?:only\s+|mostly\s+|some\s+|a lot of\s+|mainly\s+)?$/i;
/** "K'iche and Spanish", "Spanish and K'iche": paired with a language, it is a language. */
const LANGUAGE_PAIR = /^\s+(?:and|or)\s+(?:English|Spanish|French|Portuguese|Arabic|Mandarin|Cantonese|Hmong|Somali|Tagalog|Vietnamese|Haitian Creole|Creole|Russian|Ukrainian|Swahili|Amharic|Tigrinya|Karen|Nepali|Dari|Pashto|Farsi|Quechua|Mam)\b/;
const LANGUAGE_PAIR_BEFORE = /\b(?:English|Spanish|French|Portuguese|Arabic|Mandarin|Cantonese|Hmong|Somali|Tagalog|Vietnamese|Creole|Russian|Ukrainian|Swahili|Amharic|Quechua),?\s+(?:and|or)\s+$/;
/** "the Johnson method", "Resch model": a named method or model after the word. */
/** "Vanderbilt ratings", "Conners checklist": a measure named after its author or place. */
const MEASURE_AFTER = /^\s+(?:ratings?|rating scales?|questionnaires?|checklists?|subscales?|battery|screeners?|norms)\b/i;
/** "Down syndrome", "Hirschsprung's disease", "Bell's palsy": a condition named after a person. */
const EPONYM_AFTER = /^(?:'s?)?\s+(?:syndrome|disease|palsy|sarcoma|lymphoma|anomaly|reflex|sign|phenomenon|dementia|chorea|aphasia|encephalopathy|cage|pouch|bag)\b/i;
/** "the Oura app", "a Garmin watch": a product, not a person or a place. */
const PRODUCT_AFTER = /^\s+(?:app|apps|watch|ring|tracker|device|account|platform|website|podcast|channel|game|console|speaker|headset|subscription|card|debit card|credit card|checking|bank account)\b/;
/** "like many Karen families": a people's name that is also a given name, before a word for its people. */
const PEOPLE_AFTER = /^\s+(?:families|family|people|community|communities|refugees|church|churches|language|speakers|culture|elders|women|men|woman|man|boy|girl|youth|households)\b/;
const TEAM_TALK_AFTER = /^\s+(?:fans?|games?|season|jersey|jerseys|hat|cap|hoodie|sweatshirt|shirt|gear|flag|tickets|play|played|won|lost|beat|lose|win|fandom|football|baseball|basketball|hockey)\b/;
const TEAM_TALK_BEFORE_AT_END = /\b(?:watch|watches|watching|watched|root for|rooting for|roots for|cheer for|cheers for|cheering for|loves?|hates?|fan of)\s+(?:the\s+)?$/;
const INTERROGATIVES = new Set(['how', 'what', 'why', 'when', 'where', 'who', 'which', 'whose']);
const PEOPLES_ALSO_NAMED = new Set(['karen', 'chin', 'kachin', 'mon', 'shan', 'nuer', 'dinka', 'hmong', 'mam', 'garifuna', 'sami', 'maya']);
const THEORY_HEAD_AFTER = /^(?:'s)?\s+(?:safety plan|safety planning|model|method|approach|framework|technique|protocol|paradigm|scale|inventory|typology|continuum|stages|hierarchy|triangle|tradition|lineage)\b/i;

const LOWER_BRACKET_AGE = /^\s\((?:the one (?:who|with)\b|nickname\b|(?:pt|client|patient)(?:\)|,\s\d{1,2}s?\b)|(?:goes to|attends)\s|(?:she|he)\s(?:always\s|still\s|even\s|never\s)?(?:says|said|calls|insists|spells|signs|introduces|goes by|hates|loves|jokes|laughs)\b|[^()]{0,40}\son (?:paper|the chart|the roster|file)\)|\d{1,2},\s|(?:he|she|they)(?:'s|'re| is| are)\s\d{1,2}\b|(?:real|legal|full|given|birth) name\b|[^()]{0,24}\b(?:his|her|their) (?:real |legal |actual )?name\b|[A-Z]{1,4}-?\d{4,}|(?:[^()]{0,30}?\b)?(?:\d{1,2}(?:\)|\s?(?:yo|y\/o|yrs?|years? old)\b|-year-old)|age \d{1,2}|\d{1,2}(?:st|nd|rd|th) grade|(?:kindergarten|pre-?k)\b))/i;
const POSSESSIVE_BEFORE_RELATIVE = /\b(?:her|his|their|my|our)\s(?:(?:little|big|older|younger|baby|twin|oldest|youngest|eldest|online|best|close|old)\s)?$/;
const SET_OFF_AGE_AFTER = /^,\s(?:is|was|who's|who is|now)\s\d{1,2}\b(?!\s?(?:%|mg|am|pm|minutes|hours|days|weeks|months))/;
const LETTER_NICKNAMES = new Set(['jj', 'tj', 'cj', 'aj', 'pj', 'rj', 'kj', 'mj', 'bj', 'dj']);
const CLIENT_CUES = new Set(['client', 'pt', 'patient', 'supervisee', 'student']);
/** Months that are also everyday words ("may", "march", "august"). */
const WORD_MONTHS = new Set(['may', 'march', 'august']);
const RELATIVE_NAME_CLOSE = /^(?:[,;:!?)]|\.\s|\s(?:as|who|about|for|at|with|in|by name|bc|because|cuz)\b|['’]s\s)/;
const BRACKETED_FULL_NAME = /^\(\p{Ll}[\p{Ll}'-]+\s\p{Ll}[\p{Ll}'-]+(?:\s\p{Ll}[\p{Ll}'-]+)?\)$/u;
const BRACKETED_NAME_AGE = /^\s\((?:[\p{L}'-]+\s){0,3}[\p{L}'-]+,\s\d{1,2}\)/u;
const BRACKET_NAME_GLOSS = /^\s\((?:yes,?\s)?(?:really\b|rly\b|fr\b|(?:full|legal|real|given) name\b|for real\b|seriously\b|that'?s (?:her|his|their) (?:real |actual )?name\b|(?:like|as in)\s(?:the\s)?(?:month|word|season|flower|virtue|state|city|car|name)\b)/;
const BRACKET_THEN_AGE = /^\s\([^()]{1,30}\),\s\d{1,2}\b/;
const EXPLICIT_NAMING_BEFORE = /\b(?:name is|name's|goes by|known as|nicknamed)\s$/;
const ROLE_APPOSITIVE_AFTER = /^(?:,|\sis)\s(?:my|our)\s(?:[\w-]+\s){0,2}(?:client|patient|pt|supervisee|student|son|daughter|kid|foster (?:son|daughter|kid))\b/;
/** "client is bill, 61", "my client penny is 72 and": an age right after a lower-case word-name. */
const LOWER_AGE_AFTER = /^(?:,\s\d{1,2}\b|,\swho(?:'s|\sis|\swas|\sturned|\sjust\sturned)\s\d{1,2}\b|\s(?:is|was|turned|turns|just turned)\s(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|a hundred)(?:\s(?:and|but|now|yo|years?)\b|[,.;:!?)]|$))/;
const LOWER_POSSESSIVE_RELATIVE = /^'s?\s(?:mom|mother|dad|father|mum|parents|grandma|grandmother|grandpa|grandfather|sister|brother|aunt|uncle|wife|husband|girlfriend|boyfriend|partner|caseworker|teacher|therapist|neighbou?r|roommate|landlord|landlady|son|daughter|kids|family|ex|baby's (?:dad|mom|father|mother)|baby|foster (?:mom|dad|parents)|student id|iep|case file|chart|school|phone|diagnosis)\b/;
/** "Grant Holloway, LMHC", "Dana Reyes MD": a clinical credential after a name makes it a person. */
/** "Dawn and her husband Reggie came in": a person named beside their own relative. */
const SPOUSE_AFTER = /^\s+and\s+(?:her|his|their)\s+(?:husband|wife|partner|boyfriend|girlfriend|fianc[ée]e?|son|daughter|mother|father|mom|dad|kids|children|sister|brother)\b/;
const CREDENTIAL_AFTER = /^,?\s(?:LMHC|LPC|LPCC|LCPC|LCSW|LICSW|LMSW|LMFT|LCMHC|LPC-S|LADC|CADC|CSW|MSW|PhD|Ph\.D\.|PsyD|Psy\.D\.|EdD|MD|M\.D\.|DO|RN|NP|PA-C|APRN|PMHNP|DNP|BCBA|CRNP)\b/;
/** Words that own relatives in ordinary speech ("everyone's mom", "the kid's dad"). */
const OWNER_NOUNS = new Set('everyone everybody someone somebody anyone anybody nobody one kid kids boy boys girl girls baby babies child teen teens student students person people man woman guy family team school class group dog cat other others mine yours'.split(' '));
/** Adverbs and function words the name lists happen to hold ("his mom even called"). */
const FUNCTION_WORDS = new Set('said says abt minus plus versus via per even also still just never always then often already really now finally only actually literally basically apparently again too soon later once here there ever else'.split(' '));
const RELATIVE_CUES = new Set('mother-in-law father-in-law sister-in-law brother-in-law son-in-law daughter-in-law abuelo abuela abuelita abuelito ex-husband ex-wife ex-boyfriend ex-girlfriend ex-partner bro sis stepbrother stepsister half-brother half-sister roommate friend coworker co-worker classmate teammate neighbor neighbour ex son daughter sister brother mom mother dad father wife husband partner boyfriend girlfriend cousin aunt uncle niece nephew grandson granddaughter grandmother grandfather grandma grandpa stepson stepdaughter stepmom stepdad stepfather stepmother sisters brothers'.split(' '));
/** Words that make "<word> <place word>" an everyday phrase: "in full view", "in high spring", "from one point". */
const GOING_BEFORE_TO = /^(?:admitted|readmitted|home|out|over|down|up|come|comes|came|coming|moved?|moving|went|go|goes|going|drove|drive|drives|driving|back|relocated|relocating|transferred|headed|heading|flew|fly|flying|trip|visit|visiting|bus|train|way|commute|commutes|ride|rides)$/;
const NOT_PLACE_WORDS = new Set('another neighboring neighbouring nearby adjacent entire different tech retail sales finance marketing construction healthcare hospitality education childcare insurance banking admin logistics vivo vitro situ utero toto absentia grad law med night summer boarding nursing graduate sunday day loco chem bio math algebra geometry calc physics history english spanish rural urban solo group clinical general primary family our my your his her their its full plain good bad high low main public private open the a an that this these those some any each every one two first last next same other own deep short long late early real whole half'.split(' '));
const LOWER_PLACE_PREPOSITIONS = new Set(['in', 'around', 'near', 'outside', 'from', 'past', 'toward', 'towards', 'beyond', 'at', 'to']);
/** Endings of invented town names: "larkfield", "ashbury", "millbrook". */
const PLACE_NAME_ENDING = /(?:field|ville|ton|wood|burg|borough|ford|dale|port|land|brook|ridge|haven|bury|mont|mount|bank|gate|hurst|cliff|moor|mere|weather|hill|shire|stead|worth|chester|mouth|ham|holm|thorpe|vale|crest|wick|hollow|grove|glen)$/;
/** Lower-case heads of a business or facility name: "at tidewell bakery", "from sedgewick family practice". */
const LOWER_FACILITY_HEADS = new Set('prep high middle pavilion union house bakery practice clinic hospital school academy elementary center centre shelter church chapel temple mosque market cafe diner grill pharmacy motel inn lodge ranch farm farms mills garage salon gym studio daycare preschool manor village commons apartments apts towers court plaza'.split(' '));
const HOME_IN_BEFORE = /\b(?:back (?:home )?in|(?:lives?|living|lived|grew up|raised|born|settled|stays?|staying) in|moved (?:back )?to|relocated to)\s$/;
const STREET_TYPES = new Set(['rd', 'road', 'st', 'street', 'ave', 'avenue', 'lane', 'ln', 'way', 'blvd', 'dr', 'drive', 'hwy', 'highway', 'pike', 'ct', 'court']);
const PEOPLE_FROM_BEFORE = /\b(?:kids|people|families|students|folks|guys|girls|boys|teens|everyone|somebody|someone|family)\s$/;
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);
const LIVES_IN_BEFORE = /\b(?:lives?|living|lived|resides?|residing|moved|moving|grew up|raised|born|stays?|staying|settled)(?:\s(?:alone|together|now|still|currently|with (?:\w+\s)?\w+))?\sin\s$/;
const PLACE_QUALIFIERS = new Set(['lower', 'upper', 'north', 'south', 'east', 'west', 'old', 'new', 'little', 'big', 'port', 'fort', 'mount', 'lake', 'glen', 'santa', 'san']);
const STRONG_NAME_CUE = /\b(?:goes by|go by|went by|going by|known as|know (?:me|him|her|them) as|nicknamed|calls? (?:him|her|them)|(?:everyone|everybody|people|they) calls?)\s["']?$/i;
/** Endings of words that describe rather than name ("would call him precontemplative", "called her manipulative"). */
const NOT_A_NAME_ENDING = /(?:ive|ous|ic|al|able|ible|ful|less|ish|ism|ist|ity|ness|ment|tion|sion|ing|ed|ly|er|ant|ent|ary|ory)$/;
const NICKNAME_CUE_ENDS = new Set(['him', 'her', 'them', 'by', 'as', 'nicknamed', 'calls', 'call']);
const NOT_A_NICKNAME = new Set('it me us you him them the a an his her their my your our its this that what whatever feel ear instinct himself herself themselves both either sweetie sweetheart honey hon babe baby darling dear kiddo buddy bud champ princess sis bro mija mijo mami papi at in on with for to from home work school back out up over off names daily fax email phone text mail auntie aunty uncle tita tito tía tío'.split(' '));
/** "hi it's april, um", "hey, it's dawn,": a greeting before the self-introduction, as in a voicemail. */
const OBJECT_VERBS = new Set(['helped', 'helping', 'help', 'told', 'asked', 'saw', 'met', 'texted', 'emailed', 'called', 'hugged', 'referred', 'discharged', 'admitted', 'reassured', 'warned', 'thanked']);
const CALLING_ABOUT_BEFORE = /\bcalling (?:for|about|re)\s$/;
const GREETING_SELF_INTRO = /(?:\b(?:hi|hey|hello|yeah|um|uh)[,.]?\s+|")(?:it's|it is|this is)\s$/i;
const SELF_INTRO = /(?:\bit's|\bit is|\bthis is|\bname's|\bname is)\s$/i;
const PET_BEFORE =
  /\b(?:dog|dogs|cat|cats|puppy|kitten|pet|pets|horse|pony|rabbit|bunny|hamster|parrot|bird|goldfish|lizard|snake|turtle|guinea pig|ferret|stuffed (?:animal|dog|cat|bear|bunny|toy)|teddy bear|teddy|doll|plushie)(?:,?\s+(?:named|called))?\s*,?\s*["']?$/i;
const QUOTED_NICKNAME = /"(\p{Lu}[\p{L}'.]*(?:[- ]\p{Lu}[\p{L}'.]*)?)[,.]?"/gu;
const NICKNAME_CUE =
  /(?:\b(?:signs? (?:her|his|their|all)?\s?(?:emails|texts|notes|messages|letters|cards)?|goes by|go by|went by|insists on|insisted on|prefers|preferred|answers to|nicknamed|known as|called|calls (?:him|her|them)(?:self|selves)?|aka|a\.k\.a\.)|\p{Lu}\p{Ll}+,?)\s*\(?\s*(?:just\s+)?$/u;
/** "goes by OJ", "known as DJ": an all-caps two- or three-letter nickname after a naming cue. */
const CAPS_NICKNAME_BEFORE =
  /\b(?:goes by|go by|went by|known as|nicknamed|answers to|calls? (?:him|her|them)(?:self|selves)?|aka|a\.k\.a\.)\s+["'\u201c]?$/;
/** Particles inside a name ("Niamh Ó Súilleabháin", "Ana de Souza", "Pieter van Dijk"). */
const LEADING_PARTICLES = new Set(['van', 'von', 'der', 'den', 'del', 'della', 'dos', 'das', 'bin', 'ibn', 'bint', 'binti', 'ter', 'ten']);
/** Verbs and cues that make a capitalised word in a sentence citing a theorist an author too. */
const CITATION_SHAPE_AFTER = /^(?:'s?\s+(?!(?:birthday|mother|mom|father|dad|parents|sister|brother|son|daughter|wife|husband|partner|family|kids|children|friend|boss|case|house|home|phone|job|school)\b)\p{Ll}|\s+on\s+\p{Ll}|\s+and\s+\p{Lu}|\s+(?:recommend|recommends|recommended|argue|argues|propose|proposes|suggest|suggests|describe|describes|emphasi[sz]es?|advocates?|would)\b|\s*[;,.]?\s*$|\s*[;,]\s)/u;
const WORK_REFERENCE_AFTER = /^\s+(?:references?|movie|film|episodes?|memes?)\b/;
const TITLE_KIND_AFTER = /^["\u201d]\s+(?:to\s+(?:the\s+)?[a-z]+\s+)?as\s+an?\s+(?:film|movie|book|novel|show|series|documentary|podcast|memoir|song|album|play)\b/;
const AUTHOR_WORK_AFTER = /^'s\s+(?:[a-z-]+\s+)?(?:work|research|studies|study|model|theory|framework|book|books|paper|papers|findings|writing|approach|lab|chapter)\b/;
const RECOMMENDED_BEFORE_AT_END = /\b(?:pointed (?:me|us) to|introduced (?:me|us) to|recommended|suggested|cited|citing|mentioned|drawing on|familiar with)\s+$/i;
const TITLE_AFTER_OWNER_AT_END = /\p{Lu}[\p{L}.]*'s\s+(?:A|An|The)\s+$/u;
const READING_BEFORE_AT_END = /\b(?:copy of|copies of|read|reading|reread|rereading|re-reading|finished|quoted|quoting|assigned|the book|the novel|the film|the movie|watched|watching)\s+$/i;
const BOOK_TITLE_AFTER = /^'s\s+(?:An?|The)\s+\p{Lu}\p{Ll}+(?:\s+(?:of|and|in|the|a)\s+)?\s*\p{Lu}\p{Ll}+/u;
const CITATION_SHAPE_BEFORE = /(?:\b(?:so does|as does|so do|as do|and|or|like|see|also|with|via|from|by)\s+|[;,]\s+)$/i;

/** The word lists the token loops ask about, merged into one map of flags: one look-up per token, not one per loop. */
const CUE_WORD = 1;
const PERSON_VERB = 2;
const SPEECH_VERB = 4;
const IRREGULAR_VERB = 8;
const TITLE_ABBREVIATION = 16;
const PLACE_PREPOSITION = 32;
const NICKNAME_CUE_END = 64;
/** Head words of lower-case business and place names, flagged where their sets are made below. */
const LOWER_FOREIGN_HEAD = 128;
const LOWER_BUSINESS_HEAD = 256;
const BEFORE_A_BUSINESS = 512;
const WORD_FLAGS = new Map<string, number>();
const flagWords = (list: Iterable<string>, flag: number) => {
  for (const word of list) WORD_FLAGS.set(word, (WORD_FLAGS.get(word) ?? 0) | flag);
};
flagWords(PERSON_CUES, CUE_WORD);
flagWords(['by'], CUE_WORD);
flagWords(PERSON_VERBS, PERSON_VERB);
flagWords(SPEECH_VERBS, SPEECH_VERB);
flagWords(IRREGULAR_PAST, IRREGULAR_VERB);
flagWords(TITLE_ABBREVIATIONS, TITLE_ABBREVIATION);
flagWords(LOWER_PLACE_PREPOSITIONS, PLACE_PREPOSITION);
flagWords(NICKNAME_CUE_ENDS, NICKNAME_CUE_END);

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
  const runs = chains(text, tokens);
  for (let r = 0; r < runs.length; r++) {
    let chain = runs[r];
    // "supervisor at Quiggly's Frozen Custard", "memory care at Heron's Rest": after an employer or
    // place cue, a possessive run and the capitalised run right after it are one business or home name.
    const next = runs[r + 1];
    const last = tokens[chain[1]];
    if (next && next[0] === chain[1] + 1 && /^['’]s$/.test(last.tail) && text.slice(last.end + last.tail.length, tokens[next[0]].start) === ' ' && !tokens[next[0]].sentenceStart) {
      const start = tokens[chain[0]].start;
      const before = text.slice(Math.max(0, start - 48), start);
      // "in Tanner's Wharf": after a weak place cue, when the run ends in a place word.
      const placeEnd = GEO_SUFFIXES.has(tokens[next[1]].lower) && WEAK_PLACE_CUES_AT_END.test(before);
      if (placeEnd || EMPLOYER_CUE_AT_END.test(before.slice(-40)) || STRONG_PLACE_CUES_AT_END.some((cue) => cue.test(before)) || (RESIDENCE_GATE_AT_END.test(before) && RESIDENCE_CUES_AT_END.some((cue) => cue.test(before)))) {
        chain = [chain[0], next[1]];
        r++;
      }
    }
    const result = classifyChain(text, tokens, chain, dictionaries);
    if (result) found.push(result);
  }
  // Cue words, verbs and head words looked up once per token, not once per loop that asks.
  const flags = tokens.map((t) => WORD_FLAGS.get(t.lower) ?? 0);
  const cue = (k: number) => (flags[k] & CUE_WORD) !== 0;
  // ", 19": an age set off by a comma somewhere in the text (checked once, before any per-word look-ahead).
  const hasAgeComma = /,\s\d/.test(text);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.capitalised || t.acronym || t.text.length < 2 || t.gluedToDigit) continue;
    // Cheap gate first: a cue word among the two tokens before, then the naming cue and the dictionaries.
    if (!cue(i - 1) && !(i > 1 && cue(i - 2) && CUE_FILLERS.has(tokens[i - 1].lower))) continue;
    // "goes by mo": a two-letter name only right after a naming cue.
    // "new client pa nhia vang, 19": or when a lower-case full name and an age follow.
    const runWithAge = () => hasAgeComma && lowerNameFollows(t, tokens[i + 1], dictionaries) && /^,\s\d{1,2}\b/.test(text.slice(tokens[lowerNameRunEnd(tokens, i, dictionaries)].end, tokens[lowerNameRunEnd(tokens, i, dictionaries)].end + 5));
    // "pt bo left a vm": or a given name that is no word before a verb people do.
    const twoLetterActs = t.text.length === 2 && ((flags[i + 1] ?? 0) & (PERSON_VERB | SPEECH_VERB | IRREGULAR_VERB)) !== 0 && !COPULAS.has(tokens[i + 1].lower) && dictionaries.isFirstName(t.folded) && !dictionaries.isEnglish(t.lower) && !FUNCTION_WORDS.has(t.lower);
    if (t.text.length === 2 && codeAt(text, t.end + 1) !== 40 && !twoLetterActs && !NAME_CUE_BEFORE_AT_END.test(text.slice(Math.max(0, t.start - 24), t.start)) && !runWithAge()) continue;
    const bracketed = codeAt(text, t.end + 1) === 40 && LOWER_BRACKET_AGE.test(text.slice(t.end, t.end + 32));
    // "14yo client dakota says": a state or month name in lower case is a person when it speaks.
    // "her grandmother june is ninety-two": after a relative, with an age, too; "my client jordan (16)": with an age in brackets.
    const softSpeaker = isSoftExcluded(t.lower) && !isHardExcluded(t.lower) && (SPEECH_VERBS.has(nextWord(text, tokens, i)) ||
      (codeAt(text, t.end + 1) === 40 && LOWER_BRACKET_AGE.test(text.slice(t.end, t.end + 32))) ||
      ((RELATIVE_CUES.has(tokens[i - 1].lower) || isCueWord(tokens[i - 1]) || (i > 1 && RELATIVE_CUES.has(tokens[i - 2].lower))) && LOWER_AGE_AFTER.test(text.slice(t.end, t.end + 32))) ||
      // "call her daughter june bc june never visits": after "her daughter", closed by a break or a conjunction.
      (RELATIVE_CUES.has(tokens[i - 1].lower) && t.start - tokens[i - 1].end === 1 && !WORD_MONTHS.has(t.lower) && POSSESSIVE_BEFORE_RELATIVE.test(text.slice(Math.max(0, tokens[i - 1].start - 16), tokens[i - 1].start)) &&
        RELATIVE_NAME_CLOSE.test(text.slice(t.end, t.end + 9))));
    // A theorist's name in lower case right after a person cue ("his PO dana ferreira") is a person.
    // "my client april nowak": a month or state word with a surname after it is the person's given name.
    // "my client rose-ellen is 19": two given names joined by a hyphen are one.
    const joinedGivenNames = (t.folded.includes('-') || t.folded.startsWith("d'")) && isGivenName(t, dictionaries);
    // "new client is will (yes, like the word), 19": a bracketed aside, then the age.
    // "my client april (yes like the month)": or a bracket saying the word is used as a name.
    // "her manager will keeps texting her": a modal word before a verb with -s or -ed is the name.
    const finiteAfterModal = COPULAS.has(t.lower) && /^\s[a-z]+(?:[^su'\s]s|ed)\s/.test(text.slice(t.end, t.end + 16)) && !/^\s(?:this|his|is|was|has|does)\s/.test(text.slice(t.end, t.end + 7));
    const ageAfterAside = codeAt(text, t.end + 1) === 40 && (BRACKET_THEN_AGE.test(text.slice(t.end, t.end + 40)) || BRACKET_NAME_GLOSS.test(text.slice(t.end, t.end + 40)));
    // "client is małgosia (małgorzata wiśniewska, 37)": a word in no list with an age in brackets after the cue.
    const unlistedBracketed = bracketed && dictionaries.lookup(t.folded) === 0 && t.text.length > 2 && !CHAT_WORDS.has(t.lower) && BRACKETED_NAME_AGE.test(text.slice(t.end, t.end + 40));
    // "lives with his sister gosia in north pelham": or after "his sister", closed by a preposition or a break.
    const unlistedRelative = dictionaries.lookup(t.folded) === 0 && t.text.length > 2 && !t.tail && !CHAT_WORDS.has(t.lower) && !looksLikeVerb(t.lower) && RELATIVE_CUES.has(tokens[i - 1].lower) && t.start - tokens[i - 1].end === 1 &&
      POSSESSIVE_BEFORE_RELATIVE.test(text.slice(Math.max(0, tokens[i - 1].start - 16), tokens[i - 1].start)) &&
      // "his uncle feleti runs the place": or by a verb people do.
      (RELATIVE_NAME_CLOSE.test(text.slice(t.end, t.end + 9)) || ((flags[i + 1] ?? 0) & (PERSON_VERB | SPEECH_VERB)) !== 0 || looksLikeVerb(tokens[i + 1]?.lower ?? ''));
    if (!(dictionaries.isName(t.folded) || joinedGivenNames || unlistedBracketed || unlistedRelative) || FUNCTION_WORDS.has(t.lower) || PERSON_CUES.has(t.lower) ||
        ((isHardExcluded(t.lower) || (isSoftExcluded(t.lower) && !lowerNameFollows(t, tokens[i + 1], dictionaries))) && !softSpeaker && !ageAfterAside && !finiteAfterModal && !runWithAge())) continue;
    // "my client chase asked", "my client chance (22)": a word-name in lower case needs a verb people do, or an age, right after it.
    // "client is bill, 61": a word-name with an age set off by commas is a person too.
    // "her older brother rocky has been taking her phone": after a relative any verb will do.
    const afterRelative = RELATIVE_CUES.has(tokens[i - 1].lower) || (i > 1 && RELATIVE_CUES.has(tokens[i - 2].lower) && CUE_FILLERS.has(tokens[i - 1].lower));
    const next = nextWord(text, tokens, i);
    // "her son ray also left me a vm": one adverb may sit between the name and its verb.
    const verb = next.endsWith('ly') && next.length > 4 ? nextWord(text, tokens, i + 1) : next === 'also' || next === 'just' || next === 'still' ? nextWord(text, tokens, i + 1) : next;
    // "his stepdad wade "checks his phone"", "with her mom, bill, and": a quote after, or the name set off by commas.
    // "his manager, cliff, keeps", "a text from coach dale: "delete these"": after any person cue too, for the quote and the commas.
    // "to her sister dawn as an emergency contact": after "her sister", a preposition or a break closes the name too.
    // "mom is dawn, she's lovely with me": a pronoun picking the name up after a comma.
    const relativeActs = (afterRelative && (COPULAS.has(next) || /^,\s(?:she|he|they)\b/.test(text.slice(t.end, t.end + 7)) || PERSON_VERBS.has(verb) || IRREGULAR_PAST.has(verb) || looksLikeVerb(verb) ||
      // ("his mom will "lose everything."": a modal before a quote is no quoted nickname.)
      (AGE_AFTER.test(text.slice(t.end, t.end + 24)) && !(COPULAS.has(t.lower) && /^\s["\u201c]/.test(text.slice(t.end, t.end + 2)))) ||
      (!COPULAS.has(t.lower) && !IRREGULAR_PAST.has(t.lower) && !PERSON_VERBS.has(t.lower) && !COMPARATIVE_WORDS.has(t.lower) && !looksLikeVerb(t.lower) && t.start - tokens[i - 1].end === 1 && POSSESSIVE_BEFORE_RELATIVE.test(text.slice(Math.max(0, tokens[i - 1].start - 16), tokens[i - 1].start)) && RELATIVE_NAME_CLOSE.test(text.slice(t.end, t.end + 9))))) ||
      ((afterRelative || (cue(i - 1) && tokens[i - 1].lower !== 'by')) && !SPEECH_VERBS.has(t.lower) && !PERSON_VERBS.has(t.lower) && !IRREGULAR_PAST.has(t.lower) && !COPULAS.has(t.lower) &&
        (/^\s["\u201c]/.test(text.slice(t.end, t.end + 2)) || /^:\s["\u201c]/.test(text.slice(t.end, t.end + 3)) ||
          (text.slice(tokens[i - 1].end, t.start) === ', ' && /^,\s/.test(text.slice(t.end, t.end + 2)) && dictionaries.isFirstName(t.folded))));
    // "client bill hargrove, 70", "new client ana lucía": a lower-case name that is no word right after it is part of the name
    // (and lets a word-name count as a person).
    // "my client summer oyelowo, 19": after a given name, a word in no list and no dictionary that ends the phrase is the surname.
    const withSurname = lowerNameFollows(t, tokens[i + 1], dictionaries) || (dictionaries.isFirstName(t.folded) && unlistedSurnameFollows(text, t, tokens[i + 1], dictionaries)) ||
      (NAME_PARTICLES.has(tokens[i + 1]?.text ?? '') && lowerNameRunEnd(tokens, i, dictionaries) > i + 1) ||
      // "my 17yo client jaylen brooks (everyone calls him jj)": a listed surname, even a word, closed by a bracket or a comma.
      (dictionaries.isFirstName(t.folded) && listedSurnameBeforeBreak(text, t, tokens[i + 1], dictionaries));
    // "yes his name is will, and": a naming cue says the word is the name.
    // "helping my pt reed with the app": after "my client", closed by a preposition or a break, like a relative.
    const clientClosed = CLIENT_CUES.has(tokens[i - 1].lower) && t.start - tokens[i - 1].end === 1 && !COPULAS.has(t.lower) && !IRREGULAR_PAST.has(t.lower) && !PERSON_VERBS.has(t.lower) && !COMPARATIVE_WORDS.has(t.lower) && !looksLikeVerb(t.lower) &&
      /\b(?:my|our|her|his|their|new)\s$/.test(text.slice(Math.max(0, tokens[i - 1].start - 6), tokens[i - 1].start)) && RELATIVE_NAME_CLOSE.test(text.slice(t.end, t.end + 9));
    if (dictionaries.isEnglish(t.lower) && !softSpeaker && !(dictionaries.isFirstName(t.folded) && (EXPLICIT_NAMING_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start)) || ageAfterAside || finiteAfterModal || actsAsPerson(t, verb) || clientClosed || negatedAfter(tokens[i + 1]) || relativeActs || withSurname || bracketed || LOWER_AGE_AFTER.test(text.slice(t.end, t.end + 24))))) continue;
    if (!PERSON_CUE_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start))) continue;
    found.push(candidate(PhiKind.NAME, t.start, withSurname ? Math.max(tokens[lowerNameRunEnd(tokens, i, dictionaries)].end, tokens[i + 1].end) : t.end, 0.7, Priority.NAME_STRONG));
  }
  // "ms. okafor", "a 12yo, tomasz,": a lower-case name after a title or an age appositive.
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.capitalised || t.acronym || t.text.length < 3 || t.gluedToDigit) continue;
    const prev = tokens[i - 1];
    // "the salon owner, miss connie, wants": "miss" set off by a comma is a title before a given name that is no word.
    const missTitle = prev.lower === 'miss' && !prev.capitalised && /(?:^|[,.!?:]\s)$/.test(text.slice(Math.max(0, prev.start - 2), prev.start)) && dictionaries.isFirstName(t.folded) && (!dictionaries.isEnglish(t.lower) || codeAt(text, t.end) === 44);
    const titled = ((flags[i - 1] & TITLE_ABBREVIATION) !== 0 && /^\.?\s$/.test(text.slice(prev.end, t.start))) || missTitle;
    if (!titled && !(text[t.start - 2] === ',' && LOWER_AGE_APPOSITIVE_AT_END.test(text.slice(Math.max(0, t.start - 32), t.start)))) continue;
    // After a title any non-word is a surname ("mr. lindqvist"); after an age appositive it must be a listed given name.
    // A hyphenated given name ("ji-woo", "mary-kate") counts when one part is a listed name.
    const listed = dictionaries.isFirstName(t.folded) || (t.folded.includes('-') && t.folded.split('-').some((p) => p.length > 1 && dictionaries.isName(p)));
    // "ms. dana heller": after a title even a cited author's surname is somebody's name.
    // "my 16yo, will, works weekends": after an age appositive a word-name closed by a comma is the name too.
    const closedWordName = ((!titled || missTitle) && listed && codeAt(text, t.end) === 44 && !isSoftExcluded(t.lower)) ||
      // "dr. ruth okonjo": after a title a word-name with a surname after it.
      (titled && listed && (lowerNameFollows(t, tokens[i + 1], dictionaries) || unlistedSurnameFollows(text, t, tokens[i + 1], dictionaries)));
    if ((dictionaries.isEnglish(t.lower) && !closedWordName) || isHardExcluded(t.lower) || isSoftExcluded(t.lower) || (!titled && THEORISTS.has(t.lower)) || (!titled && !listed)) continue;
    // "dr. ansel keller, who", "rev. tobias marsh,": after a title, a listed surname before a comma or full stop belongs to the name.
    const surname = tokens[i + 1];
    const withSurname = titled && !!surname && !t.tail && surname.start - t.end === 1 && !surname.capitalised && !surname.acronym && dictionaries.isName(surname.folded) &&
      !isExcluded(surname.lower) && /^(?:['’]s)?(?:[,.;:)]|\s(?:at|from|in|on)\s)/.test(text.slice(surname.end, surname.end + 6));
    const unlisted = titled && unlistedSurnameFollows(text, t, surname, dictionaries);
    // "fr. tadhg ó riordáin": after a title, a particle and the rest of the name too.
    const particleNext = titled && !!surname && (NAME_PARTICLES.has(surname.text) || NAME_PARTICLES.has(surname.folded)) && lowerNameRunEnd(tokens, i, dictionaries) > i + 1;
    const end = withSurname || unlisted ? surname.end : lowerNameFollows(t, surname, dictionaries) || particleNext ? tokens[lowerNameRunEnd(tokens, i, dictionaries)].end : t.end;
    found.push(candidate(PhiKind.NAME, t.start, end, 0.7, Priority.NAME_STRONG));
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Cheap gates first: a lower-case word of three letters or more, and no cue word before it (that is the first loop's case).
    // Two letters only before a bracket ("mo (legal name ...)").
    // ("between clients. hope (16)" is not: the sentence ended after the cue word.)
    // ("hey, it's bo... bo castellanos": two letters too after a greeting and "it's".)
    // Only a listed given name, or a word with a possessive tail, is ever taken below: that look-up goes before the regexes.
    if (t.capitalised || t.acronym || t.gluedToDigit || (codeAt(t.tail, 0) !== 39 && !isGivenName(t, dictionaries))) continue;
    // ("jj is back at school": a nickname of two initials may stand alone.)
    if ((t.text.length < 3 && !(t.text.length === 2 && (LETTER_NICKNAMES.has(t.lower) || codeAt(text, t.end + 1) === 40 || GREETING_SELF_INTRO.test(text.slice(Math.max(0, t.start - 20), t.start))))) || (i > 0 && cue(i - 1) && !/[.!?]/.test(text.slice(tokens[i - 1].end, t.start)))) continue;
    const following = tokens[i + 1]?.lower ?? '';
    // "hope castellanos came in today": a word-name opening a clause, a listed surname that is no word, then a verb.
    const surname = tokens[i + 1];
    if (surname && !surname.capitalised && !t.tail && surname.start - t.end === 1 && (dictionaries.lookup(surname.folded) & (Lexicon.LAST_NAME | Lexicon.ENGLISH)) === Lexicon.LAST_NAME &&
        tokens[i + 2] && !tokens[i + 2].capitalised && !surname.tail && tokens[i + 2].start - surname.end === 1 &&
        ((flags[i + 2] & (PERSON_VERB | IRREGULAR_VERB | SPEECH_VERB)) !== 0 || looksLikeVerb(tokens[i + 2].lower)) &&
        !isHardExcluded(t.lower) && !FUNCTION_WORDS.has(t.lower) && !CLAUSE_OPENERS.has(t.lower) && !CHAT_WORDS.has(t.lower) && !THEORISTS.has(surname.lower) && opensClause(text, tokens, i)) {
      found.push(candidate(PhiKind.NAME, t.start, surname.end, 0.7, Priority.NAME_STRONG));
      continue;
    }
    // "jaylen (7th grade, 12yo)", "jaylen's mom": an age or grade in brackets, or a relative by possessive.
    // "dawn, my 17yo client, keeps": set off as someone's client or child counts like a bracketed age.
    // "symptoms are real (pcl-5 of 55)": an instrument and its score in brackets is no age.
    // "dawn is my client, 58": named as someone's client after "is".
    const bracketAge = (codeAt(text, t.end + 1) === 40 && LOWER_BRACKET_AGE.test(text.slice(t.end, t.end + 32)) && !/^\s\(\s*[a-z]{2,6}-?\d/i.test(text.slice(t.end, t.end + 12))) ||
      ((codeAt(text, t.end) === 44 || following === 'is') && ROLE_APPOSITIVE_AFTER.test(text.slice(t.end, t.end + 40))) ||
      // "the older one, colt, is 9": set off by commas before its age.
      (codeAt(text, t.start - 2) === 44 && codeAt(text, t.end) === 44 && SET_OFF_AGE_AFTER.test(text.slice(t.end, t.end + 16)));
    // "rasha al-khatib (pt, 45, syrian)": the bracket after the whole lower-case name.
    const nameRun = bracketAge || codeAt(text, t.end + 1) === 40 || t.tail ? i : lowerNameRunEnd(tokens, i, dictionaries);
    const runBracketAge = nameRun > i && codeAt(text, tokens[nameRun].end + 1) === 40 && LOWER_BRACKET_AGE.test(text.slice(tokens[nameRun].end, tokens[nameRun].end + 32));
    // "lark's mom", and "re: marguerite's question": a listed given name that is no word owns anything.
    const relative = t.tail.startsWith("'") && (LOWER_POSSESSIVE_RELATIVE.test(text.slice(t.end, t.end + 24)) ||
      (/^['’]s\s/.test(t.tail + text.slice(t.end + t.tail.length, t.end + t.tail.length + 1)) && (dictionaries.lookup(t.folded) & Lexicon.ENGLISH) === 0 && !THEORISTS.has(t.lower) && !THEORIST_GIVEN_NAMES.has(t.lower) &&
        isGivenName(t, dictionaries) && !LOWER_BUSINESS_HEADS.has(tokens[i + 1]?.lower ?? '') && !GEO_SUFFIXES.has(tokens[i + 1]?.lower ?? '')));
    // "hey it's toby", "this is marisol": a caller naming themself.
    const before = tokens[i - 1]?.lower;
    const selfNamed = i > 1 && (before === 'it' || before === 'is' || before === 'name') && SELF_INTRO.test(text.slice(Math.max(0, t.start - 10), t.start));
    // "nvm tomás took the car": a listed given name in lower case before a verb people do.
    // "because zeke won't see anyone": a negated auxiliary counts as a verb people do.
    const verbAfter = ((flags[i + 1] ?? 0) & (PERSON_VERB | IRREGULAR_VERB)) !== 0 || looksLikeVerb(following) || (tokens[i + 1]?.tail === "'d" && !tokens[i + 1].capitalised) ||
      (tokens[i + 1] && !tokens[i + 1].capitalised && NEGATED_AUXILIARIES.test(tokens[i + 1].text + tokens[i + 1].tail));
    // "calling for tomás", "calling about lexi": the person a call is about.
    const calledAbout = (i > 1 && tokens[i - 2].lower === 'calling' && CALLING_ABOUT_BEFORE.test(text.slice(Math.max(0, t.start - 15), t.start))) ||
      // "helped inés w/ her renewal": a given name that is no word, the object of a verb done to people.
      (i > 0 && OBJECT_VERBS.has(tokens[i - 1].lower) && t.start - tokens[i - 1].end === 1 && !dictionaries.isEnglish(t.lower) && /^(?:[,.;:!?)]|\s(?:w\/|with|about|to|and|for|today|yesterday|again)\s)/.test(text.slice(t.end, t.end + 11)));
    if (following !== 'is' && !((flags[i + 1] ?? 0) & SPEECH_VERB) && !bracketAge && !runBracketAge && !relative && !selfNamed && !verbAfter && !calledAbout) continue;
    // Only a listed given name is taken below unless it owns a relative: skip the context checks for the rest.
    if (!relative && !isGivenName(t, dictionaries)) continue;
    // "okay, carl rogers": a cited theorist's given name before the surname is no client.
    if (THEORIST_GIVEN_NAMES.get(following)?.has(t.lower)) continue;
    const next = nextWord(text, tokens, i);
    const acts = bracketAge || runBracketAge || relative || selfNamed || calledAbout || SPEECH_VERBS.has(next) || (next === 'is' && AGE_AFTER.test(text.slice(t.end, t.end + 24))) ||
      // "ayo has her own chart": "has" or "had" after a given name that is no word.
      (next !== '' && verbAfter && (!COPULAS.has(next) || ((next === 'has' || next === 'had') && !dictionaries.isEnglish(t.lower))) && opensClause(text, tokens, i));
    // "marisol (13), tavi (11) and junior (8)": a word-name with a bracketed age, not after a determiner ("a junior (16)").
    // "ray is a 40yo dad": a word-name opening a clause before its age counts too.
    const englishWithAge = (bracketAge || runBracketAge || (next === 'is' && opensClause(text, tokens, i) && AGE_AFTER.test(text.slice(t.end, t.end + 24)))) && dictionaries.isEnglish(t.lower) && (i === 0 || !DETERMINERS.has(tokens[i - 1].lower));
    // "lark's mom doesn't know": whoever has a mom or a caseworker is a person, whatever the word.
    const ownsRelative = relative && (i === 0 || !DETERMINERS.has(tokens[i - 1].lower)) && !OWNER_NOUNS.has(t.lower) && !FUNCTION_WORDS.has(t.lower) && !PERSON_CUES.has(t.lower) && !CHAT_WORDS.has(t.lower) &&
      // "a rancher's wife", "the mechanic's son": a word for a trade or role owns relatives too, unless it is a given name ("tyler's mom").
      (isGivenName(t, dictionaries) || !(dictionaries.isEnglish(t.lower) && /(?:er|or|ist|ian|ant|ent|ic|man|woman)$/.test(t.lower)));
    // "june's mom already called": a month written as a name owns a relative too ("may", "march" and "august" are words).
    if (ownsRelative && (!isExcluded(t.lower) || (MONTHS.has(t.lower) && !WORD_MONTHS.has(t.lower) && LOWER_POSSESSIVE_RELATIVE.test(text.slice(t.end, t.end + 24))))) {
      found.push(candidate(PhiKind.NAME, t.start, t.end, 0.65, Priority.NAME_STRONG));
      continue;
    }
    // "hope texted me again": a word-name opening a clause before a verb only people do.
    const onlyPeople = STRONG_LOWER_VERBS.has(following) && !FUNCTION_WORDS.has(t.lower) && opensClause(text, tokens, i);
    // "hi it's april, um", "hey, it's dawn, bobby's sister": a caller naming themself with a word-name or a month.
    // "this is june calling for", "it's rocky from the co-op": or going on to say why they call.
    const selfNamedWord = selfNamed && /^(?:[,.]|\s(?:calling|from|here)\b)/.test(text.slice(t.end, t.end + 9)) && !isHardExcluded(t.lower) && GREETING_SELF_INTRO.test(text.slice(Math.max(0, t.start - 20), t.start));
    if (!acts || !isGivenName(t, dictionaries) || (dictionaries.isEnglish(t.lower) && !englishWithAge && !onlyPeople && !selfNamedWord) ||
        (isExcluded(t.lower) && !selfNamedWord && !(bracketAge && isSoftExcluded(t.lower) && !isHardExcluded(t.lower))) || PERSON_CUES.has(t.lower) || CHAT_WORDS.has(t.lower)) continue;
    // "so dil maya rai (pt, 60s)": a word in no list right before such a name opens it.
    const lead = runBracketAge && i > 0 ? tokens[i - 1] : undefined;
    const start = lead && !lead.capitalised && !lead.tail && t.start - lead.end === 1 && lead.text.length > 2 && dictionaries.lookup(lead.folded) === 0 && !CHAT_WORDS.has(lead.lower) ? lead.start : t.start;
    found.push(candidate(PhiKind.NAME, start, runBracketAge ? tokens[nameRun].end : t.end, 0.65, Priority.NAME_STRONG));
  }
  // "out in dunmore flats", "couch surfing around lower brennan": chat posts write places in lower case too.
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.capitalised || t.acronym || t.text.length < 3 || t.gluedToDigit || !(flags[i - 1] & PLACE_PREPOSITION) || text.slice(tokens[i - 1].end, t.start) !== ' ') continue;
    // "to the", "in their": every branch below needs a word that is no NOT_PLACE_WORDS entry, or a place qualifier.
    if (NOT_PLACE_WORDS.has(t.lower) && !PLACE_QUALIFIERS.has(t.lower)) continue;
    const next = tokens[i + 1];
    const adjacent = !!next && !next.capitalised && !t.tail && text.slice(t.end, next.start) === ' ';
    const unknown = (w: Token) => !dictionaries.isEnglish(w.lower) && !CHAT_WORDS.has(w.lower) && !isExcluded(w.lower) && w.text.length > 2;
    let end = -1;
    // "at tidewell bakery", "from sedgewick family practice": a name that is no word, then a facility head.
    const headAt = (k: number) => tokens[k] && !tokens[k].capitalised && text.slice(tokens[k - 1].end, tokens[k].start) === ' ' && LOWER_FACILITY_HEADS.has(tokens[k].lower);
    if (adjacent && (unknown(t) || dictionaries.isName(t.folded)) && !NOT_PLACE_WORDS.has(t.lower) && !FUNCTION_WORDS.has(t.lower) && (headAt(i + 1) || ((['family', 'community', 'memorial', 'medical', 'senior', 'dental', 'animal', 'credit'].includes(next.lower) || GEO_SUFFIXES.has(next.lower) || unknown(next)) && headAt(i + 2)))) {
      end = headAt(i + 1) ? next.end : tokens[i + 2].end;
    } else if (tokens[i - 1].lower === 'at' && tokens[i - 2]?.lower !== 'out') {
      // ("staying w/ me out at lone butte": after "out at", a place word may end a place.)
      continue;
    } else if ((adjacent || (/^['’]s$/.test(t.tail) && !!next && !next.capitalised && next.start - t.end === t.tail.length + 1)) && GEO_SUFFIXES.has(next.lower) && !NOT_PLACE_WORDS.has(t.lower) && !isExcluded(t.lower) && !CHAT_WORDS.has(t.lower) &&
      // ("trying to cut corners": after "to", only after a verb of going.)
      !(tokens[i - 1].lower === 'to' && !goingBeforeTo(tokens, i - 1))) {
      // "out past pruett's crossing": an owner's name before the place word too.
      // "grand isle falls": a second place word right after belongs to it.
      const second = tokens[i + 2];
      end = second && !second.capitalised && !next.tail && text.slice(next.end, second.start) === ' ' && GEO_SUFFIXES.has(second.lower) ? second.end : next.end;
    }
    // "lives in tan binh heights": two words that are no English word, then a place word.
    else if (adjacent && unknown(t) && unknown(next) && tokens[i + 2] && !tokens[i + 2].capitalised && text.slice(next.end, tokens[i + 2].start) === ' ' && GEO_SUFFIXES.has(tokens[i + 2].lower)) end = tokens[i + 2].end;
    // "the co-op in valle verde, can you": two words in no English list after "in", closing the phrase.
    else if (adjacent && tokens[i - 1].lower === 'in' && unknown(t) && unknown(next) && !next.tail && !NOT_PLACE_WORDS.has(next.lower) && !isDerivedWord(t.lower, dictionaries) && !isDerivedWord(next.lower, dictionaries) &&
      /^(?:[,.;:!?)]|\s(?:and|but|so|now)\b)/.test(text.slice(next.end, next.end + 5))) end = next.end;
    else if (adjacent && PLACE_QUALIFIERS.has(t.lower) && unknown(next) && (dictionaries.isName(next.folded) || PLACE_NAME_ENDING.test(next.lower) || dictionaries.lookup(next.folded) === 0)) end = next.end;
    // "she lives alone in west harrow now": after a verb of living, a compass word and any word closing the phrase.
    // "mechanic at sully's garage & tow in east harrow,", "auto repair in glen arbor": or after a trade word.
    else if (adjacent && (COMPASS_WORDS.has(t.lower) || PLACE_QUALIFIERS.has(t.lower)) && tokens[i - 1].lower === 'in' && !isExcluded(next.lower) && !FUNCTION_WORDS.has(next.lower) && !NOT_PLACE_WORDS.has(next.lower) &&
      /^(?:[,.;:!?)]|\s(?:now|with|and|since|for|but|so|because)\b)/.test(text.slice(next.end, next.end + 9)) &&
      (LIVES_IN_BEFORE.test(text.slice(Math.max(0, tokens[i - 1].start - 28), tokens[i - 1].end + 1)) || (i > 1 && LOWER_BUSINESS_HEADS.has(tokens[i - 2].lower) && !tokens[i - 2].capitalised))) end = next.end;
    // "his family is back in kuantan and he": after "back in" or a verb of living, a word in no list at all, closing the phrase.
    else if (dictionaries.lookup(t.folded) === 0 && t.text.length > 3 && !t.tail && !CHAT_WORDS.has(t.lower) && !isExcluded(t.lower) && !isDerivedWord(t.lower, dictionaries) &&
      /^(?:[,.;:!?)]|\s(?:and|but|so|now|since|because|with)\b)/.test(text.slice(t.end, t.end + 9)) && HOME_IN_BEFORE.test(text.slice(Math.max(0, tokens[i - 1].start - 24), tokens[i - 1].end + 1))) end = t.end;
    // "forgets to bolus": after "to", a lone word is a place only after a verb of going ("moved to greywater").
    else if (tokens[i - 1].lower === 'to' && !goingBeforeTo(tokens, i - 1)) continue;
    // "she's moving to grantham in june": after a verb of going, a name-like word that is no English word is the town.
    else if (tokens[i - 1].lower === 'to' && unknown(t) && !NOT_PLACE_WORDS.has(t.lower) && t.text.length > 3 && (dictionaries.isName(t.folded) || PLACE_NAME_ENDING.test(t.lower)) && !(adjacent && unknown(next)) &&
      /^(?:[,.;]|\s(?:in|for|next|this|last|after|before|and|so|because|soon|if|when|unless)\b)/.test(text.slice(t.end, t.end + 8))) end = t.end;
    // "a garage, ..., in fenwick, and": a name-like word closed by punctuation after "in" set off by a comma or after a place noun
    // is the town, even when it is a given name too.
    else if (unknown(t) && !NOT_PLACE_WORDS.has(t.lower) && !(adjacent && LOWER_FACILITY_HEADS.has(next.lower)) && (dictionaries.isName(t.folded) || PLACE_NAME_ENDING.test(t.lower)) && t.text.length > 3 && !(adjacent && unknown(next)) &&
      (!dictionaries.isFirstName(t.folded) || (tokens[i - 1].lower === 'in' && /^(?:[,.;)]|\s(?:and|but|so|now|since)\b)/.test(text.slice(t.end, t.end + 7)) && TOWN_BEFORE_IN.test(text.slice(Math.max(0, tokens[i - 1].start - 12), tokens[i - 1].start))) ||
        // "out on sparrow creek rd near ashby.", "out in pruitt.": near a place, or out in one, closing the sentence.
        (((tokens[i - 1].lower === 'near' && STREET_TYPES.has(tokens[i - 2]?.lower ?? '')) || (tokens[i - 1].lower === 'in' && tokens[i - 2]?.lower === 'out')) && /^[.;:!?]/.test(text.slice(t.end, t.end + 1))) ||
        // "kids from fenwick where she goes to school": "where" after it, or people "from" it.
        (tokens[i - 1].lower === 'from' && (/^,?\s(?:where|which)\b(?!\s(?:he|she|they)\s(?:said|says|told|tells|wrote|writes|asked|asks|mentioned))/.test(text.slice(t.end, t.end + 24)) || PEOPLE_FROM_BEFORE.test(text.slice(Math.max(0, tokens[i - 1].start - 10), tokens[i - 1].start)))))) end = t.end;
    if (end > 0) found.push(candidate(PhiKind.LOCATION, t.start, end, 0.6, Priority.PLACE));
  }
  // "goes by bee", "known as tink": after a naming cue any lower-case word but a function word is the nickname.
  for (let i = 1; i < tokens.length; i++) {
    // Cheap gate first: only a word right after one of the cue's last words comes into question.
    if (!(flags[i - 1] & NICKNAME_CUE_END)) continue;
    const t = tokens[i];
    // "everyone calls him T-Bone": a capitalised nickname with a one-letter prefix is taken after the cue too.
    const letterPrefixed = t.capitalised && /^\p{Lu}-\p{L}/u.test(t.text);
    const afterPronoun = ['him', 'her', 'them'].includes(tokens[i - 1].lower);
    // After "calls him" only such a nickname counts, or a given name that is no word ("everyone calls him jojo"): "call her back" is no name.
    // "his aunt calls him hamoudi": or a word in no list at all, closed by punctuation or a conjunction.
    // "(everyone calls her dot)": any word closing a bracket that glosses the name.
    const bracketGloss = afterPronoun && !t.capitalised && codeAt(text, t.end) === 41 && /\((?:[a-z]+\s){0,2}calls?\s(?:him|her|them)\s$/.test(text.slice(Math.max(0, t.start - 32), t.start));
    const givenAfterPronoun = bracketGloss || afterPronoun && !t.capitalised && !dictionaries.isEnglish(t.lower) && !CHAT_WORDS.has(t.lower) &&
      (dictionaries.isFirstName(t.folded) || (dictionaries.lookup(t.folded) === 0 && t.text.length > 2 && /^call(?:s|ed)$/.test(tokens[i - 2]?.lower ?? '') && !NOT_A_NAME_ENDING.test(t.lower) &&
        /^(?:[,.;:!?)]|\s(?:and|but|or|now|because)\b)/.test(text.slice(t.end, t.end + 9))));
    if ((t.capitalised && !letterPrefixed) || (afterPronoun && !letterPrefixed && !givenAfterPronoun) || t.acronym || t.text.length < 2 || t.gluedToDigit || !(afterPronoun || ['by', 'as', 'nicknamed', 'calls', 'call'].includes(tokens[i - 1].lower))) continue;
    // "do people call after a no-show": a word that opens a clause is no nickname.
    // "everyone calls auntie pua": a kin title, then the name.
    const titled = tokens[i + 1];
    if (KIN_TITLES.has(t.lower) && titled && !titled.capitalised && text.slice(t.end, titled.start) === ' ' && !dictionaries.isEnglish(titled.lower) && !FUNCTION_WORDS.has(titled.lower) && STRONG_NAME_CUE.test(text.slice(Math.max(0, t.start - 24), t.start))) {
      found.push(candidate(PhiKind.NAME, titled.start, titled.end, 0.7, Priority.NAME_STRONG));
      continue;
    }
    if (!STRONG_NAME_CUE.test(text.slice(Math.max(0, t.start - 24), t.start)) || NOT_A_NICKNAME.has(t.lower) || CLAUSE_OPENERS.has(t.lower) || FUNCTION_WORDS.has(t.lower)) continue;
    found.push(candidate(PhiKind.NAME, t.start, t.end, 0.7, Priority.NAME_STRONG));
  }
  // "goes by OJ": checked only at short all-caps tokens, never by scanning the whole text.
  for (const t of tokens) {
    if (!t.acronym || t.text.length > 3 || t.gluedToDigit || isHardExcluded(t.lower)) continue;
    const before = text.slice(Math.max(0, t.start - 28), t.start);
    if (CAPS_NICKNAME_BEFORE_AT_END.test(before) && !/^[\w.]/.test(text.slice(t.end, t.end + 1))) found.push(candidate(PhiKind.NAME, t.start, t.end, 0.7, Priority.NAME_STRONG));
  }
  // Quoted lower-case names, read at each quotation mark rather than by scanning the whole post.
  for (let q = text.indexOf('"'); q >= 0; q = text.indexOf('"', q + 1)) lowerNameAtQuote(text, q, dictionaries, found);
  // "who insists on "T-Bone"", "Marisol, "Mari" to her friends": a quoted nickname by a cue or a name.
  if (text.includes('"')) {
    for (const m of matchesOf(QUOTED_NICKNAME, text)) {
      const nick = m[1];
      const at = m.index + 1;
      // "Member "M" (59)": a single letter stands for a name already withheld.
      if (nick.replace(/\./g, '').length === 1) continue;
      // ""Student B"": a role and a letter stand in for a name withheld.
      if (/\s\p{Lu}\.?$/u.test(nick) && PERSON_CUES.has(nick.split(' ')[0].toLowerCase())) continue;
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      const words = nick.split(/[\s-]/);
      if (words.some((w) => isHardExcluded(w.toLowerCase()))) continue;
      if (NICKNAME_CUE_AT_END.test(before) || NAME_CUE_BEFORE_AT_END.test(before + '"')) found.push(candidate(PhiKind.NAME, at, at + nick.length, 0.75, Priority.NAME_STRONG));
    }
  }
  lowerCaseNameLists(text, tokens, dictionaries, found);
  lowerCaseNamesWithAge(text, tokens, dictionaries, found);
  if (text.includes("it's ") || text.includes('this is ')) unlistedCallers(text, tokens, dictionaries, found);
  if (text.includes('name')) unlistedAfterNaming(text, tokens, dictionaries, found);
  lowerNamesSetOff(text, tokens, dictionaries, found);
  // "a couple in their 30s, rich and marta, both": two given names set off after a couple or siblings.
  if (text.includes(' and ') || text.includes(' & ')) {
    for (const m of matchesOf(GROUP_THEN_PAIR, text)) {
      const [a, b] = [m[1], m[2]];
      if (!dictionaries.isFirstName(a) || !dictionaries.isFirstName(b) || (dictionaries.isEnglish(a) && dictionaries.isEnglish(b)) || isHardExcluded(a) || isHardExcluded(b)) continue;
      // The pair closes the match: ", a and b," or ", a & b,".
      const second = m.index + m[0].length - 1 - b.length;
      const first = m.index + m[0].lastIndexOf(`, ${a} `) + 2;
      found.push(candidate(PhiKind.NAME, first, first + a.length, 0.7, Priority.NAME_STRONG));
      found.push(candidate(PhiKind.NAME, second, second + b.length, 0.7, Priority.NAME_STRONG));
    }
  }
  // "the administrator (gwen abernathy) called": a lower-case full name in brackets after a role.
  if (text.includes(' (')) {
    for (const m of matchesOf(ROLE_THEN_BRACKETED_NAME, text)) {
      const first = m[1].split(' ')[0];
      if (!dictionaries.isFirstName(first) || dictionaries.isEnglish(m[1].split(' ')[1])) continue;
      const at = m.index + m[0].length - m[1].length - 1;
      found.push(candidate(PhiKind.NAME, at, at + m[1].length, 0.7, Priority.NAME_STRONG));
    }
  }
  bracketedNicknames(text, tokens, dictionaries, found);
  monthsNamedBeforePronoun(text, tokens, found);
  lowerFamiliesAndAgedNames(text, tokens, flags, dictionaries, found);
  if (text.includes('perform')) {
    for (const m of matchesOf(STAGE_NAME, text)) {
      // ("performs as expected", "performed as a soloist": ordinary words in lower case are no stage name.)
      const words = m[1].toLowerCase().split(' ');
      if (m[1] === m[1].toLowerCase() && words.every((w) => dictionaries.isEnglish(w) || DETERMINERS.has(w))) continue;
      if (DETERMINERS.has(words[0])) continue;
      found.push(candidate(PhiKind.NAME, m.index + m[0].length - m[1].length, m.index + m[0].length, 0.7, Priority.NAME_STRONG));
    }
  }
  if (text.includes(' (') || text.includes('couple') || text.includes('parents')) pairsBeforeGloss(text, tokens, dictionaries, found);
  // "(full name may thazin oo)": the name a bracket gives.
  if (text.includes(' name') || text.includes('short for')) {
    for (const m of matchesOf(BRACKETED_FULL_NAME_GIVEN, text)) found.push(candidate(PhiKind.NAME, m.index + m[0].length - m[1].length - 1, m.index + m[0].length - 1, 0.75, Priority.NAME_STRONG));
  }
  lowerCaseBusinesses(text, tokens, flags, dictionaries, found);
  lowerBusinessesByContext(text, tokens, flags, dictionaries, found);
  if (text.includes('the ')) lowerBusinessesBeforeTown(text, tokens, dictionaries, found);
  lowerCaseDedications(text, tokens, flags, dictionaries, found);
  if (text.includes(' by ') || text.includes(' By ')) businessesByOwner(text, dictionaries, found);
  return found;
}

/**
 * "owns a nail salon, polished by samira,", "her braiding salon, Crowned by Tami": a business named as work "by" its
 * owner, after the kind of business or a word of owning or working at.
 */
const BY_OWNER_BUSINESS =
  /\b(?:salon|shop|barbershop|parlou?r|studio|business|boutique|bakery|store|spa|brand|label|page|called|named|owns|owned|runs|at)(?:,\s|\s)((?:(?!(?:a|an|the|my|her|his|their|our|this|that|is|was|and|or|to|for|in|on)\s)[\p{L}'&-]+\s){1,3}[Bb]y\s([\p{L}'-]+))(?=[,.;:!?)]|\s(?:and|in|on|at|off|near|downtown|across)\b)/gu;

function businessesByOwner(text: string, dictionaries: Dictionaries, found: Candidate[]): void {
  // Read in a window around each " by ", not by trying the pattern at every word of the post.
  const matches: RegExpExecArray[] = [];
  for (let at = text.search(/ [Bb]y /); at >= 0; ) {
    const from = Math.max(0, at - 90);
    for (const m of matchesOf(BY_OWNER_BUSINESS, text.slice(from, at + 40))) {
      m.index += from;
      if (!matches.some((seen) => seen.index === m.index)) matches.push(m);
    }
    const next = text.slice(at + 4).search(/ [Bb]y /);
    at = next < 0 ? -1 : at + 4 + next;
  }
  for (const m of matches) {
    const owner = m[2].toLowerCase();
    // "Fresh Cutz by K": an owner's initial counts too.
    if (/^\p{Lu}$/u.test(m[2])) {
      const at = m.index + m[0].length - m[1].length;
      found.push(candidate(PhiKind.LOCATION, at, at + m[1].length, 0.7, Priority.FACILITY));
      continue;
    }
    if (dictionaries.isEnglish(owner) || !(dictionaries.isFirstName(owner) || dictionaries.lookup(owner) === 0) || CHAT_WORDS.has(owner) || isExcluded(owner)) continue;
    const at = m.index + m[0].length - m[1].length;
    found.push(candidate(PhiKind.LOCATION, at, at + m[1].length, 0.7, Priority.FACILITY));
  }
}

/** "our lady of the valley parish", "iglesia bautista monte sinaí": churches and schools named in lower case. */
const LOWER_OUR_LADY = /\bour lady of (?:the )?(?:(?:[a-z][\p{L}'-]* ){1,2}(?:parish|church|school|academy|cathedral|chapel|shrine|mission|hospital)(?: (?:school|church|academy))?\b|[a-z][\p{L}'-]*(?= *[.,;:!?)]))/gu;
const LOWER_FOREIGN_HEADS = new Set(
  'iglesia parroquia capilla templo escuela colegio clínica clinica masjid mezquita igreja église eglise fonda taquería taqueria panadería panaderia tienda cocina peluquería peluqueria carnicería carniceria pupusería pupuseria lavandería lavanderia'.split(' '),
);
flagWords(LOWER_FOREIGN_HEADS, LOWER_FOREIGN_HEAD);

function lowerCaseDedications(text: string, tokens: readonly Token[], flags: readonly number[], dictionaries: Dictionaries, found: Candidate[]): void {
  // A plain substring test first: the pattern itself would be tried at every word.
  if (text.includes('our lady of')) for (const m of matchesOf(LOWER_OUR_LADY, text)) found.push(candidate(PhiKind.LOCATION, m.index, m.index + m[0].length, 0.7, Priority.FACILITY));
  for (let h = 0; h + 1 < tokens.length; h++) {
    if (tokens[h].capitalised || !(flags[h] & LOWER_FOREIGN_HEAD)) continue;
    // The name runs over particles and words that are no English word: "iglesia bautista monte sinaí about money".
    let end = h;
    let named = 0;
    for (let k = h + 1; k < tokens.length && k <= h + 5; k++) {
      const w = tokens[k];
      if (w.capitalised || w.acronym || w.start - tokens[k - 1].end - tokens[k - 1].tail.length !== 1) break;
      const particle = NAME_PARTICLES.has(w.lower) || w.lower === 'san' || w.lower === 'santa' || w.lower === 'santo';
      // ("église vivante de gallatin springs": a place word closing the name belongs to it.)
      if (!particle && dictionaries.isEnglish(w.lower) && !(named > 0 && GEO_SUFFIXES.has(w.lower))) break;
      end = k;
      if (!particle) named++;
      if (w.tail) break;
    }
    // "masjid al-nur of carver heights": "of" and a place with a place word belong to it.
    const of = tokens[end + 1];
    if (named > 0 && of?.lower === 'of' && tokens[end + 2] && tokens[end + 3] && !tokens[end + 2].capitalised && GEO_SUFFIXES.has(tokens[end + 3].lower) && text.slice(tokens[end].end, tokens[end + 3].start) === ` of ${tokens[end + 2].text} `) end += 3;
    // "la fonda de doña chela": an article before the head belongs to the name.
    const article = h > 0 && /^(?:la|el|los|las)$/.test(tokens[h - 1].lower) && tokens[h].start - tokens[h - 1].end === 1 ? tokens[h - 1] : tokens[h];
    if (named > 0) found.push(candidate(PhiKind.LOCATION, article.start, tokens[end].end, 0.7, Priority.FACILITY));
  }
}

/**
 * "April — she asked me to use her first name": a month or season opening a sentence, set off by a dash before
 * "she" or "he" and a verb people do, is the person (a month naming a time there is a date, so either way it is marked).
 */
function monthsNamedBeforePronoun(text: string, tokens: readonly Token[], found: Candidate[]): void {
  for (const t of tokens) {
    if (!t.sentenceStart || !t.capitalised || t.tail || !(MONTHS.has(t.lower) || SEASONS.has(t.lower))) continue;
    const after = PRONOUN_AFTER_DASH.exec(text.slice(t.end, t.end + 24));
    if (after && (PERSON_VERBS.has(after[1]) || SPEECH_VERBS.has(after[1]) || IRREGULAR_PAST.has(after[1]))) found.push(candidate(PhiKind.NAME, t.start, t.end, 0.6, Priority.NAME_STRONG));
  }
}
/** After the month: a dash (an em dash reaches here as a space, so up to three spaces), "she" or "he", then a word. */
const PRONOUN_AFTER_DASH = /^(?:\s?-{1,2}\s?|\s{1,3})(?:she|he)\s([a-z']+)/;

/** A listed given name, two joined by a hyphen ("ana-lucía", "mary-kate"), or one after d' ("d'andre"). */
function isGivenName(t: Token, dictionaries: Dictionaries): boolean {
  return dictionaries.isFirstName(t.folded) || (t.folded.includes('-') && t.folded.split('-').every((p) => p.length > 1 && dictionaries.isFirstName(p))) ||
    (t.folded.startsWith("d'") && t.folded.length > 4 && dictionaries.isFirstName(t.folded.slice(2)));
}

/**
 * "the hrytsenko siblings (oksana, taras)", "the delacroix-byrne family": a lower-case surname in no English list
 * between "the" and a word for a family; "the 15yo fionn is furious": a given name right after an age.
 */
function lowerFamiliesAndAgedNames(text: string, tokens: readonly Token[], flags: readonly number[], dictionaries: Dictionaries, found: Candidate[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    // Cheap gates first: "the" before and a family word after, or an age ("15yo") before.
    const familyShape = prev.lower === 'the' && FAMILY_WORDS.has(tokens[i + 1].lower);
    const agedShape = prev.gluedToDigit || prev.lower === 'old' || prev.lower === 'o' || prev.lower === 'yo';
    if ((!familyShape && !agedShape) || t.capitalised || t.acronym || t.gluedToDigit || t.text.length < 3 || isExcluded(t.lower) || CHAT_WORDS.has(t.lower)) continue;
    const family = familyShape && !t.tail && !dictionaries.isEnglish(t.lower) && !isDerivedWord(t.lower, dictionaries) && t.folded.split('-').every((p) => !dictionaries.isEnglish(p)) && FAMILY_WORDS.has(tokens[i + 1].lower) && tokens[i + 1].start - t.end === 1;
    const aged = agedShape && AGED_BEFORE.test(text.slice(Math.max(0, t.start - 18), t.start)) && !FUNCTION_WORDS.has(t.lower) && !PERSON_CUES.has(t.lower) &&
      ((!dictionaries.isEnglish(t.lower) && (isGivenName(t, dictionaries) || !NOT_A_NAME_ENDING.test(t.lower))) ||
        (isGivenName(t, dictionaries) && ((flags[i + 1] & (PERSON_VERB | SPEECH_VERB)) !== 0 || tokens[i + 1].lower === 'is')));
    if (family || aged) found.push(candidate(PhiKind.NAME, t.start, t.end, 0.7, Priority.NAME_STRONG));
  }
}
const FAMILY_WORDS = new Set(['family', 'families', 'siblings', 'sisters', 'brothers', 'kids', 'twins', 'household', 'parents', 'girls', 'boys']);
const AGED_BEFORE = /\b(?:the|my|our|her|his|their)\s\d{1,2}\s?(?:yo|y\/o|yr old|year old)\s$/;

/**
 * "will and patience (yes really) have been married": two given names joined by "and", then a bracket saying the
 * words are names or giving ages, are two people, even when both are words.
 */
function pairsBeforeGloss(text: string, tokens: readonly Token[], dictionaries: Dictionaries, found: Candidate[]): void {
  for (let k = 1; k + 1 < tokens.length; k++) {
    // The length first: a slice per token only to compare it with " & " costs an allocation at every word.
    const ampersand = tokens[k + 1].start - tokens[k].end === 3 && text.slice(tokens[k].end, tokens[k + 1].start) === ' & ';
    if (tokens[k].lower !== 'and' && !ampersand) continue;
    const [a, b] = ampersand ? [tokens[k], tokens[k + 1]] : [tokens[k - 1], tokens[k + 1]];
    if (a.capitalised || b.capitalised || a.tail || b.tail || (text.slice(a.end, b.start) !== ' and ' && text.slice(a.end, b.start) !== ' & ')) continue;
    if (!isGivenName(a, dictionaries) || !isGivenName(b, dictionaries) || isHardExcluded(a.lower) || isHardExcluded(b.lower)) continue;
    const after = text.slice(b.end, b.end + 40);
    // "couple marisol and dev keep fighting": or right after "couple", when one of the two is no English word.
    const couple = COUPLE_BEFORE.test(text.slice(Math.max(0, a.start - 16), a.start)) && (!dictionaries.isEnglish(a.lower) || !dictionaries.isEnglish(b.lower));
    if (!couple && !BRACKET_NAME_GLOSS.test(after) && !PAIR_AGES_AFTER.test(after)) continue;
    found.push(candidate(PhiKind.NAME, a.start, a.end, 0.7, Priority.NAME_STRONG));
    found.push(candidate(PhiKind.NAME, b.start, b.end, 0.7, Priority.NAME_STRONG));
  }
}
/**
 * "performs as Lady Vendetta most Fridays", "was performing as coco la fiesta.": a stage name, capitalised or not,
 * up to a preposition, a time word or punctuation.
 */
const STAGE_NAME =
  /\bperform(?:s|ed|ing)? as ((?:\p{Lu}[\p{L}'-]*(?:\s(?:\p{Lu}[\p{L}'-]*|de|la|le|von|van|del))*)|(?:[a-z][a-z'-]*(?:\s(?!(?:at|in|on|most|every|for|with|and|but|when|while|tonight|last|this|on|the)\b)[a-z][a-z'-]*){0,2}(?=[.,;:!?)]|\s(?:at|in|on|most|every|for|with|and|but|when|while|tonight|last|this)\b)))/gu;
/** " (both 40s)", " (34 and 36)", " (mid-30s)": ages for a pair. */
const COUPLE_BEFORE = /\b(?:couple|pt couple|couple i see|parents|co-parents)[,:]?\s$/;
const BRACKETED_FULL_NAME_GIVEN = /\((?:(?:full|legal|real|given|birth) name:?|short for)\s(\p{Ll}[\p{L}'-]+(?:\s\p{Ll}[\p{L}'-]+){0,3})\)/gu;
const PAIR_AGES_AFTER = /^\s\((?:[a-z]+,\s)?(?:both\s|mid-?\s?|late\s|early\s)?(?:both\s(?:mid-?\s?|late\s|early\s)?)?\d{1,2}s?\b/;

/** Last words of a business or facility written in lower case ("copper kettle diner", "ironclad fitness"). */
const LOWER_BUSINESS_HEADS = new Set(
  `school academy elementary university college church tabernacle chapel temple mosque synagogue hospital clinic center centre
   diner cafe café restaurant bakery pizza pizzeria grill kitchen tavern pub brewery taqueria deli market grocery grocers
   body repair motors automotive garage salon spa barbershop gym fitness studio services health pharmacy farm farms ranch
   inn motel hotel lodge daycare preschool tire tires towing collision logistics trucking freight landscaping roofing plumbing
   realty cleaners laundromat nursery boutique outfitters hardware lumber supply foods donuts bagels burgers tacos noodles
   sushi wings steakhouse smokehouse creamery roasters coffee bookstore florist jewelers kennel kennels grooming tattoo nails
   ministries fellowship cathedral parish house pho ramen bbq burritos storage district lube bar muffler brake brakes tow impound
   lounge kopitiam bioscience biosciences lab labs counseling counselling living polytechnic solutions co distribution fabrication
   collective high sportsplex rink care associates partners flowers brows audiology optometry dentistry chiropractic behavioral home
   cuts psychiatry pediatrics orthodontics panadería panaderia tyre tyres assembly shelter recovery savings dialysis montessori club park seed feed
   griddle tailoring alterations upholstery fabricators vault storage braids finance hut cycles bikes bait tackle mart collaborative go bros middle
   medicine hall halls dorm cc elem baptist methodist lutheran presbyterian pentecostal episcopal peds general memorial regional nutrition grange
   jail prison detention drug drugs tours gardens sons visitation`.split(/\s+/),
);
flagWords(LOWER_BUSINESS_HEADS, LOWER_BUSINESS_HEAD);
/** Words that say what kind of place it is, not which one ("the methadone clinic", "a nail salon", "her mom's house"). */
const GENERIC_BUSINESS_WORDS = new Set(
  `the a an our my your their his her its this that same local nearby usual favorite favourite old new big small little only other
   main corner free public private county city state community regional general medical mental behavioral behavioural family
   primary urgent walk-in day night sunday summer winter youth senior teen adult children's kids women's men's veterans
   student campus school high middle junior elementary grade charter magnet alternative continuation online virtual boarding
   grad graduate law med medical nursing dental driving beauty cosmetology trade culinary art music dance bible hebrew catholic
   christian vacation methadone suboxone dialysis cancer pain sleep eating disorder addiction recovery treatment detox rehab
   psychiatric psych crisis counseling counselling therapy wellness health care home group rec recreation fitness animal pet
   dog nail hair auto car gas pizza coffee fast food grocery hardware liquor thrift book dollar convenience department furniture
   shoe clothing farm farmers flea chinese mexican thai indian italian korean japanese vietnamese ethiopian halal kosher vegan
   mom's dad's mother's father's grandma's grandpa's grandmother's grandfather's aunt's uncle's tía's tío's tia's tio's abuela's abuelo's nana's sister's brother's friend's
   cousin's boyfriend's girlfriend's partner's wife's husband's son's daughter's neighbor's neighbour's parents' friends'
   pediatric pediatrics women men kids children urgent-care 24-hour all-night after-school afterschool before-school
   services service health st assisted independent sober geriatric adolescent memory neurology oncology cardiology fertility wound
   infusion stroke burn anxiety mood autism gender sexual reproductive travel vaccine mobile satellite super very really pretty so too
   kind quite totally foster elder kinship self aftercare one two three four five another every each several rural urban suburban military adult protective support application federal tribal va inner-city
   downtown uptown outpatient inpatient residential partial hospice respite shelter stash trap known drug gurdwara own
   perinatal postpartum neonatal forensic consult consultation liaison ceramics pottery yoga early long-term sustained
   domestic violence dv homeless runaway transitional lake beach guest tree boat pool lash lashes braiding tattoo massage domestic-violence
   specialty coordinated developmental comfort palliative intensive critical acute step-down evac evacuation emergency warming
   cooling pride lgbtq lgbtq+ lgbt queer multicultural cultural resource resources writing tutoring career co-op coop
   endocrine craft different comprehensive union shiva
   hospital's clinic's school's church's`.split(/\s+/),
);
const NOT_TRADE_HEADS = new Set(['house', 'home', 'church', 'chapel', 'temple', 'mosque', 'synagogue', 'school', 'living', 'care', 'place']);
const BUSINESS_CUES = new Set(['at', 'from', 'near', 'outside', 'above', 'over', 'behind', 'beside', 'tagged', 'tags', 'tag', 'called', 'named', 'owns', 'owned', 'co-owns', 'runs', 'manages', 'managed']);
const FACILITY_APPOSITION_BEFORE = /\b(?:site|placement|internship|program|school|clinic|church|job|work|works|worked|employer|salon|shop|gym|daycare|pharmacy|practice|hospital|agency|restaurant|bakery|diner|garage|place|business|store|cafe|café)(?:\s*,\s|\s\(|\sis\s)$/;
/** "at least go home": words that end the walk back from a head ("least" is no business's word). */
const NOT_IN_BUSINESS_NAMES = new Set(['least', 'most', 'go', 'come', 'get', 'stay']);
const LINKING_VERBS = new Set('are were be been am being get gets got getting feel feels felt seem seems seemed become became'.split(' '));
const HELD_IN_HEADS = new Set(['jail', 'prison', 'detention', 'hospital', 'rehab', 'shelter']);
const WORK_BEFORE_FOR = /^(?:works?|worked|working|drives?|drove|driving|volunteers?|volunteered|cleans?|cooks?|delivers?|teaches|taught|coaches|wrestles|swims|plays|runs|cheers|dances|competes|skates)$/;

/**
 * "moved to", and with an object or a starting place between: "moving him to", "moved from malaysia to".
 * `k` is the index of "to".
 */
function goingBeforeTo(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.lower ?? '';
  if (GOING_BEFORE_TO.test(before)) return true;
  const twoBack = tokens[k - 2]?.lower ?? '';
  if (OBJECT_PRONOUNS.has(before)) return GOING_BEFORE_TO.test(twoBack);
  return twoBack === 'from' && !tokens[k - 1].tail && GOING_BEFORE_TO.test(tokens[k - 3]?.lower ?? '');
}
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);

/** The token before a lower-case business name that says a place follows: "at", "owns", "goes to", "drives a bus for", "out of the". */
function isBusinessCue(tokens: readonly Token[], k: number, head?: Token): boolean {
  const cue = tokens[k];
  if (BUSINESS_CUES.has(cue.lower)) return true;
  const before = tokens[k - 1]?.lower ?? '';
  if (cue.lower === 'to') return goingBeforeTo(tokens, k);
  // "is 20 and in dunmore county jail": "in" before an institution one is held in.
  if (cue.lower === 'in') return head !== undefined && HELD_IN_HEADS.has(head.lower);
  // "out of the blue heron diner", "in the basement of holy cross lutheran church".
  if (cue.lower === 'of') return /^(?:out|basement|lot|lobby|office|kitchen|back|front|steps|gym|parking)$/.test(before);
  // "drives a bus for mapleton unified": a work verb up to three words back.
  if (cue.lower === 'for') return [1, 2, 3, 4, 5].some((d) => WORK_BEFORE_FOR.test(tokens[k - d]?.lower ?? ''));
  return false;
}

/**
 * "works at ironclad fitness", "his pastor at new covenant tabernacle", "tagged brightwater family services":
 * after a place word, a lower-case run ending in a business head is that business when a word in it says which one.
 * After an article the run needs two such words, or one that is no English word ("at the copper kettle diner").
 */
function lowerCaseBusinesses(text: string, tokens: readonly Token[], flags: readonly number[], dictionaries: Dictionaries, found: Candidate[]): void {
  for (let h = 1; h < tokens.length; h++) {
    const head = tokens[h];
    if (head.capitalised || head.acronym || !(flags[h] & LOWER_BUSINESS_HEAD)) continue;
    // "sully's gas n go": "go" ends a name only after "n" or "&".
    if (head.lower === 'go' && !/\s(?:n|n'|&)\s$/.test(text.slice(Math.max(0, head.start - 4), head.start))) continue;
    // Walk back over lower-case words joined by single spaces (a possessive ends only the word it is on),
    // then over one article or possessive determiner, which is no part of the name; the place word must come next.
    const joined = (k: number) => {
      const prev = tokens[k - 1];
      const gap = text.slice(prev.end + prev.tail.length, tokens[k].start);
      return (gap === ' ' || gap === ' & ' || (gap === '. ' && (prev.lower === 'st' || prev.lower === 'mt'))) && (!prev.tail || /^['’]s?$/.test(prev.tail));
    };
    let first = h;
    while (first > 0 && first > h - 4 && joined(first)) {
      const prev = tokens[first - 1];
      // "big ed's tire and lube": "and" between two trade words joins them.
      if (prev.lower === 'and' && first === h && first > 1 && LOWER_BUSINESS_HEADS.has(tokens[first - 2].lower) && !tokens[first - 2].capitalised && joined(first - 1)) {
        first -= 2;
        continue;
      }
      if (prev.capitalised || prev.acronym || prev.gluedToDigit || DETERMINERS.has(prev.lower) || BUSINESS_CUES.has(prev.lower) || FUNCTION_WORDS.has(prev.lower) || CLAUSE_OPENERS.has(prev.lower) || TITLE_GLUE.has(prev.lower) || COPULAS.has(prev.lower) || LINKING_VERBS.has(prev.lower) || NOT_IN_BUSINESS_NAMES.has(prev.lower)) break;
      first--;
    }
    if (first === h || first === 0) continue;
    let k = first;
    const determiner = DETERMINERS.has(tokens[k - 1].lower) && joined(k);
    if (determiner) k--;
    // "his school, pinecrest middle school": or set off after the kind of place it is.
    // "outside her work, the blue heron diner,": with an article too (which then asks for two words that say which).
    const apposition = FACILITY_APPOSITION_BEFORE.test(text.slice(Math.max(0, tokens[k].start - 16), tokens[k].start));
    if (!apposition && (k < 1 || !isBusinessCue(tokens, k - 1, head) || !joined(k))) continue;
    const words = tokens.slice(first, h);
    // "deacon's auto & tire": a title or kin word owning a trade is the owner's name; "pastor's house" is no business.
    const tradeHead = !NOT_TRADE_HEADS.has(head.lower);
    const distinctive = words.filter((w) => {
      const word = w.tail ? w.lower + w.tail.toLowerCase() : w.lower;
      // "dutch's auto & tire": a possessive names the owner, even when the word is also a group word.
      const owner = /^['’]s$/.test(w.tail) && !GENERIC_BUSINESS_WORDS.has(word);
      // "works at brightline fitness": a brand word naming the business counts too.
      return w.lower !== 'and' && !GENERIC_BUSINESS_WORDS.has(word) && !GENERIC_BUSINESS_WORDS.has(w.lower) && !LOWER_BUSINESS_HEADS.has(w.lower) && (owner || BRAND_NAMES.has(w.lower) || (!isHardExcluded(w.lower) && !isSoftExcluded(w.lower))) && !CHAT_WORDS.has(w.lower) && ((!PERSON_CUES.has(w.lower) && !RELATIVE_CUES.has(w.lower)) || (owner && tradeHead)) &&
        !(w.tail && (w.lower.startsWith('ex-') || OWNER_NOUNS.has(w.lower) || RELATIVE_CUES.has(w.lower.replace(/^(?:step|ex-|great-)/, ''))));
    });
    if (distinctive.length === 0) continue;
    if (determiner && distinctive.length < 2 && distinctive.every((w) => dictionaries.isEnglish(w.lower) && !dictionaries.isName(w.folded))) continue;
    // "new covenant tabernacle of ashby": "of" and a name that is no word belong to it.
    const of = tokens[h + 1]?.lower === 'of' && tokens[h + 2] && text.slice(head.end, tokens[h + 2].start) === ' of ' && !tokens[h + 2].capitalised &&
      !dictionaries.isEnglish(tokens[h + 2].lower) && !isExcluded(tokens[h + 2].lower) ? tokens[h + 2] : undefined;
    // A run of three words or more ending in a trade head outranks a name read inside it ("adeyemi brothers auto repair").
    found.push(candidate(PhiKind.LOCATION, words[0].start, of ? of.end : head.end, 0.65, words.length >= 2 ? Priority.FACILITY : Priority.PLACE));
  }
}

/**
 * "works front desk at ironclad on tanager rd", "her hair done at velvet & vine", "youth group at cornerstone",
 * "a 6am class at ironbark", "sleeping behind velvet spoon on oxbow st", "to dandelion (the coffee place ...)":
 * a lower-case business with no trade word, after a place word, when something says it is one: an ampersand, an
 * owner's possessive, a saint, a street after it, an apposition naming the kind of place, or a group, job or class
 * held there.
 */
function lowerBusinessesByContext(text: string, tokens: readonly Token[], flags: readonly number[], dictionaries: Dictionaries, found: Candidate[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const cue = tokens[i];
    // Cheap gate first: only a word that can come before such a name.
    if (!(flags[i] & BEFORE_A_BUSINESS)) continue;
    const first = tokens[i + 1];
    // "his cousin's food truck, holy smokes, and": set off after the kind of place it is.
    const apposed = APPOSED_KINDS.has(cue.lower) && codeAt(text, first.start - 2) === 44 && KIND_THEN_COMMA.test(text.slice(Math.max(0, first.start - 40), first.start));
    const owning = OWNING_CUES.has(cue.lower);
    // "a yarn shop called purl & pine", "the food truck tío beto's": right after the kind of place it is.
    const kind = KIND_NOUNS.has(cue.lower) || ((cue.lower === 'called' || cue.lower === 'named') && KIND_NOUNS.has(tokens[i - 1]?.lower ?? ''));
    // "works nights on la esquinita, a food truck": "on" only before such an apposition.
    const onBeforeKind = (cue.lower === 'on' && KIND_APPOSITION_AFTER.test(text.slice(first.end, first.end + 60))) || cue.lower === 'thru' || cue.lower === 'through';
    const playsFor = cue.lower === 'for' && SPORT_VERBS.has(tokens[i - 1]?.lower ?? '');
    if (!apposed && !owning && !kind && !onBeforeKind && !playsFor && !CONTEXT_BUSINESS_CUES.has(cue.lower) && !(cue.lower === 'of' && isBusinessCue(tokens, i)) && !(cue.lower === 'to' && (goingBeforeTo(tokens, i) || TAKEN_TO.has(tokens[i - 1]?.lower ?? '') || (OBJECT_PRONOUNS.has(tokens[i - 1]?.lower ?? '') && TAKEN_TO.has(tokens[i - 2]?.lower ?? ''))))) continue;
    if ((!apposed && first.start - cue.end !== 1) || first.capitalised || first.acronym || first.gluedToDigit || !/^\p{Ll}/u.test(first.text)) continue;
    // "the food truck tío beto's", "on la esquinita": a kin title before an owner, or a Spanish article, opens the name.
    const second = tokens[i + 2];
    const lowerSecond = !!second && !second.capitalised;
    // The word after is in no English list ("casa ixchel", "fort calloway", "la esquinita").
    const foreignSecond = lowerSecond && !dictionaries.isEnglish(second.lower);
    const lead = (SAINT_WORDS.has(first.lower) && lowerSecond) || ((HEAD_FIRST_LEADS.has(first.lower) || FORT_WORDS.has(first.lower) || ARTICLES_ABROAD.has(first.lower)) && foreignSecond) ||
      ((kind || owning || apposed) && KIN_TITLES.has(first.lower) && /^['’]s$/.test(second?.tail ?? '') && !second?.capitalised);
    // "a bike shop called spoke & dial": after "called" even a verb opens the name.
    const afterCalled = kind && (cue.lower === 'called' || cue.lower === 'named');
    if (!lead && (NOT_A_BUSINESS_START.has(first.lower) || STOPS_A_BUSINESS_RUN.has(first.lower) || (!afterCalled && (flags[i + 1] & (PERSON_VERB | SPEECH_VERB | IRREGULAR_VERB)) !== 0) || DETERMINERS.has(first.lower) || FUNCTION_WORDS.has(first.lower) || CLAUSE_OPENERS.has(first.lower) || CHAT_WORDS.has(first.lower) ||
        PERSON_CUES.has(first.lower) || RELATIVE_CUES.has(first.lower) || OWNER_NOUNS.has(first.lower) || TITLE_GLUE.has(first.lower) || (isHardExcluded(first.lower) && !PLACE_QUALIFIERS.has(first.lower)))) continue;
    // The run: up to three lower-case words joined by a space or " & ", ending at a possessive.
    let last = i + 1;
    let ampersand = false;
    while (last - i < 3 && !tokens[last].tail && tokens[last + 1]) {
      const next = tokens[last + 1];
      const gap = text.slice(tokens[last].end, next.start);
      if ((gap !== ' ' && gap !== ' & ' && !(gap === '. ' && tokens[last].lower === 'st')) || (next.lower.endsWith('ing') && dictionaries.isEnglish(next.lower)) || (looksLikeVerb(next.lower) && !apposed && gap !== ' & ' && !ARTICLES_ABROAD.has(first.lower) && !SAINT_WORDS.has(tokens[last].lower) && !LOWER_BUSINESS_HEADS.has(next.lower) && !/^(?:[,.;:!?)]|\s(?:in|on)\s)/.test(text.slice(next.end, next.end + 4))) || next.capitalised || next.acronym || next.gluedToDigit || STOPS_A_BUSINESS_RUN.has(next.lower) || DETERMINERS.has(next.lower) || FUNCTION_WORDS.has(next.lower) || TITLE_GLUE.has(next.lower) || CLAUSE_OPENERS.has(next.lower) || COPULAS.has(next.lower) || CHAT_WORDS.has(next.lower) ||
          (flags[last + 1] & (PERSON_VERB | SPEECH_VERB | IRREGULAR_VERB)) !== 0) break;
      // "rise n grind": "n" joins two words as "&" does.
      if (gap === ' & ' || next.lower === 'n') ampersand = true;
      last++;
    }
    // "petals on main", "new covenant of the hills": a place or a dedication closing the name.
    const closing = ON_MAIN_OR_OF_THE.exec(text.slice(tokens[last].end, tokens[last].end + 24));
    const run = tokens.slice(i + 1, last + 1);
    const end = closing ? tokens[last].end + closing[0].length : tokens[last].end + (/^['’]s$/.test(tokens[last].tail) ? tokens[last].tail.length : 0);
    // ("their church hall in millbrook": a lone trade word is the kind of place, not its name.)
    if ((run.every((w) => GENERIC_BUSINESS_WORDS.has(w.lower) || NOT_PLACE_WORDS.has(w.lower) || LOWER_BUSINESS_HEADS.has(w.lower)) && !closing?.[0].startsWith(' on main')) || run.some((w) => (THEORISTS.has(w.lower) && (w.tail !== '' || run.length === 1)) || w.lower.includes('-'))) continue;
    // A single word set off by commas could be any list's item ("gym, errands, a call"): it must be no English word.
    if (apposed && ((run.length === 1 && dictionaries.isEnglish(first.lower)) || run.every((w) => isExcluded(w.lower)) || GENERIC_BUSINESS_WORDS.has(tokens[last].lower))) continue;
    // "at fort calloway", "out of camp pendleton": a fort or camp and a word in no English list.
    const saint = (SAINT_WORDS.has(first.lower) && run.length > 1) || (HEAD_FIRST_LEADS.has(first.lower) && run.length > 1 && foreignSecond) || (FORT_WORDS.has(first.lower) && run.length === 2 && foreignSecond);
    // ("straight out of kendall's coping cat": after "of" a possessive is a book's author.)
    const owned = cue.lower !== 'of' && /^['’]s$/.test(tokens[last].tail) && !GENERIC_BUSINESS_WORDS.has(tokens[last].lower + "'s") && !RELATIVE_CUES.has(tokens[last].lower) && !PERSON_CUES.has(tokens[last].lower) &&
      !OWNER_NOUNS.has(tokens[last].lower) && (run.length > 1 || !dictionaries.isEnglish(tokens[last].lower));
    const after = text.slice(end, end + 40);
    const placed = STREET_OR_KIND_AFTER.test(after) || (apposed && /^,\s/.test(after)) || (closing !== null && /^ on main\b/.test(closing[0])) ||
      // "co-owns crux yard in hadley springs": owned, and somewhere.
      ((OWNS.has(cue.lower) || KIND_NOUNS.has(cue.lower)) && /^\s(?:in|on|out in|over in|up in|down in)\s(?!(?:the|a|an|his|her|their|my|our|your|its|this|that|one|weekends?|sundays?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?)\b)[a-z]/.test(after));
    const before = text.slice(Math.max(0, cue.start - 28), cue.start);
    // "coach dana from north pike softball": a school or town named by its team; "swims for tidewater marlins": a club.
    const team = ((cue.lower === 'from' || cue.lower === 'at') && TEAM_AFTER.test(after)) || (cue.lower === 'for' && run.length === 2 && SPORTS_TEAMS.has(tokens[last].lower));
    const held = ((cue.lower === 'at' && HELD_AT_BEFORE.test(before)) || (cue.lower === 'from' && HELD_FROM_BEFORE.test(before))) && run.length <= 2 && !/(?:ing|ly)$/.test(tokens[last].lower) && !/^[,.;:!?)]?\s?(?:today|tonight|yesterday|again|now|later)\b/.test(after);
    // "runs the taco truck el güero loco": a foreign article opening the name right after its kind.
    const kindLead = kind && lead && ARTICLES_ABROAD.has(first.lower);
    // "lives at willowmere in marlow flats": a word in no list where someone lives, then the town.
    const home = cue.lower === 'at' && run.length === 1 && !dictionaries.isEnglish(first.lower) && LIVES_AT_BEFORE.test(before) && TOWN_AFTER_RUN.test(after);
    if (!(ampersand || saint || owned || placed || held || team || afterCalled || kindLead || home) || (owning && !(ampersand || placed)) || ((kind || onBeforeKind) && !(afterCalled || owned || ampersand || placed || kindLead))) continue;
    // ("works at harlan's on depot st": a possessive placed by its street outranks the name read in it.)
    found.push(candidate(PhiKind.LOCATION, first.start, end, 0.6, run.length >= 2 || (owned && placed) ? Priority.FACILITY : Priority.PLACE));
  }
}
const LIVES_AT_BEFORE = /\b(?:lives?|living|stays?|staying|lived)\s$/;
const CONTEXT_BUSINESS_CUES = new Set(['at', 'from', 'behind', 'outside', 'above', 'near', 'beside', 'into']);
const SPORT_VERBS = new Set(['swims', 'swam', 'plays', 'played', 'wrestles', 'wrestled', 'runs', 'ran', 'skates', 'dives', 'rows', 'cheers', 'competes', 'dances', 'rides']);
const TEAM_AFTER = /^\s(?:softball|baseball|football|soccer|basketball|volleyball|wrestling|hockey|lacrosse|swim|cheer|track|debate|band)\b/;
const KIN_TITLES = new Set(['tío', 'tía', 'tio', 'tia', 'uncle', 'aunt', 'auntie', 'aunty', 'tita', 'tito', 'mama', 'papa', 'big', 'lil', 'abuela', 'abuelo']);
const ARTICLES_ABROAD = new Set(['la', 'el', 'los', 'las', 'le', 'les', 'il', 'dos', 'tres']);
const OWNS = new Set(['owns', 'owned', 'co-owns', 'co-owned']);
/** "they run hollis & pine", "sells plates out of smoke & honey": these take only an ampersand or a place after. */
const OWNING_CUES = new Set(['run', 'runs', 'manages', 'opens', 'opened', ...OWNS]);
/** The kinds of place a name follows directly ("the food truck tío beto's", "a gym called iron prairie"). */
const KIND_NOUNS = new Set(['truck', 'shop', 'salon', 'cafe', 'café', 'gym', 'bar', 'store', 'bakery', 'diner', 'restaurant', 'boutique', 'studio', 'church', 'business', 'barbershop', 'garage', 'spot', 'joint', 'daycare', 'preschool', 'box']);
/** Kinds of place a name is set off after ("at work, velvet & vine,"). */
const APPOSED_KINDS = new Set([...KIND_NOUNS, 'work', 'job']);
const KIND_APPOSITION_AFTER = /^(?:\s[\p{Ll}'’-]+){0,2},\s(?:a|an|the)\s(?:[a-z]+\s)?(?:truck|shop|salon|cafe|café|gym|bar|store|bakery|diner|restaurant|boutique|studio|church|business|barbershop|garage)\b/u;
const ON_MAIN_OR_OF_THE = /^(?: on main\b| of the [a-z]+(?= in\b|[,.;:!?)]))/;
/** Every word that can stand right before such a name: the cues above, the kinds of place, "called", "on", "of", "to". */
const CUES_BEFORE_A_BUSINESS = new Set([...CONTEXT_BUSINESS_CUES, ...OWNING_CUES, ...APPOSED_KINDS, 'called', 'named', 'on', 'of', 'to', 'for', 'thru', 'through']);
flagWords(CUES_BEFORE_A_BUSINESS, BEFORE_A_BUSINESS);
const TAKEN_TO = new Set(['taken', 'took', 'takes', 'take', 'brought', 'rushed', 'sent', 'followed', 'walked', 'dropped']);
const KIND_THEN_COMMA = /\b(?:the|a|his|her|their|my|our|[a-z]+'s)\s(?:[a-z]+\s)?(?:truck|shop|salon|gym|cafe|café|bar|store|church|business|restaurant|diner|bakery|studio|boutique|spot|joint|daycare|preschool|box|work|job),\s$/;
/** Words that never open a business's name after "at" ("at home", "at least", "from work", "at 6am"). */
const NOT_A_BUSINESS_START = new Set(
  `home work school church practice night nights first least most all times risk peace ease length heart best worst once
   lunch dinner breakfast recess noon midnight dawn dusk sunrise sunset bedtime times work's it this that them him her me us
   you one two three four five six seven eight nine ten twelve end start beginning point moment time age minimum maximum
   baseline intake discharge admission session sessions group groups therapy court trial camp college class classes
   random gunpoint knifepoint face odds war fault stake hand large will work-release tears bed jail juvie rehab detox
   wit's wits midday morning mornings evening evenings afternoon afternoons weekends lunchtime which who whom whose where
   when what probably maybe honestly basically actually apparently obviously be being been without with about into onto
   across along around after before during parking different various several multiple opposite odds open close start
   stop keep make take give get do talk tell ask call text see meet help bring let put try`.split(/\s+/),
);
const STOPS_A_BUSINESS_RUN = new Set(
  'on in at by for with from again today tonight yesterday now later last next this every bc because and or but so did does do done had has have was were is are got gets together too also still just anymore lol w/ out over down up downtown uptown nearby across around what who which where when how that she he they we i you it softball baseball football soccer basketball volleyball wrestling hockey lacrosse'.split(' '),
);
/** Words that open a place's name in other languages ("casa ixchel", "dhamma joti", "masjid al-noor"). */
const HEAD_FIRST_LEADS = new Set(['casa', 'masjid', 'iglesia', 'templo', 'clinica', 'clínica', 'panaderia', 'panadería', 'taqueria', 'taquería', 'wat', 'dhamma', 'vihara', 'mandir', 'gurdwara', 'escuela', 'colegio', 'centro']);
const FORT_WORDS = new Set(['fort', 'ft', 'camp', 'mount', 'mt']);
const SAINT_WORDS = new Set(['st', 'st.', 'saint', 'holy', 'san', 'santa', 'sacred', 'blessed', 'greater']);
/** After the run: a street ("on tanager rd") or an apposition naming the kind of place (", the truck where", "(the coffee place"). */
const STREET_OR_KIND_AFTER =
  /^(?:\s(?:(?:out|over|down|up)\s)?(?:on|off)\s(?:\d{1,5}\s)?(?:[a-z]+\s(?:rd|road|st|street|ave|avenue|way|blvd|dr|drive|ln|lane|hwy|pkwy|ct|pl|pike)|(?:calle|avenida|camino|rua|rue|via)\s[a-z])\b|(?:,\s\(?|\s\()(?:the|a|an)\s(?:[a-z'-]+\s){0,2}(?:truck|shop|place|store|bar|gym|salon|cafe|café|diner|restaurant|church|spot|joint|studio|pub|bakery|garage|food truck|boutique|barbershop|lot|warehouse|motel|club|ctr|center|centre|halfway house|house|prison|jail|facility|shelter|home)\b|,\s\d{1,5}\s[a-z]+\s(?:st|rd|ave|way|ln|dr|blvd|street|road|avenue|lane|drive)\b|\s\((?:where\s(?:she|he|they|i)\s(?:works?|worked|goes|trains)|(?:her|his|their|my)\s(?:[a-z]+\s)?(?:gym|church|school|job|work|salon|shop|store|daycare|cafe|studio|team)\)))/;
/** A group, job, shift or class held at the place named next. */
const HELD_AT_BEFORE =
  /\b(?:team|group|club|jobs?|shifts?|class(?:es)?|mass|services?|baptism|front desk|hrs a wk|hours a week|crew|(?:pastor|priest|rabbi|imam|reverend|boss|supervisor)(?:\s[a-z]+)?|(?:trains|swims|dances|cheers|skates|wrestles|competes)(?:\s[a-z0-9]+){0,2}|lifts|boxes|climbs|deacon|elder|usher|choir|members?|works(?:\s(?:nights|days|weekends|mornings|evenings|part-time|full-time))?|worked|working|cashier|barista|bartends|bartender|waitress|waiter|server|cook|dishwasher|manager|owner|volunteers?|cooks|cleans|bartends|serves|waits tables|does (?:nails|hair|lashes|brows)|counter|register|grill|window|waitress|waiter)\s$/;
/** "pastor lyle from new harvest": a leader or boss "from" the place. */
const HELD_FROM_BEFORE = /\b(?:pastor|coach|priest|rabbi|imam|reverend|deacon|manager|boss|owner|interpreter|caseworker|volunteer)\s(?:[a-z]+\s)?$/;

/**
 * "a bday at the pink anchor in gullhaven", "parks behind the quikstop in norwood bluff": after "at the" and the
 * like, one word in no English list or two words that are no trade or generic words, then "in" and a town in no
 * English list.
 */
function lowerBusinessesBeforeTown(text: string, tokens: readonly Token[], dictionaries: Dictionaries, found: Candidate[]): void {
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (tokens[k].lower !== 'the' || tokens[k].capitalised || !CONTEXT_BUSINESS_CUES.has(tokens[k - 1].lower)) continue;
    const first = tokens[k + 1];
    const second = tokens[k + 2];
    const inWord = (w: Token) => !w.capitalised && !w.acronym && !w.gluedToDigit && !STOPS_A_BUSINESS_RUN.has(w.lower) && !NOT_A_BUSINESS_START.has(w.lower) && !GENERIC_BUSINESS_WORDS.has(w.lower) &&
      !LOWER_BUSINESS_HEADS.has(w.lower) && !NOT_PLACE_WORDS.has(w.lower) && !FUNCTION_WORDS.has(w.lower) && !CHAT_WORDS.has(w.lower) && !looksLikeVerb(w.lower) && !/(?:ing|ly)$/.test(w.lower) && !PARTS_OF_A_PLACE.has(w.lower);
    if (!inWord(first) || first.start - tokens[k].end !== 1) continue;
    const pair = !first.tail && inWord(second) && second.start - first.end === 1;
    const last = pair ? second : first;
    if (!pair && dictionaries.isEnglish(first.lower)) continue;
    const town = TOWN_AFTER_RUN.exec(text.slice(last.end, last.end + 32));
    // "the guy who works at the paper crane bubble tea place", "works nights at the copper kettle so": its kind after, or a job there.
    const kindAfter = pair && KIND_PHRASE_AFTER.test(text.slice(last.end, last.end + 32));
    const workedAt = pair && tokens[k - 1].lower === 'at' && HELD_AT_BEFORE.test(text.slice(Math.max(0, tokens[k - 1].start - 28), tokens[k - 1].start));
    if (!kindAfter && !workedAt && (!town || dictionaries.isEnglish(town[1]) || isExcluded(town[1]))) continue;
    found.push(candidate(PhiKind.LOCATION, first.start, last.end, 0.6, Priority.PLACE));
  }
}
const PARTS_OF_A_PLACE = new Set('front back side top bottom end middle edge desk counter door doors table window corner hall room lobby entrance exit lot yard floor stairs booth bench'.split(' '));
const KIND_PHRASE_AFTER = /^\s(?:[a-z]+\s){0,2}(?:place|shop|truck|spot|joint|stand|cafe|café|bar)\b/;
const TOWN_AFTER_RUN = /^\s(?:in|out in|over in|up in|down in)\s([a-z][a-z'-]{2,})\b/;

/** Index of the token whose text (with its tail) ends at `at`, by binary search; -1 when none does. */
function tokenEndingAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const end = tokens[mid].end + tokens[mid].tail.length;
    if (end === at) return mid;
    if (end < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * "bartholomew okeke (bart), 45, a deacon", "mai linh pham, 22, has a tiktok": a lower-case given name and
 * surname set off by an age is a person, cue or not. Read back from each ", <age>" rather than over every word.
 */
function lowerCaseNamesWithAge(text: string, tokens: readonly Token[], dictionaries: Dictionaries, found: Candidate[]): void {
  if (!AGE_APPOSITIVE_HINT.test(text)) return;
  for (const m of matchesOf(AGE_APPOSITIVE, text)) {
    const before = text[m.index - 1] ?? '';
    // "binti rahman (goes by aisyah) is 22": an aside in brackets may sit before the age.
    if (!(LOWER_LETTER.test(before) || (before === ')' && (m[0][0] === ',' || m[0].startsWith(' is '))))) continue;
    let at = m.index;
    // Step back over a bracketed nickname: "okeke (bart), 45".
    if (codeAt(text, at - 1) === 41) {
      const open = text.lastIndexOf('(', at);
      if (open < 0 || at - open > 32) continue;
      // "gosia (małgorzata szczepańska), 71": a lower-case full name in the brackets, and the short name before them.
      const inside = BRACKETED_FULL_NAME.exec(text.slice(open, at));
      const short = tokenEndingAt(tokens, open - 1);
      const insideWords = tokens.filter((w) => w.start > open && w.end < at);
      if (inside && short >= 0 && tokens[short + 1] && dictionaries.isFirstName(tokens[short + 1].folded) && !dictionaries.isEnglish(tokens[short].lower) &&
          insideWords.every((w) => dictionaries.isName(w.folded) || !dictionaries.isEnglish(w.lower)) &&
          !tokens[short].capitalised && tokens[short].text.length > 2 && !isExcluded(tokens[short].lower) && !isCueWord(tokens[short]) && !CHAT_WORDS.has(tokens[short].lower)) {
        found.push(candidate(PhiKind.NAME, open + 1, at - 1, 0.7, Priority.NAME_STRONG));
        found.push(candidate(PhiKind.NAME, tokens[short].start, tokens[short].end, 0.7, Priority.NAME_STRONG));
        continue;
      }
      at = open - 1;
    }
    const last = tokenEndingAt(tokens, at);
    if (last < 1) continue;
    // The given name two to four words back, whose run of names ends here.
    for (let i = Math.max(0, last - 4); i <= last; i++) {
      const t = tokens[i];
      // "session 8 with marek, 40": a listed given name that is no word stands alone before the age.
      if (i === last && (dictionaries.isEnglish(t.lower) || t.text.length < 3)) break;
      // "client is jędrzej wiśniewski (goes by jed), 20": after a person cue, a given name in no list counts too.
      // "context: bukola adeyemi, 26": or before a listed surname that is no word.
      const unlisted = dictionaries.lookup(t.folded) === 0 && t.text.length > 2 && !CHAT_WORDS.has(t.lower) && !RELATIVE_CUES.has(t.lower) && !PERSON_CUES.has(t.lower) && !/^(?:step|half-|ex-|great-|grand)/.test(t.lower);
      const unlistedAfterCue = unlisted && i > 0 && (isCueWord(tokens[i - 1]) || (i > 1 && isCueWord(tokens[i - 2]) && CUE_FILLERS.has(tokens[i - 1].lower)));
      const unlistedBeforeSurname = unlisted && i + 1 === last && !tokens[last].capitalised && dictionaries.isName(tokens[last].folded) && !dictionaries.isEnglish(tokens[last].lower) && tokens[last].start - t.end === 1 && !t.tail;
      // "hafiz bin osman, 67": a word the lists hold as a title too is a given name before "bin" or "binti".
      const beforePatronymic = /^(?:bin|binti|bint|binte|ibn)$/.test(tokens[i + 1]?.lower ?? '');
      if (t.capitalised || t.acronym || !(dictionaries.isFirstName(t.folded) || unlistedAfterCue || unlistedBeforeSurname) || CHAT_WORDS.has(t.lower) || (isExcluded(t.lower) && !beforePatronymic) || FUNCTION_WORDS.has(t.lower)) continue;
      // "(russell kettleman, 52)": a surname in no list may close the run.
      const runEnd = unlistedBeforeSurname ? last : lowerNameRunEnd(tokens, i, dictionaries);
      if ((runEnd !== last && !(runEnd === last - 1 && dictionaries.isFirstName(t.folded) && unlistedSurnameFollows(text, tokens[runEnd], tokens[last], dictionaries))) || tokens[last].capitalised) continue;
      // "phạm minh khoa, 27": a surname written first, one that is no word, belongs to the name.
      const family = tokens[i - 1];
      const from = family && !family.capitalised && !family.tail && t.start - family.end === 1 && (dictionaries.lookup(family.folded) & (Lexicon.LAST_NAME | Lexicon.ENGLISH)) === Lexicon.LAST_NAME &&
        !isExcluded(family.lower) && !isCueWord(family) ? family.start : t.start;
      found.push(candidate(PhiKind.NAME, from, tokens[last].end, 0.7, Priority.NAME_STRONG));
      break;
    }
  }
}
/**
 * "hey, it's bukola from the 2 o'clock": a caller naming themself with a word in no list, then where they call from;
 * "hi this is may nguyen, khoa's mom": or with a given name, a month or such a word, and a surname that is no word.
 */
function unlistedCallers(text: string, tokens: readonly Token[], dictionaries: Dictionaries, found: Candidate[]): void {
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i];
    const before = tokens[i - 1].lower;
    if ((before !== 'it' && before !== 'is') || t.capitalised || t.acronym || t.gluedToDigit || t.text.length < 3 || CHAT_WORDS.has(t.lower)) continue;
    const unlisted = dictionaries.lookup(t.folded) === 0;
    const surname = tokens[i + 1];
    // "hey it's marcus bellweather, uh": a surname in no list closing the phrase counts too.
    const withSurname = (unlisted || dictionaries.isFirstName(t.folded) || MONTHS.has(t.lower)) && (lowerNameFollows(t, surname, dictionaries) || unlistedSurnameFollows(text, t, surname, dictionaries)) &&
      /^[,.]/.test(text.slice(surname.end, surname.end + 1));
    if ((!withSurname && !(unlisted && CALLER_AFTER.test(text.slice(t.end, t.end + 10)))) || !GREETING_SELF_INTRO.test(text.slice(Math.max(0, t.start - 20), t.start))) continue;
    found.push(candidate(PhiKind.NAME, t.start, withSurname ? surname.end : t.end, 0.65, Priority.NAME_STRONG));
  }
}
/**
 * "a client i saw last year, tomasz, just sent a request": a lower-case given name set off by commas before a verb
 * people do; a name that is also a word or a month ("april") only before a verb of writing or speaking.
 */
function lowerNamesSetOff(text: string, tokens: readonly Token[], dictionaries: Dictionaries, found: Candidate[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.capitalised || t.acronym || t.tail || t.text.length < 3 || codeAt(text, t.end) !== 44 || codeAt(text, t.start - 2) !== 44 || codeAt(text, t.start - 1) !== 32) continue;
    if (!dictionaries.isFirstName(t.folded) || FUNCTION_WORDS.has(t.lower) || CHAT_WORDS.has(t.lower) || PERSON_CUES.has(t.lower) || (isHardExcluded(t.lower) && !MONTHS.has(t.lower))) continue;
    const verb = SET_OFF_VERB_AFTER.exec(text.slice(t.end, t.end + 28));
    if (!verb) continue;
    const word = dictionaries.isEnglish(t.lower) || isExcluded(t.lower);
    if (word ? !(SPEECH_VERBS.has(verb[1]) || STRONG_LOWER_VERBS.has(verb[1]) || STRONG_PERSON_VERBS.has(verb[1]) || SET_OFF_CONTACT_VERBS.has(verb[1])) : !(PERSON_VERBS.has(verb[1]) || SPEECH_VERBS.has(verb[1]) || IRREGULAR_PAST.has(verb[1]) || looksLikeVerb(verb[1]))) continue;
    found.push(candidate(PhiKind.NAME, t.start, t.end, 0.65, Priority.NAME_STRONG));
  }
}
/** "she calls herself "majo"" (a quote opening after a strong naming cue), "signing them "love, rosie"" (a quote closing after a sign-off). */
function lowerNameAtQuote(text: string, q: number, dictionaries: Dictionaries, found: Candidate[]): void {
  const opening = LOWER_QUOTED_NICKNAME_AFTER.exec(text.slice(q, q + 40));
  if (opening && LOWER_QUOTED_NICKNAME_CUE.test(text.slice(Math.max(0, q - 28), q))) {
    const nick = opening[1];
    if (!NOT_A_NICKNAME.has(nick) && !CHAT_WORDS.has(nick) && !dictionaries.isEnglish(nick) && !NOT_A_NAME_ENDING.test(nick)) found.push(candidate(PhiKind.NAME, q + 1, q + 1 + nick.length, 0.75, Priority.NAME_STRONG));
    return;
  }
  const signOff = LOWER_SIGN_OFF_BEFORE.exec(text.slice(Math.max(0, q - 30), q));
  if (!signOff) return;
  const name = signOff[1];
  if (dictionaries.isEnglish(name) || !(dictionaries.isFirstName(name) || dictionaries.lookup(name) === 0) || CHAT_WORDS.has(name)) return;
  found.push(candidate(PhiKind.NAME, q - name.length, q, 0.7, Priority.NAME_STRONG));
}
const LOWER_QUOTED_NICKNAME_CUE = /\b(?:goes by|go by|went by|nicknamed|known as|calls (?:him|her|them)(?:self|selves)?|aka)\s$/;
const LOWER_QUOTED_NICKNAME_AFTER = /^"(\p{Ll}[\p{L}'-]*)[,.]?"/u;
const LOWER_SIGN_OFF_BEFORE = /\b(?:love|xoxo|hugs|thanks|thank you|best|cheers|sincerely|warmly),\s([a-z][a-z'-]{2,})$/;
const GROUP_THEN_PAIR = /\b(?:couple|parents|siblings|twins|kids|sons|daughters|brothers|sisters|partners|spouses)\b[^.;:,]{0,24},\s([a-z][a-z'-]+)\s(?:and|&)\s([a-z][a-z'-]+),/g;
const ROLE_THEN_BRACKETED_NAME =
  /\b(?:administrator|principal|manager|supervisor|teacher|counselor|counsellor|caseworker|worker|nurse|doctor|coach|pastor|boss|landlord|owner|director|coordinator|aide|officer|advocate|attorney|lawyer|psychiatrist|therapist)\s\(([a-z][a-z'-]+\s[a-z][a-z'-]+)\)/g;
const SET_OFF_CONTACT_VERBS = new Set(['sent', 'calls', 'texts', 'emails', 'messages', 'phones', 'writes', 'visits']);
const SET_OFF_VERB_AFTER = /^,\s(?:(?:just|also|then|finally|still|never|always|recently|suddenly|apparently|once)\s)?([a-z']+)\b/;

/** "her nickname at work is ecah": a word in no list after "(nick)name is" is the name. */
function unlistedAfterNaming(text: string, tokens: readonly Token[], dictionaries: Dictionaries, found: Candidate[]): void {
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i];
    if ((tokens[i - 1].lower !== 'is' && tokens[i - 1].lower !== 'was') || t.capitalised || t.acronym || t.gluedToDigit || t.text.length < 3 || dictionaries.lookup(t.folded) !== 0 || CHAT_WORDS.has(t.lower) || NOT_A_NAME_ENDING.test(t.lower)) continue;
    if (NAMING_BEFORE.test(text.slice(Math.max(0, t.start - 32), t.start))) found.push(candidate(PhiKind.NAME, t.start, t.end, 0.7, Priority.NAME_STRONG));
  }
}
const NAMING_BEFORE = /\b(?:her|his|their|my|your|[a-z]+'s)\s(?:real\s|legal\s|actual\s)?(?:nick)?name(?:\s(?:at|in|on)\s(?:work|home|school|church|the unit|the team))?(?:\s(?:is|was)|'s)\s$/;
const CALLER_AFTER = /^(?:,|\s(?:from|here|calling|again|again,)\b)/;

/** ", 45" or " (45)" after a word; the lower-case letter (or bracket) before it is checked in code, cheaper than a look-behind. */
const AGE_APPOSITIVE = /,\s\d{1,2}\b(?!\s*(?:%|percent|mg|minutes|hours|days|weeks|months|sessions|points)\b)|\s\(\d{1,2}\)|\sis\s\d{1,2}(?=\s(?:and|but|now|yo|years?)\b|[,.;:!?)]|$)/g;
const LOWER_LETTER = /^\p{Ll}$/u;
/** Cheap gate for {@link AGE_APPOSITIVE}: a comma or bracket right before one or two digits. */
const AGE_APPOSITIVE_HINT = /,\s\d|\s\(\d|\sis\s\d/;

const BRACKET_CLOSE = /^(?:\)|,\s\d{1,2}\)|\s(?:on|in)\s(?:the\s)?(?:chart|intake|paperwork|paper|forms?|records?|roster|file)\))/;
/** "joaquín de la peña (28, "quino" to friends)": a quoted word after the age in brackets is the nickname. */
const AGE_THEN_QUOTED_NICKNAME = /\(\d{1,2},\s["'\u201c]([\p{L}][\p{L}'-]*)["'\u201d]/gu;

/** "bartholomew okeke (bart), 45", "Russell Okafor ('Rusty')": a given name in brackets right after a name found. */
function bracketedNicknames(text: string, tokens: readonly Token[], dictionaries: Dictionaries, found: Candidate[]): void {
  if (!text.includes('(')) return;
  for (const m of matchesOf(AGE_THEN_QUOTED_NICKNAME, text)) {
    const at = m.index + m[0].length - m[1].length - 1;
    if (!isHardExcluded(m[1].toLowerCase()) && !FUNCTION_WORDS.has(m[1].toLowerCase())) found.push(candidate(PhiKind.NAME, at, at + m[1].length, 0.7, Priority.NAME_STRONG));
  }
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const open = codeAt(text, t.start - 1) === 40 ? t.start - 1 : codeAt(text, t.start - 2) === 40 && /['"]/.test(text[t.start - 1]) ? t.start - 2 : -1;
    if (open < 1 || codeAt(text, open - 1) !== 32 || t.acronym || t.gluedToDigit) continue;
    const quoted = open === t.start - 2;
    // "krzysztof zieliński (krzys), 52": a word in no list, bracketed between a name and an age, is the nickname.
    const unlistedBeforeAge = !dictionaries.isEnglish(t.lower) && /^['"]?\),\s\d{1,2}\b/.test(text.slice(t.end, t.end + 7));
    // "wade (wade kowalski-reyes on paper)": a word-name counts inside the brackets when a surname follows it.
    const runEnd = lowerNameRunEnd(tokens, i, dictionaries);
    if (!(dictionaries.isFirstName(t.folded) || unlistedBeforeAge) || (!quoted && dictionaries.isEnglish(t.lower) && runEnd === i) || isExcluded(t.lower) || CHAT_WORDS.has(t.lower)) continue;
    const name = found.find((c) => c.kind === PhiKind.NAME && c.end === open - 1);
    // "client dre (andre malik thompson), 20": the full name in brackets after the nickname.
    const last = tokens[runEnd];
    const end = !t.capitalised && last !== t && BRACKET_CLOSE.test(text.slice(last.end, last.end + 28)) ? last.end : t.end;
    if (name && (end !== t.end || /^['"]?\)/.test(text.slice(t.end, t.end + 2)) || (quoted && /^['"](?:,\s?\d{1,2}\b|\)|\s(?:to|for|at)\s)/.test(text.slice(t.end, t.end + 6))))) found.push(candidate(PhiKind.NAME, t.start, end, 0.7, Priority.NAME_STRONG));
  }
}

/**
 * "the kids are tj, bree and nasir": a lower-case list of given names is a list of people when at
 * least two of them are no English word ("cbt, dbt and act" holds no given name at all).
 */
function lowerCaseNameLists(text: string, tokens: readonly Token[], dictionaries: Dictionaries, found: Candidate[]): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    // Three items need ", " after the first: a cheap gate before the dictionaries.
    if (tokens[i + 1].start !== tokens[i].end + 2 || text.charCodeAt(tokens[i].end) !== 44 || text.charCodeAt(tokens[i].end + 1) !== 32) continue;
    // ... and ", " or "and" after the second.
    const third = tokens[i + 2];
    if (third.lower !== 'and' && third.text !== '&' && (third.start !== tokens[i + 1].end + 2 || text.charCodeAt(tokens[i + 1].end) !== 44 || text.charCodeAt(tokens[i + 1].end + 1) !== 32)) continue;
    const items: Token[] = [];
    let k = i;
    // Items joined by ", " and closed by "and" or "&" (with or without a serial comma).
    for (;;) {
      const t = tokens[k];
      if (!t || t.capitalised || t.acronym || t.gluedToDigit || t.tail || !dictionaries.isFirstName(t.folded) || CHAT_WORDS.has(t.lower) || isExcluded(t.lower) || FUNCTION_WORDS.has(t.lower)) break;
      items.push(t);
      const gap = tokens[k + 1] ? text.slice(t.end, tokens[k + 1].start) : '';
      if (gap === ', ') {
        k++;
        continue;
      }
      const joiner = tokens[k + 1];
      if (joiner && (gap === ' ' || gap === ', ') && (joiner.lower === 'and' || joiner.text === '&') && tokens[k + 2] && text.slice(joiner.end, tokens[k + 2].start) === ' ') {
        const last = tokens[k + 2];
        if (!last.capitalised && !last.acronym && !last.gluedToDigit && dictionaries.isFirstName(last.folded) && !CHAT_WORDS.has(last.lower) && !isExcluded(last.lower) && !FUNCTION_WORDS.has(last.lower)) items.push(last);
      }
      break;
    }
    if (items.length < 3 || items.length !== new Set(items).size) continue;
    if (items.filter((t) => !dictionaries.isEnglish(t.lower)).length < 2) continue;
    // The list must be closed by "and": a run of commas alone is more likely a list of things.
    const lastItem = items[items.length - 1];
    if (!/\s(?:and|&)\s$/.test(text.slice(Math.max(0, lastItem.start - 6), lastItem.start))) continue;
    for (const t of items) found.push(candidate(PhiKind.NAME, t.start, t.end, 0.65, Priority.NAME));
    i = tokens.indexOf(lastItem);
  }
}

/** The token starts a clause: after punctuation, a quote, a conjunction or chat filler ("nvm tomás took"). */
function opensClause(text: string, tokens: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  const previous = tokens[i - 1];
  if (/[.,;:!?"(\u201c]\s*$/.test(text.slice(previous.end, tokens[i].start))) return true;
  // "my 14yo jaylen showed me", "my client tomás left": after an age or a person noun too.
  return CLAUSE_OPENERS.has(previous.lower) || CHAT_WORDS.has(previous.lower) || SPEECH_VERBS.has(previous.lower) || PERSON_CUES.has(previous.lower) || (previous.gluedToDigit && previous.lower === 'yo');
}

/** Words the name lists hold that compare or join after a relative ("more about my grandfather than about him"). */
const COMPARATIVE_WORDS = new Set(['than', 'then', 'as', 'like', 'so', 'too', 'or', 'and', 'but']);
const CLAUSE_OPENERS = new Set('and but so then when because cause since while after before until if or like ok okay also plus'.split(' '));

/** The token after `t`, one space on, is a lower-case name that is no English word ("hargrove", "lucía", "dizon-pacheco"). */
function lowerNameFollows(t: Token, next: Token | undefined, dictionaries: Dictionaries): next is Token {
  if (!next || t.tail || next.start - t.end !== 1 || next.capitalised || next.text.length < 2 || CHAT_WORDS.has(next.lower) || dictionaries.isEnglish(next.lower)) return false;
  // "rose ng", "thanh vu": a two-letter surname only when it is a listed name.
  if (next.text.length === 2) return dictionaries.isName(next.folded);
  if (dictionaries.isName(next.folded)) return true;
  // "rebekah o'shaughnessy", "grant o'shea": an Irish or French prefix glued by an apostrophe.
  if (/^(?:o|d|mc|mac)'\p{Ll}{3,}$/u.test(next.folded)) return true;
  // "okonkwo-bell", "dizon-pacheco": a double surname with one part that is no English word.
  const parts = next.folded.split('-');
  return parts.length > 1 && parts.every((p) => p.length > 1) && parts.some((p) => !dictionaries.isEnglish(p)) && parts.some((p) => dictionaries.isName(p) || !dictionaries.isEnglish(p));
}

/** After a particle ("văn", "de la"), any lower-case word that is no English word carries the name on ("lộc", "torre"). */
function nameAfterParticle(t: Token, next: Token | undefined, dictionaries: Dictionaries): boolean {
  return !!next && !t.tail && next.start - t.end === 1 && !next.capitalised && next.text.length >= 2 && !CHAT_WORDS.has(next.lower) && (!dictionaries.isEnglish(next.lower) || dictionaries.isName(next.folded));
}

/** A listed name right after `t`, even an English word, closed by a bracket or a comma, and no verb ("jaylen said,"). */
function listedSurnameBeforeBreak(text: string, t: Token, next: Token | undefined, dictionaries: Dictionaries): boolean {
  if (!next || t.tail || next.tail || next.start - t.end !== 1 || next.capitalised || next.text.length < 3 || !dictionaries.isName(next.folded)) return false;
  if (PERSON_VERBS.has(next.lower) || SPEECH_VERBS.has(next.lower) || IRREGULAR_PAST.has(next.lower) || STRONG_PERSON_VERBS.has(next.lower) || HUMAN_HABITS.has(next.lower) ||
      CHAT_WORDS.has(next.lower) || FUNCTION_WORDS.has(next.lower) || isHardExcluded(next.lower) || isSoftExcluded(next.lower)) return false;
  return /^(?:\s\(|,\s)/.test(text.slice(next.end, next.end + 2));
}

/** A lower-case word in no list right after `t` that closes the phrase: "summer oyelowo, 19", "kofi mensah-boateng (". */
function unlistedSurnameFollows(text: string, t: Token, next: Token | undefined, dictionaries: Dictionaries): boolean {
  if (!next || t.tail || next.start - t.end !== 1 || next.capitalised || next.acronym || next.gluedToDigit || next.text.length < 3) return false;
  if (dictionaries.lookup(next.folded) !== 0 || CHAT_WORDS.has(next.lower) || isHardExcluded(next.lower) || next.folded.split('-').some((p) => dictionaries.isEnglish(p) && !dictionaries.isName(p))) return false;
  return /^(?:['’]s)?(?:[,.;:!?)]|\s\(|\s(?:is|was|has|had|and|who|said|says|told|came|comes|wants|asked)\b|$)/.test(text.slice(next.end, next.end + 8));
}

/**
 * "pa nhia vang", "nurul aina binti hashim", "lê văn tâm": the last token of a lower-case full name
 * starting at token i, one name or particle after another (at most four more).
 */
function lowerNameRunEnd(tokens: readonly Token[], i: number, dictionaries: Dictionaries): number {
  let j = i;
  while (j < i + 6) {
    const next: Token | undefined = tokens[j + 1];
    // One or two particles ("văn", "de la", "van der"), then the rest of the name.
    let k = j + 1;
    while (k < j + 3 && tokens[k] && !tokens[k - 1].tail && tokens[k].start - tokens[k - 1].end === 1 && (NAME_PARTICLES.has(tokens[k].text) || NAME_PARTICLES.has(tokens[k].folded))) k++;
    // "nur aisyah binti rahman": a word in no list counts when a particle follows it.
    const beforeParticle = !!next && !tokens[j].tail && next.start - tokens[j].end === 1 && !next.capitalised && dictionaries.lookup(next.folded) === 0 && !CHAT_WORDS.has(next.lower) &&
      !!tokens[j + 2] && next.end + 1 === tokens[j + 2].start && (NAME_PARTICLES.has(tokens[j + 2].text) || NAME_PARTICLES.has(tokens[j + 2].folded));
    if (k > j + 1 && nameAfterParticle(tokens[k - 1], tokens[k], dictionaries)) j = k;
    else if (lowerNameFollows(tokens[j], next, dictionaries) || beforeParticle) j++;
    else break;
  }
  return j;
}

function nextWord(text: string, tokens: readonly Token[], i: number): string {
  const t = tokens[i];
  const next = tokens[i + 1];
  return next && !t.tail && text.slice(t.end, next.start) === ' ' && !next.capitalised ? next.lower : '';
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
      isSingleSpace(text, tokens[j].end, tokens[j + 1].start)
    ) {
      j++;
    }
    // "Niamh Ó Súilleabháin", "Ana de Souza": a name particle between two capitalised words joins them.
    for (let k = particleRun(text, tokens, j); k > 0; k = particleRun(text, tokens, j)) {
      j += k + 1;
      while (j + 1 < tokens.length && isChainable(tokens[j + 1]) && tokens[j].tail === '' && isSingleSpace(text, tokens[j].end, tokens[j + 1].start)) j++;
    }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

/** Exactly one space between `from` and `to`: what `/^ $/` asks of `text.slice(from, to)`, without the slice. */
function isSingleSpace(text: string, from: number, to: number): boolean {
  return to - from === 1 && text.charCodeAt(from) === 32;
}

/** Number of name particles after token j ("van der") when a chainable word follows them, else 0. */
function particleRun(text: string, tokens: readonly Token[], j: number): number {
  // "We do Butler's life review": a particle only joins two names, never a sentence opener to a name.
  if (SENTENCE_OPENERS.has(tokens[j].lower)) return 0;
  let k = 0;
  while (k < 3 && j + k + 1 < tokens.length && tokens[j + k].tail === '' && NAME_PARTICLES.has(tokens[j + k + 1].text) && text.slice(tokens[j + k].end, tokens[j + k + 1].start) === ' ') k++;
  const next = tokens[j + k + 1];
  return k > 0 && next && tokens[j + k].tail === '' && isChainable(next) && text.slice(tokens[j + k].end, next.start) === ' ' ? k : 0;
}

/** "Oaklander-style", "Rogerian", "Gottman-informed": an adjective built on a name is a concept. */
const NAME_ADJECTIVE = /-(?:ish|ing|ed|level|grade|style|based|informed|inspired|like|esque|type|oriented|focused|derived|influenced|trained|certified|approved|consistent|inconsistent|congruent|adherent|compatible|aligned|friendly|specific|savvy|literate|naive|naïve|era)$/;

function isChainable(t: Token): boolean {
  if (!t.capitalised || (t.lower.includes('-') && NAME_ADJECTIVE.test(t.lower)) || isTheoristAdjective(t.lower)) return false;
  // "Maria", "Oyelaran": with no capital, hyphen or non-ASCII character after the first, none of the shape tests below can match.
  const plain = isPlainCapitalised(t.text);
  // "A-number", "T-shirt": a single-letter prefix makes a code word, not a name; "MoCA", "SoCal": mixed-case acronyms.
  // Each part of "O'Malley-Reyes" is checked on its own: capitals after a hyphen or apostrophe start a new name.
  // "DMed", "IDed", "PTSDs": an acronym with a verb or plural ending.
  if (!plain && /^\p{Lu}{2,}\p{Ll}{1,3}$/u.test(t.text)) return false;
  return t.capitalised && t.text.length > 1 && !t.gluedToDigit && (plain || !/^\p{L}-/u.test(t.text)) && !isHardExcluded(t.lower) && (plain || !/(?:^|[-'])\p{L}[^-']*\p{Lu}[^-']*\p{Lu}/u.test(t.text));
}

function isPlainCapitalised(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c === 45 || c >= 0x80) return false;
  }
  return true;
}

/** "Beckian", "Rogerian", "Kohutian": an adjective built on a cited theorist's name. */
function isTheoristAdjective(lower: string): boolean {
  if (!lower.endsWith('ian') && !lower.endsWith('ean')) return false;
  const stem = lower.slice(0, -3);
  return THEORISTS.has(stem) || THEORISTS.has(stem + 'e') || THEORISTS.has(stem + 's') || THEORISTS.has(stem.replace(/i$/, 'y'));
}

/** Last words that make a capitalised phrase a named thing: a model, a scale, a book, a programme. */
const CONCEPT_HEADS = new Set(
  `index checklist survey theory theories model models method methods therapy therapies psychotherapy approach approaches protocol
   program programme project book books workbook manual scale inventory questionnaire assessment test
   syndrome disorder effect principle hypothesis paradigm framework technique techniques intervention
   curriculum initiative act law treatment`.split(/\s+/),
);

/** Exclusion lists merged into one map of flags: a word costs one look-up, not one per list. */
const HARD_EXCLUDED = 1;
const SOFT_EXCLUDED = 2;
const EXCLUDED = new Map<string, number>();
const exclude = (list: Iterable<string>, flag: number) => {
  for (const word of list) EXCLUDED.set(word, (EXCLUDED.get(word) ?? 0) | flag);
};
exclude(COMMON_CAPITALISED, HARD_EXCLUDED);
exclude(GROUPS, HARD_EXCLUDED);
exclude(WEEKDAYS, HARD_EXCLUDED);
exclude(MEDICATIONS, HARD_EXCLUDED);
// "Pentecostals", "Baptists": the plural of a group word.
exclude([...GROUPS].map((group) => group + 's'), HARD_EXCLUDED);
exclude(US_STATES, SOFT_EXCLUDED);
exclude(COUNTRIES_AND_REGIONS, SOFT_EXCLUDED);
exclude(MONTHS, SOFT_EXCLUDED);
exclude(BRAND_NAMES, SOFT_EXCLUDED);
// "He Googles every technique", "two Fitbits": a brand or common word used as a verb or a plural.
exclude([...COMMON_CAPITALISED].filter((word) => /^[a-z]{3,}$/.test(word) && !word.endsWith('s')).map((word) => word + 's'), HARD_EXCLUDED);
exclude([...COMMON_CAPITALISED].filter((word) => /^[a-z]{3,}$/.test(word)).map((word) => word + (word.endsWith('e') ? 'd' : 'ed')), HARD_EXCLUDED);
exclude([...COMMON_CAPITALISED].filter((word) => /^[a-z]{3,}$/.test(word)).map((word) => word.replace(/e$/, '') + 'ing'), HARD_EXCLUDED);
exclude([...BRAND_NAMES].filter((brand) => /^[a-z]+$/.test(brand)).map((brand) => brand + (/(?:s|x|sh|ch)$/.test(brand) ? 'es' : 's')), SOFT_EXCLUDED);

function isHardExcluded(lower: string): boolean {
  return ((EXCLUDED.get(lower) ?? 0) & HARD_EXCLUDED) !== 0 || isGroupCompound(lower);
}

/** "Korean-American", "Afro-Caribbean": heritage written as a hyphenated pair of group words. */
function isGroupCompound(lower: string): boolean {
  if (!lower.includes('-')) return false;
  const parts = lower.split('-');
  // "Spanish-dominant", "Korean-speaking": a group word and an ordinary word.
  if (parts.length === 2 && GROUPS.has(parts[0]) && /^(?:dominant|speaking|born|raised|identified|identifying|heritage|descent|only|language|first|fluent|monolingual)$/.test(parts[1])) return true;
  return parts.every((p) => GROUPS.has(p) || COUNTRIES_AND_REGIONS.has(p) || p === 'afro' || p === 'euro' || p === 'indo' || p === 'anglo');
}

/** Words that are names too (Georgia, June, Jordan) and need a person cue to count. */
function isSoftExcluded(lower: string): boolean {
  return ((EXCLUDED.get(lower) ?? 0) & SOFT_EXCLUDED) !== 0;
}

function isExcluded(lower: string): boolean {
  return isHardExcluded(lower) || isSoftExcluded(lower) || THEORISTS.has(lower);
}

function classifyChain(text: string, tokens: readonly Token[], chain: [number, number], dictionaries: Dictionaries): Candidate | null {
  let [from] = chain;
  const to = chain[1];
  // "I met Detective Rogers Mbeki": a title inside the run is the title, not part of the name.
  const titledInChain = from < to && TITLE_WORDS.has(tokens[from].lower) && !tokens[from].tail;
  if (titledInChain) from++;
  let first = from;
  // "When Hunter", "Money is": a sentence-opening ordinary word is not a name, nor part of
  // the name after it, unless context says otherwise ("Art Garner is a 63-year-old").
  // "Sue Johnson's EFT", "Laura Brown": a chain opening with, or followed by, a theorist is a citation.
  const afterChain = tokens[to + 1];
  // "Holloway Park", "Marrow Hill": a theorist's name before a place word names a place.
  const placeShaped = from < to && GEO_SUFFIXES.has(tokens[to].lower) && !THEORIST_GIVEN_NAMES.get(tokens[to].folded)?.has(tokens[from].folded);
  // "Dana Whitfield-Obi", "Rogers Mbeki": a listed name used as a given name before a surname that is no word.
  const givenBeforeSurname =
    from < to && dictionaries.isFirstName(tokens[from].folded) && !THEORIST_GIVEN_NAMES.get(tokens[to].folded)?.has(tokens[from].folded) &&
    tokens.slice(from + 1, to + 1).every((t) => NAME_PARTICLES.has(t.text) || (!THEORISTS.has(t.folded) && t.folded.split('-').every((part) => !dictionaries.isEnglish(part))));
  if ((THEORISTS.has(tokens[from].lower) && from < to && !placeShaped && !givenBeforeSurname) || (afterChain && afterChain.start - tokens[to].end === 1 && afterChain.capitalised && THEORISTS.has(afterChain.folded.replace(/'s?$/, '')))) {
    // "the thing you mentioned by Brené Brown": the given name an author is cited with, before that author, is the author.
    const citedGiven = from === to && !!afterChain && /\bby\s$/.test(text.slice(Math.max(0, tokens[from].start - 3), tokens[from].start)) && THEORIST_GIVEN_NAMES.get(afterChain.folded.replace(/'s?$/, ''))?.has(tokens[from].folded) && !AGE_AFTER.test(text.slice(afterChain.end, afterChain.end + 24));
    if (citedGiven || (!hasPersonContextAt(text, tokens, to) && !PERSON_CUE_BEFORE.test(text.slice(Math.max(0, tokens[from].start - 40), tokens[from].start)))) return null;
  }
  while (first <= to && tokens[first].sentenceStart && isOrdinary(tokens[first], dictionaries) && !(givenBeforeSurname && first === from && THEORISTS.has(tokens[first].lower))) {
    const t = tokens[first];
    const couldBeName = first < to || dictionaries.isName(t.folded);
    const opener = SENTENCE_OPENERS.has(t.lower) && !dictionaries.isFirstName(t.folded);
    if (couldBeName && !opener && hasPersonContextAt(text, tokens, to)) break;
    // "April and Chance Whitfield have been coming": a month or state paired with a given name.
    if (from === to && isSoftExcluded(t.lower) && pairedWithGivenName(text.slice(t.end, t.end + 40), '', dictionaries)) break;
    // "May may be the most self-critical": the word, then itself in lower case.
    if (from === to && tokens[to + 1]?.lower === t.lower && !tokens[to + 1].capitalised && !t.tail) break;
    first++;
  }
  if (first > to) return null;
  const words = tokens.slice(first, to + 1);
  // "a Boy Scout about it", "her Big Sister": a common phrase whose words happen to be names.
  for (let k = 1; k < words.length; k++) if (COMMON_PHRASES.has(`${words[k - 1].lower}_${words[k].lower}`)) return null;
  const start = words[0].start;
  const end = words[words.length - 1].end;
  // Cues before a name sit within a few words of it; a short window keeps the end-anchored cue patterns cheap.
  const before = text.slice(Math.max(0, start - 48, first >= 6 ? tokens[first - 6].start : 0), start);
  const after = text.slice(end, end + 48);
  const previous = tokens[first - 1];
  // "recommended "Tully" to the group as a film": a title; "Mrs. Doubtfire references": a film quoted.
  if (TITLE_KIND_AFTER.test(after) || (words.length <= 2 && WORK_REFERENCE_AFTER.test(after))) return null;
  // "Surviving and Thriving in Stepfamily Relationships": ordinary words ending in an abstract noun name no place.
  if (words.length > 1 && words.every((w) => dictionaries.isEnglish(w.lower)) && /(?:ships|tions|ness|ities)$/.test(words[words.length - 1].lower)) return null;
  // "pointed me to Beebe's microanalysis work": an author's work after a word of reading or recommending.
  if (words.length === 1 && AUTHOR_WORK_AFTER.test(after) && (READING_BEFORE_AT_END.test(before) || RECOMMENDED_BEFORE_AT_END.test(before))) return null;
  // "rereading Herman's Trauma and Recovery": a lone word owning a capitalised title after a verb of reading is its author.
  if (words.length === 1 && /^'s\s+\p{Lu}/u.test(after) && READING_BEFORE_AT_END.test(before)) return null;

  const gap = previous ? text.slice(previous.end, start) : '';
  const title =
    (titledInChain && first === from) ||
    (!!previous &&
      ((TITLE_ABBREVIATIONS.has(previous.lower) && !previous.gluedToDigit && /^\.?\s+$/.test(gap)) || (TITLE_WORDS.has(previous.lower) && previous.capitalised && gap === ' ')));
  // "a dog named Rocket", "her cat, Miso": pets and toys are named, but they are not people.
  if (!title && PET_BEFORE_AT_END.test(before)) return null;
  const evidence = contextEvidence(before, after, words, tokens[to + 1], title);
  // "May may be the most self-critical", "Will will call": a word followed by itself in lower case is a name.
  if (!evidence.person && words.length === 1 && tokens[to + 1]?.lower === words[0].lower && !tokens[to + 1].capitalised && tokens[to + 1].start - end === 1 && !words[0].tail) {
    evidence.person = true;
    evidence.score += 2;
  }
  // "On Will: I'd hold off", "Re Hope:": a given name heading what the reply says about them.
  if (!evidence.person && words.length <= 2 && /^:\s/.test(after) && /(?:^|[.!?]\s+|\n\s*)(?:On|Re|About|As for)\s$/.test(before) && dictionaries.isFirstName(words[0].folded) && !isExcluded(words[0].lower)) {
    evidence.person = true;
    evidence.score += 2;
  }
  // "... Let's talk Monday. — Marguerite", "Thanks, Tom": a given name signing off at the end of the post.
  if (!evidence.person && words.length <= 2 && /^[\s.!]*$/.test(text.slice(end)) && SIGN_OFF_BEFORE.test(before) && dictionaries.isFirstName(words[0].folded) && !isExcluded(words[0].lower)) {
    evidence.person = true;
    evidence.score += 2;
  }
  // "Tamsin, you asked about ...", "Deshawn, replying as your supervisor": a given name addressed at the head of a post or line.
  // "Mafe, as she asks to be called": a nickname glossed as such.
  if (!evidence.person && ((words.length <= 2 && VOCATIVE_AFTER.test(after) && VOCATIVE_BEFORE.test(before) && dictionaries.isName(words[0].folded) && (dictionaries.isFirstName(words[0].folded) || !dictionaries.isEnglish(words[0].lower)) &&
      !SENTENCE_OPENERS.has(words[0].lower) && !DISCOURSE_WORDS.has(words[0].lower) && !(dictionaries.isEnglish(words[0].lower) && /ly$/.test(words[0].lower)) &&
      !words.some((w) => isExcluded(w.lower))) || CALLED_AFTER.test(after))) {
    evidence.person = true;
    evidence.score += 2;
  }
  // "I called Adult Protective Services": a phrase of plain words is no person on a naming cue alone.
  if (evidence.person && !title && words.length > 1 && words.every((w) => dictionaries.isEnglish(w.lower) && !dictionaries.isName(w.folded))) return null;

  const employer = EMPLOYER_CUE_AT_END.test(before.slice(-40));
  // "Esther Perel and Shirley Glass, who take different positions": a who-clause alone does not make a cited author a client.
  // "Ross Greene", "Karyn Purvis": a cited author's full name, as it is cited, names the author.
  if (!title && isAuthorFullName(words) && (!AGE_AFTER.test(after) || /^,\s+who/.test(after)) && !ROLE_AFTER.test(after) && !ROLE_APPOSITIVE.test(after)) return null;
  // "a chapter by Huppert and Siev", "the Developmental Model from Bader and Pearson": "by" or "from" after a work names its authors, not a person cue.
  if (!title && /\s+(?:by|from)\s+(?:\p{Lu}[\p{L}'-]+\s+(?:and|&)\s+)?$/u.test(before) && THEORY_BEFORE_AT_END.test(before) && !AGE_AFTER.test(after) && !ROLE_AFTER.test(after) && !ROLE_APPOSITIVE.test(after)) return null;
  const whoOnly = evidence.person && !title && /^,\s+who\b/.test(after) && !PERSON_CUE_BEFORE.test(before) && !NAME_CUE_BEFORE_AT_END.test(before);
  // "in precontemplation by Prochaska and DiClemente's model": "by" before an author owning a model is no person cue.
  // "By Prochaska and DiClemente he's in contemplation": "By" opening a sentence reads "according to".
  const byAuthor = evidence.person && !title && /\bby\s+$/i.test(before) && (BY_AUTHOR_AFTER.test(after) || /(?:^|[.!?:]\s+)By\s+$/.test(before));
  if ((!evidence.person || whoOnly || byAuthor) && (!employer || AUTHOR_METHOD.test(after)) && !placeShaped && isCitedTheory(before, after, words, dictionaries, givenBeforeSurname || namesSomeoneElse(words, dictionaries), () => sentenceBefore(text, tokens, first))) return null;
  // "Freud's paper on transference love and Andrea Celenza on boundary violations help; so does
  // Kenneth Pope": in a sentence citing a listed theorist, a name with no person context shaped
  // like a citation (paired, listed, "on <topic>", a possessive of a concept) is an author too.
  if (!evidence.person && (CITATION_SHAPE_AFTER.test(after) || CITATION_SHAPE_BEFORE_AT_END.test(before)) && sentenceCitesTheorist(text, tokens, first, to, dictionaries)) return null;
  // "Jamison's An Unquiet Mind": a lone surname owning a title that opens with an article is the book's author.
  if (!evidence.person && words.length === 1 && BOOK_TITLE_AFTER.test(after)) return null;
  // "a $10 copy of The Velveteen Rabbit", "C.S. Lewis's A Grief Observed": a title after a word for reading or an owner and an article.
  if (!evidence.person && (TITLE_AFTER_OWNER_AT_END.test(before) || (words[0].text === 'The' && !words[0].sentenceStart && READING_BEFORE_AT_END.test(before)) ||
    // "my own copy of Zami": a lone word in no name list after "copy of".
    (words.length === 1 && /\bcop(?:y|ies) of\s+$/i.test(before) && !dictionaries.isName(words[0].folded)))) return null;
  // "Frankl's Man's Search for Meaning", "Winnicott's Holding Environment": a title or concept.
  if (!evidence.person && previous && previous.tail.startsWith("'") && text.slice(previous.end + previous.tail.length, start) === ' ' && (THEORISTS.has(previous.lower) || THEORISTS.has(previous.folded) || THEORIST_GIVEN_NAMES.has(previous.folded))) return null;
  // "in East Harrow", "near Upper Dunmore": a compass or qualifier word, then a name, after a place word.
  if (!evidence.person && words.length > 1 && PLACE_QUALIFIERS.has(words[0].lower) && !isSoftExcluded(words[1].lower) && WEAK_PLACE_CUES_AT_END.test(before)) {
    return candidate(PhiKind.LOCATION, start, end, 0.7, Priority.PLACE);
  }
  // "a bookmark engraved with "Courage."", "she calls it "Rising Strong"": a quoted word or title with no person cue is the word
  // (quoted nicknames after a naming cue are taken on their own, below).
  if (!evidence.person && codeAt(text, start - 1) === 34 && /^[.,!?]?"/.test(after) && words.every((w) => dictionaries.isEnglish(w.lower))) return null;
  // "Tire in Orchard Falls": a run ending in a place word after a place preposition is the place, not part of a title.
  if (!evidence.person && !(placeShaped && WEAK_PLACE_CUES.test(before)) && isTitlePhrase(text, tokens, first, to, dictionaries)) return null;
  // "the Lou Gehrig's", "Bell's palsy": a given name before an eponym on the allow-list.
  const eponym = tokens[to + 1];
  if (!evidence.person && eponym && eponym.capitalised && eponym.tail && eponym.start - end === 1 && isHardExcluded(eponym.lower)) return null;
  // "Polyvagal Theory", "Sensorimotor Psychotherapy", "Big Book": a named thing, not a person.
  if (!evidence.person && CONCEPT_HEADS.has(words[words.length - 1].lower.replace(/-(?:revised|short|brief|ii|iii|iv|r|sf|c)$/, ''))) return null;
  // "Dyadic Adjustment Scale": the head word may itself be excluded from the chain.
  const following = tokens[to + 1];
  if (!evidence.person && following && following.capitalised && following.start - end === 1 && CONCEPT_HEADS.has(following.lower)) return null;
  // "speaks K'iche", "played Minecraft", "fluent in Kinyarwanda": a language or a game.
  if (!evidence.person && ((/(?:sp[eo]ak|fluent|translat|interpret|play|gam|addicted)\S*\s+(?:\S+\s+)?$/i.test(before.slice(-32)) && LANGUAGE_OR_GAME_BEFORE_AT_END.test(before.slice(-40))) || (/^\s+(?:and|or)\s/.test(after) && LANGUAGE_PAIR.test(after)) || (/\s(?:and|or)\s+$/.test(before) && LANGUAGE_PAIR_BEFORE_AT_END.test(before.slice(-40))))) return null;
  if (!evidence.person && (THEORY_HEAD_AFTER.test(after) || MEASURE_AFTER.test(after) || EPONYM_AFTER.test(after) || PRODUCT_AFTER.test(after))) return null;
  if (words.length === 1 && PEOPLES_ALSO_NAMED.has(words[0].lower) && PEOPLE_AFTER.test(after) && !/\bthe\s+$/i.test(before)) return null;
  // "a union rep. How do I": a question word after an abbreviation is a sentence's first word, never a name.
  if (words.length === 1 && INTERROGATIVES.has(words[0].lower)) return null;
  // "Student B", "Client C": a role and a letter stand in for a name withheld.
  if (words.length === 2 && /^\p{Lu}$/u.test(words[1].text) && PERSON_CUES.has(words[0].lower)) return null;
  // "joking about "the Bill"": a lone word-name after "the" is the word.
  if (!evidence.person && words.length === 1 && dictionaries.isEnglish(words[0].lower) && /\bthe\s+["']?$/i.test(before)) return null;
  // "a huge Atlanta Falcons fan": a place and a team's nickname.
  // ("Lorena Two Bulls", "a car wash, Splash Kings": a team only where fans, games or watching are spoken of.)
  if (!evidence.person && words.length > 1 && SPORTS_TEAMS.has(words[words.length - 1].lower) && (TEAM_TALK_AFTER.test(after) || TEAM_TALK_BEFORE_AT_END.test(before) || US_STATES.has(words[0].lower))) return null;
  // "Georgia", "Dakota", "June" are names too, but only with a person cue or a verb people do.
  // "April and Chance Whitfield", "Chance and April": paired with a given name, a month or state is a person.
  if (words.length === 1 && isSoftExcluded(words[0].lower) && !evidence.person && pairedWithGivenName(after, before, dictionaries)) {
    evidence.person = true;
    evidence.score += 2;
  }
  // "Colorado wants 2,000 hours", "Texas requires": a state that rules or counts is the state.
  if (words.length === 1 && US_STATES.has(words[0].lower) && !evidence.person && INSTITUTION_VERBS.has(tokens[to + 1]?.lower ?? '')) return null;
  // A state, a month, a brand: no person without a cue, and no place unless it employs someone ("works at Costco").
  if (words.every((w) => isSoftExcluded(w.lower)) && !evidence.person && (evidence.score === 0 || words.some((w) => BRAND_NAMES.has(w.lower) || BRAND_NAMES.has(w.lower.replace(/e?s$/, '')))) && !employer) return null;
  // "a retired teacher in Ohio asked me", "born in Minnesota, whose parents": after a place preposition a state or country is the place.
  if (!title && words.every((w) => US_STATES.has(w.lower) || COUNTRIES_AND_REGIONS.has(w.lower)) && /\b(?:in|from|to|near|across|outside|around)\s+(?:the\s+)?(?:(?:rural|urban|northern|southern|eastern|western|central|upstate|downstate|coastal|north|south|east|west)\s+)?$/i.test(before)) return null;

  // "cooks weekends at Lupita's, says": a possessive standing alone after "at" names a business, 's and all.
  const lastWord = words[words.length - 1];
  if (/^['’]s$/.test(lastWord.tail) && /\b(?:at|from|to|into|near|outside)\s+$/.test(before) && /^['’]s(?:[,.;:!?)]|\s+(?:and|on|in|for|when|where|after|before|since|until)\b|$)/.test(text.slice(lastWord.end, lastWord.end + 12)) && !isHardExcluded(lastWord.lower)) {
    return candidate(PhiKind.LOCATION, start, lastWord.end + lastWord.tail.length, 0.7, Priority.PLACE);
  }
  const place = placeKind(before, after, words, dictionaries, evidence);
  if (place) return place;

  let lexical = Math.max(...words.map((w) => (NAME_PARTICLES.has(w.text) ? 0 : lexicalScore(w, dictionaries))));
  // "the Sandplay tray", "her Fitbit", "a Doxy refill": an unknown word after a determiner is a thing
  // (people's names take no article); without person context it is weak evidence only.
  if (lexical === 3 && !evidence.person && previous && DETERMINERS.has(previous.lower) && gap === ' ' && !words.some((w) => dictionaries.isName(w.folded))) lexical = 1;
  // A lone word opening a sentence ("Tech boundary and privacy.", "Logins came from") needs a
  // person cue, or must be a known name followed by a verb ("Khalid is", "Dorota said").
  let acting = false;
  // "the note "Hope you don't mind!"": a word-name opening a quote opens a sentence.
  const opensQuote = words.length === 1 && (codeAt(text, words[0].start - 1) === 34 || codeAt(text, words[0].start - 1) === 0x201c) && dictionaries.isEnglish(words[0].lower) &&
    /^\s(?:you|i|we|u|y'all)\b/i.test(text.slice(words[0].end, words[0].end + 6));
  if (words.length === 1 && (words[0].sentenceStart || opensQuote) && !evidence.person) {
    const w = words[0];
    const nextToken = tokens[to + 1];
    const adjacent = !!nextToken && !nextToken.capitalised && !nextToken.acronym && /^ $/.test(text.slice(w.end, nextToken.start)) && !w.tail;
    // "Faith later told me": one adverb may sit between the name and its verb.
    const afterAdverb = adjacent && NAME_VERB_ADVERBS.has(nextToken.lower) && tokens[to + 2] && !tokens[to + 2].capitalised && tokens[to + 2].start - nextToken.end === 1 && !nextToken.tail;
    const next = afterAdverb ? tokens[to + 2].lower : adjacent ? nextToken.lower : '';
    // "Mark the crossing", "Bill the insurer": a word-name opening a sentence before an article is the verb.
    if (adjacent && DETERMINERS.has(nextToken.lower) && dictionaries.isEnglish(w.lower) && !/^(?:my|his|her|their|our|your)$/.test(nextToken.lower)) return null;
    // "Unsubscribing feels like a rejection": a word built as a gerund opens a sentence as a thing.
    if (/ing$/.test(w.lower) && !dictionaries.isFirstName(w.folded)) return null;
    // "the roster had: Aziz (S-0449182), ...": after a colon, a listed given name that is no word opens a list of people.
    const listAfterColon = lexical >= 2 && /:\s*$/.test(text.slice(Math.max(0, w.start - 3), w.start)) && !dictionaries.isEnglish(w.lower) && dictionaries.isFirstName(w.folded);
    // "Toby didn't come home": a listed name that is no word before a negated auxiliary acts too.
    const verbNext = listAfterColon || COPULAS.has(next) || PERSON_VERBS.has(next) || SPEECH_VERBS.has(next) || (lexical >= 2 && looksLikeVerb(next)) ||
      (lexical >= 2 && adjacent && !dictionaries.isEnglish(w.lower) && (negatedAfter(nextToken) || (next.length > 5 && next.endsWith('ing') && !nextToken.tail)));
    const softName = isSoftExcluded(w.lower) && evidence.score > 0;
    // "Hope came late", "Will said", "Art reminds me": a first name that is also a word acts.
    // "Frank was frank with me: he thinks ...": a copula counts too, checked below by the he/she rule.
    // "Honest answers welcome": an adjective that is a given name too describes what follows.
    acting = isOrdinaryFirstName(w, dictionaries) && !OPENING_ADJECTIVES.has(w.lower) && (actsAsPerson(w, next) || (/^(?:is|was|has|had)$/.test(next) && !COPULA_ABSTRACT.test(text.slice(nextToken.end + nextToken.tail.length, nextToken.end + nextToken.tail.length + 16).replace(/^n't/, '')) && !SENTENCE_OPENERS.has(w.lower) && !SEASONS.has(w.lower) && !US_STATES.has(w.lower) && !COUNTRIES_AND_REGIONS.has(w.lower)));
    // "Money came between us": a common word opening a sentence with a verb things do too
    // needs a he/she in the sentence or opening the next one ("Hope came late ... before she sat").
    if (acting && dictionaries.isEnglish(w.lower) && !SPEECH_VERBS.has(next) && !HUMAN_HABITS.has(next) && !STRONG_PERSON_VERBS.has(next)) {
      acting = SUBJECT_PRONOUN_NEAR.test(text.slice(w.end, w.end + 240).replace(/([.!?]\s+\S+)[\s\S]*$/, '$1'));
    }
    // An unknown word ("Ysolde") opening a sentence needs a verb only people do, and must not be built like jargon.
    // "Ysolde came late", "Brightloom fired her": a verb people (or firms) do after it; the redaction is the same.
    // A plural-looking word ("Logins came from") is more likely a thing.
    const unknownActing =
      lexical === 1 && !isDerivedWord(w.lower, dictionaries) && (SPEECH_VERBS.has(next) || HUMAN_HABITS.has(next) || (!w.lower.endsWith('s') && ((PERSON_VERBS.has(next) && !COPULAS.has(next)) || looksLikeVerb(next))));
    if (!acting && !unknownActing && ((lexical < 2 && !softName) || !verbNext)) return null;
  }
  const multiWordName = words.length > 1 && words.some((w) => dictionaries.isName(w.folded) && !isSoftExcluded(w.lower));
  // A state or month name that acts ("Dakota said") is a person.
  const actingSoftName = words.every((w) => isSoftExcluded(w.lower)) && evidence.score > 0;
  const score = Math.max(lexical + evidence.score + (multiWordName ? 1 : 0), actingSoftName || acting ? 2 : 0);
  if (score < 2) return null;
  const strong = evidence.person || lexical >= 3;
  const confidence = Math.min(0.97, 0.5 + score * 0.1);
  // "Pa Nhia Vang", "Ma Lin Chen": a short given name left out of the chain (it is also a word or a
  // credential) joins the name when it is Title-case, in the first-name list and right before it.
  let nameStart = start;
  const lead = tokens[first - 1];
  // "Sunday Adeyemi, 45": a weekday or month name joins only a person's name with person context.
  const calendarLead = !!lead && (MONTHS.has(lead.lower) || WEEKDAYS.has(lead.lower));
  const calendarName = calendarLead && evidence.person && words.every((w) => !dictionaries.isEnglish(w.lower));
  if (lead && first === from && lead.end + 1 === start && !lead.tail && /^\p{Lu}\p{Ll}+$/u.test(lead.text) &&
      (dictionaries.isFirstName(lead.folded) || (lead.text.length === 2 && evidence.person && words.length > 1) || calendarName) &&
      !TITLE_ABBREVIATIONS.has(lead.lower) && !TITLE_WORDS.has(lead.lower) && !SENTENCE_OPENERS.has(lead.lower) && !isCueWord(lead) && (!calendarLead || calendarName)) {
    nameStart = lead.start;
  }
  // "Mr. van der Heijden": lower-case particles between a title and the surname belong to the name.
  let k = first - 1;
  while (k > 0 && NAME_PARTICLES.has(tokens[k].text) && text.slice(tokens[k].end, tokens[k + 1].start) === ' ') k--;
  // "the de la Cruz family", "Amira bint Khalid": two particles, or one that only names ("van", "bin"), belong to the name without a title too.
  const particles = first - 1 - k;
  if (k < first - 1 && k >= 0 && nameStart === start && (TITLE_ABBREVIATIONS.has(tokens[k].lower) || particles >= 2 || LEADING_PARTICLES.has(tokens[first - 1].text))) nameStart = tokens[k + 1].start;
  return candidate(PhiKind.NAME, nameStart, end, confidence, strong ? Priority.NAME_STRONG : Priority.NAME);
}

/** The text from the start of the sentence holding token `i` up to that token (at most 40 tokens back). */
function sentenceBefore(text: string, tokens: readonly Token[], i: number): string {
  let k = i;
  while (k > 0 && i - k < 40 && !tokens[k].sentenceStart) k--;
  return text.slice(tokens[k].start, tokens[i].start);
}

/** Same-sentence tokens (a semicolon does not end it) include a listed theorist other than the chain. */
function sentenceCitesTheorist(text: string, tokens: readonly Token[], from: number, to: number, dictionaries: Dictionaries): boolean {
  for (let i = from - 1; i >= 0 && from - i <= 40; i--) {
    if (isCitedTheoristToken(text, tokens, i, dictionaries)) return true;
    if (tokens[i].sentenceStart) break;
  }
  for (let i = to + 1; i < tokens.length && i - to <= 40; i++) {
    if (tokens[i].sentenceStart) break;
    if (isCitedTheoristToken(text, tokens, i, dictionaries)) return true;
  }
  return false;
}

/** A listed theorist's name that is not the first word of a place ("Holloway Park", "Hill Street"). */
function isCitedTheoristToken(text: string, tokens: readonly Token[], i: number, dictionaries: Dictionaries): boolean {
  const t = tokens[i];
  // "Van der Merwe Tile": a particle is no theorist ("Van der Kolk" is cited by "Kolk").
  if (!t.capitalised || !(THEORISTS.has(t.lower) || THEORISTS.has(t.folded)) || NAME_PARTICLES.has(t.lower)) return false;
  // "between May 19 and May 23": a month is a date unless written with its author's given name ("Rollo May").
  const previousWord = tokens[i - 1];
  if (MONTHS.has(t.lower) && !(previousWord && THEORIST_GIVEN_NAMES.get(t.lower)?.has(previousWord.folded))) return false;
  const next = tokens[i + 1];
  // "Holloway Park", "Holloway Crest High School": a listed name before another capitalised word (not a
  // theorist, nor the surname of this theorist's given name: "Sue Johnson") is part of a place or a person.
  if (next && next.capitalised && !t.tail && next.start - t.end === 1 && !THEORISTS.has(next.folded) && !THEORIST_GIVEN_NAMES.get(next.folded)?.has(t.folded)) return false;
  // "Hafiz bin Kamarudin": a listed name before a particle and a capitalised surname is somebody's name.
  if (next && !t.tail && NAME_PARTICLES.has(next.text) && tokens[i + 2]?.capitalised && !THEORISTS.has(tokens[i + 2].folded)) return false;
  // "Tobiah Klein": a listed surname after a given name no listed theorist has.
  const previous = tokens[i - 1];
  return !(previous && previous.capitalised && !previous.tail && t.start - previous.end === 1 && isOtherGivenName(previous.folded, t.folded, dictionaries));
}

/** A given name followed by the surname of an author usually cited with it ("Ross Greene"). */
function isAuthorFullName(words: readonly Token[]): boolean {
  // "Bessel van der Kolk": the given name is paired with the surname across the particles.
  const named = words.filter((w) => !NAME_PARTICLES.has(w.text) && !NAME_PARTICLES.has(w.lower));
  for (let k = 1; k < named.length; k++) {
    if (THEORIST_GIVEN_NAMES.get(named[k].folded)?.has(named[k - 1].folded)) return true;
    // "Kay Redfield Jamison": one middle name between them.
    if (k > 1 && THEORIST_GIVEN_NAMES.get(named[k].folded)?.has(named[k - 2].folded)) return true;
  }
  return false;
}

/** "Tobiah Klein", "Grant Holloway": a listed theorist's surname after another person's given name. */
function namesSomeoneElse(words: readonly Token[], dictionaries: Dictionaries): boolean {
  for (let k = 1; k < words.length; k++) {
    if (THEORISTS.has(words[k].folded) && isOtherGivenName(words[k - 1].folded, words[k].folded, dictionaries)) return true;
  }
  return false;
}

function isOtherGivenName(given: string, surname: string, dictionaries: Dictionaries): boolean {
  return dictionaries.isFirstName(given) && !THEORISTS.has(given) && !THEORIST_GIVEN_NAMES.get(surname)?.has(given);
}

const PAIR_GIVEN_AFTER = /^\s+(?:and|&)\s+(\p{Lu}\p{Ll}+)/u;
const PAIR_GIVEN_BEFORE = /(\p{Lu}\p{Ll}+)\s+(?:and|&)\s+$/u;

function pairedWithGivenName(after: string, before: string, dictionaries: Dictionaries): boolean {
  const partner = PAIR_GIVEN_AFTER.exec(after)?.[1] ?? PAIR_GIVEN_BEFORE.exec(before)?.[1];
  if (!partner) return false;
  const lower = partner.toLowerCase();
  return dictionaries.isFirstName(lower) && !isExcluded(lower) && !SENTENCE_OPENERS.has(lower);
}

const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'some', 'any', 'every', 'each', 'no', 'another']);

const TITLE_GLUE = new Set(['for', 'of', 'the', 'and', 'in', 'on', 'a', 'an', 'to', 'with', 'from', 'at', 'by']);

/**
 * A run of capitalised common words joined by small words, as in a book or
 * programme title ("Man's Search for Meaning", "The Body Keeps the Score"):
 * a word-name inside it (Man, Grace) is part of the title.
 */
function isTitlePhrase(text: string, tokens: readonly Token[], from: number, to: number, dictionaries: Dictionaries): boolean {
  const words = tokens.slice(from, to + 1);
  if (!words.every((w) => dictionaries.isEnglish(w.lower))) return false;
  // A common word that is at most a surname ("Dance", "Search") reads as a title word; a given name (Grace) does not.
  const isTitleWord = (t: Token) => t.capitalised && !t.sentenceStart && dictionaries.isEnglish(t.lower) && !dictionaries.isFirstName(t.folded);
  for (const step of [1, -1]) {
    let i = step > 0 ? to + 1 : from - 1;
    let glue = 0;
    while (i >= 0 && i < tokens.length && glue <= 2) {
      const t = tokens[i];
      const [a, b] = step > 0 ? [tokens[i - 1], t] : [t, tokens[i + 1]];
      if (!/^\s+$/.test(text.slice(a.end + a.tail.length, b.start)) || text.slice(a.end + a.tail.length, b.start).length > 1) break;
      if (isTitleWord(t)) return true;
      if (t.capitalised || !TITLE_GLUE.has(t.lower)) break;
      glue++;
      i += step;
    }
  }
  return false;
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
  const adjacent = !!next && next.start - end === 1 && !next.capitalised;
  const verb = adjacent && (SPEECH_VERBS.has(next.lower) || (PERSON_VERBS.has(next.lower) && !COPULAS.has(next.lower)));
  const after = text.slice(end, end + 64);
  return verb || AGE_AFTER.test(after) || ROLE_AFTER.test(after) || ROLE_APPOSITIVE.test(after) || SPOUSE_AFTER.test(after);
}

/** A first name that is also a common word or a sentence opener: Hope, Faith, Will, Art. */
function isOrdinaryFirstName(t: Token, dictionaries: Dictionaries): boolean {
  if (t.text.length < 3 || isHardExcluded(t.lower) || THEORISTS.has(t.lower) || MONTHS.has(t.lower)) return false;
  return dictionaries.isFirstName(t.folded);
}

/** Seasons (Summer) only act as people with verbs nothing but people do. */
function actsAsPerson(t: Token, next: string): boolean {
  // "his mom will lose everything": a modal before a bare verb is the modal.
  if (COPULAS.has(t.lower) && !/(?:[^s]s|ed)$/.test(next) && !IRREGULAR_PAST.has(next)) return false;
  if (SPEECH_VERBS.has(next)) return true;
  if (SEASONS.has(t.lower) || US_STATES.has(t.lower) || COUNTRIES_AND_REGIONS.has(t.lower)) return false;
  return PERSON_VERBS.has(next) && !COPULAS.has(next);
}

/** Verbs of people's habits and feelings ("Ysolde wears", "Oona relapsed"), unlike "came" or "works". */
const STRONG_PERSON_VERBS = new Set('reminds wants wanted feels felt thinks thought knows lives lived texted called emailed cancelled canceled refused agreed admitted denied hugged yelled cried laughed'.split(' '));
const SUBJECT_PRONOUN_NEAR = /\b(?:she|he|she's|he's|she'd|he'd)\b/i;
const HUMAN_HABITS = new Set('wears wore drinks drank relapsed hates loves worries worried fears feared misses missed'.split(' '));

const NOT_VERBS = new Set(
  `this thus plus less unless always sometimes perhaps towards besides across its his hers ours yours theirs
   as us was has is does goes nervous anxious various previous serious famous focus status basis crisis
   diagnosis process access success business class news lens series species yes bus gas chaos`.split(/\s+/),
);

/** "wears", "shrugged": a lower-case word shaped like a third-person or past-tense verb. */
function looksLikeVerb(word: string): boolean {
  if (word.length < 4 || NOT_VERBS.has(word)) return false;
  // Char codes, not regexes (this runs on most words): /[^su]s$/ but not /(?:ous|ness|ss|is|us)$/, which
  // leaves only "-is" to rule out, or /[^e]ed$/.
  const last = word.charCodeAt(word.length - 1);
  const before = word.charCodeAt(word.length - 2);
  if (last === 115) return before !== 115 && before !== 117 && before !== 105;
  return last === 100 && before === 101 && word.charCodeAt(word.length - 3) !== 101;
}

/**
 * How much a capitalised word alone says "proper noun": a mid-sentence word
 * that is no common English word is the strongest sign; at the start of a
 * sentence only the name lists speak.
 */
function lexicalScore(t: Token, dictionaries: Dictionaries): number {
  if (isSoftExcluded(t.lower) || SENTENCE_OPENERS.has(t.lower)) return 0;
  // Only a hyphenated word is split: the one part of any other is the word itself, looked up already.
  const parts = t.folded.includes('-') ? t.folded.split('-') : null;
  // The word's flags, looked up once (its folded and lower-case forms differ only with diacritics).
  const folded = dictionaries.lookup(t.folded);
  const lower = t.lower === t.folded ? folded : dictionaries.lookup(t.lower);
  const name = (folded & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME)) !== 0 || (parts !== null && parts.some((p) => dictionaries.isName(p)));
  const english =
    (lower & Lexicon.ENGLISH) !== 0 ||
    (folded & Lexicon.ENGLISH) !== 0 ||
    (parts !== null && parts.length > 1 && parts.every((p) => dictionaries.isEnglish(p))) ||
    (t.lower.endsWith('s') && !name && dictionaries.isEnglish(t.lower.slice(0, -1)));
  if (english && name) {
    // "Hope", "Bill" are given names; "Alliance", "Rank", "Scripture" are only surnames.
    const given = (folded & Lexicon.FIRST_NAME) !== 0;
    return t.sentenceStart ? 0 : given ? 2 : 1;
  }
  if (!t.sentenceStart) return english ? 0 : name ? 3 : isDerivedWord(t.lower, dictionaries) ? 1 : 3;
  if (name) return 2;
  return english ? 0 : 1;
}

const DERIVATIONAL = /(?:ness|ment|ments|ity|ities|tion|tions|sion|sions|ism|isms|ist|ists|ence|ance|ency|ancy|ical|ically|ic|ics|ive|ous|able|ible|ful|less|ize|ise|ized|ised|izing|ising|ing|ed|al|ology|ologist|ologists|therapy|therapies|pathy|phobia|mania|graphy|gram|scope)$/;
const CLINICAL_PREFIX = /^(?:pro|tele|psycho|neuro|bio|pharmaco|counter|hyper|hypo|anti|dys|meta|socio|somato|trans|inter|intra|post|pre|multi|non|self|co)-?/;
const DRUG_SUFFIX = /(?:azepam|azolam|oxetine|aline|opram|faxine|tyline|ipramine|apine|idone|iprazole|azine|zine|amine|etine|izine|oxone|adone|orphine|olol|pril|sartan|statin|profen|cillin|mycin|amide|abine|otrigine|pentin|gabalin|azodone|razodone|ipine|tropin|ergoline|xetine)$/;

/**
 * A word missing from both lists that is built like a common word, not a
 * name: "Mindfulness", "Transference", "Telehealth", "Hydroxyzine". Unknown
 * capitalised words are otherwise the strongest sign of a proper noun.
 */
function isDerivedWord(lower: string, dictionaries: Dictionaries): boolean {
  if (DRUG_SUFFIX.test(lower)) return true;
  const m = DERIVATIONAL.exec(lower);
  if (m) {
    const stem = lower.slice(0, m.index);
    if (stem.length >= 3 && [stem, stem + 'e', stem + 'y', stem.replace(/i$/, 'y'), stem.slice(0, -1)].some((s) => dictionaries.isEnglish(s))) return true;
    if (/(?:ness|ment|ity|tion|sion|ism|ology|therapy|pathy|phobia|mania)$/.test(lower)) return true;
  }
  // "Sandplay", "Moodtrack", "Headspace": two common words run together make a coined thing, not a name.
  if (lower.length >= 7 && /^[a-z]+$/.test(lower)) {
    for (let cut = 4; cut <= lower.length - 4; cut++) {
      if (dictionaries.isEnglish(lower.slice(0, cut)) && dictionaries.isEnglish(lower.slice(cut))) return true;
    }
  }
  const prefix = CLINICAL_PREFIX.exec(lower);
  if (prefix && prefix[0].length < lower.length - 3) {
    const rest = lower.slice(prefix[0].length);
    if (dictionaries.isEnglish(rest) || DERIVATIONAL.test(rest)) return true;
  }
  return false;
}

function contextEvidence(before: string, after: string, words: readonly Token[], next: Token | undefined, title: boolean): Evidence {
  let score = 0;
  let person = false;
  if (title) {
    score += 3;
    person = true;
  }
  if (PERSON_CUE_BEFORE.test(before) || NAME_CUE_BEFORE_AT_END.test(before)) {
    score += 2;
    person = true;
  }
  if (AGE_AFTER.test(after) || ROLE_AFTER.test(after) || ROLE_APPOSITIVE.test(after) || CREDENTIAL_AFTER.test(after) || SPOUSE_AFTER.test(after)) {
    score += 2;
    person = true;
  }
  // "the Abernathy-Dlamini family", "the Oyelarans' household": a surname before a family noun.
  if (FAMILY_AFTER.test(after) && /\bthe\s+$/i.test(before)) {
    score += 2;
    person = true;
  }
  const last = words[words.length - 1];
  if (last.tail && POSSESSIVE_PERSON_NOUN.test(after)) {
    score += 1;
    person = true;
  }
  if (next && !next.capitalised && next.start - last.end === 1 && PERSON_VERBS.has(next.lower) && !COPULAS.has(next.lower)) {
    score += 1;
  }
  return { score, person };
}

/** "Kernberg's writing", "Miller and Rollnick", "Skovholt and Rønnestad on ...": an author, not a client. */
function isCitedTheory(before: string, after: string, words: readonly Token[], dictionaries: Dictionaries, someoneElse = false, sentenceHead = () => ''): boolean {
  // "Tobiah Klein" is not cited for holding a listed surname, only by the words around it.
  if (!someoneElse && words.some((w) => THEORISTS.has(w.lower) || THEORISTS.has(w.folded))) return true;
  const firstName = words.some((w) => dictionaries.isFirstName(w.folded));
  if (citesAfter(after, firstName) || THEORY_BEFORE_AT_END.test(before)) return true;
  // "CRAFT (Meyers and Wolfe)": authors in brackets after the name of a method.
  if (/\b(?:[A-Z]{2,}[\w-]*|therapy|treatment|model|approach|protocol|method|intervention|program|programme|scale|inventory|framework|[Aa]ssessment|measure|checklist|questionnaire|interview|screen|activation|emphasis|exercises?|technique)\s\((?:\p{Lu}[\p{L}'-]+\s(?:and|&)\s)?$/u.test(before)) return true;
  // "a preoccupied style in Bartholomew's terms", "a linking object in Volkan's sense": a surname owning terms.
  if (words.length === 1 && /\bin\s+$/.test(before) && /^'s\s+(?:terms|sense|framing|language|typology|vocabulary)\b/.test(after)) return true;
  // "what Maria Yellow Horse Brave Heart calls historical trauma": the name coins a term.
  if (/\bwhat\s+$/.test(before) && /^\s+(?:calls|called|terms|termed|names|named|describes|described|labels|labelled|labeled)\b/.test(after)) return true;
  // "I've been reading Appelbaum and Grisso on capacity and Pauline Boss on ambiguous loss": in a sentence
  // about reading, a name followed by "on <topic>" is an author even with a given name.
  if (firstName && THEORY_ON.test(after) && READING_SENTENCE.test(sentenceHead())) return true;
  // "Naomi Feil's validation approach", "Harriet Lerner's The Dance of Anger", "Harvey Chochinov's Dignity
  // Therapy": a full name owning a method or a title is an author.
  if (words.length > 1 && dictionaries.isFirstName(words[0].folded) && AUTHOR_POSSESSION.test(after)) return true;
  // "Butler's life review", "Worden's tasks": a surname alone owning a named method.
  if (words.length === 1 && (dictionaries.isName(words[0].folded) || !dictionaries.isEnglish(words[0].lower)) && AUTHOR_METHOD.test(after)) return true;
  // "Shear's PGDT": a surname (not a given name) owning an acronym-named method.
  if (words.length === 1 && !dictionaries.isFirstName(words[0].folded) && /^'s\s+[A-Z]{2,}[A-Za-z-]*\b/.test(after)) return true;
  const pairAfter = PAIR_AFTER.exec(after);
  if (pairAfter) {
    const partner = pairAfter[1];
    if (THEORISTS.has(partner.toLowerCase()) || citesAfter(after.slice(pairAfter[0].length), dictionaries.isFirstName(partner.toLowerCase()))) return true;
  }
  const pair = PAIR_BEFORE_AT_END.test(before) ? PAIR_BEFORE.exec(before) : null;
  // "Singh and Dickey on affirmative practice": two names joined and then "on <topic>" are authors.
  if (pair && THEORY_ON.test(after)) return true;
  // "a chapter by Huppert and Siev": the partner is cited, so this name is too.
  if (pair && THEORY_BEFORE_AT_END.test(before.slice(0, pair.index))) return true;
  const pairBefore = pair?.[1]?.toLowerCase();
  if (!pair || !pairBefore || !THEORISTS.has(pairBefore)) return false;
  // "Tobiah Klein and Uchenna Obi": the partner is somebody's full name, not the theorist.
  const given = /(\p{Lu}[\p{L}'-]+)\s+$/u.exec(before.slice(0, pair.index))?.[1]?.toLowerCase();
  return !(given && isOtherGivenName(given, pairBefore, dictionaries));
}

/** Theory phrasing after an author; "X on the ..." only counts for a word that is no first name. */
function citesAfter(after: string, firstName: boolean): boolean {
  // "Devon Okafor argued with his wife": after a given name, verbs people use every day cite nobody
  // unless a claim follows ("argued that ...").
  if (firstName && PERSON_CLAIM_VERB.test(after)) return false;
  return THEORY_AFTER.test(after) || (!firstName && THEORY_ON.test(after));
}

const NEGATED_AUXILIARIES = /^(?:is|was|does|did|has|had|wo|ca|would|could|should|are|were)n['’]t$/;
/** "my sponsor mark isn't picking up": the next token is a negated auxiliary (tokenised as "is" + "n't"). */
function negatedAfter(next: Token | undefined): boolean {
  return !!next && !next.capitalised && NEGATED_AUXILIARIES.test(next.text + next.tail);
}
const STRONG_LOWER_VERBS = new Set(['texted', 'emailed', 'messaged', "dm'd", 'cried', 'yelled', 'screamed', 'hugged', 'cancelled', 'canceled', 'no-showed', 'rescheduled']);
const TOWN_BEFORE_IN = /(?:,\s|\b(?:ctr|center|centre|st|rd|ave|avenue|street|road|lane|ln|way|blvd|dr|drive|ct|lives?|living|moved|grew up|staying|apartment|house|clinic|office|school|town|job|works|born|raised)|\b(?:cousin|cousins|aunt|uncle|grandma|grandmother|family|relatives|friends?)(?:\s[a-z]+)?)\s*$/;
const SIGN_OFF_BEFORE = /(?:[.!?]\s+|\n\s*|\b(?:thanks|thank you|best|cheers|regards|warmly|take care|talk soon)[,!]?\s+)$/i;
const OPENING_ADJECTIVES = new Set(['honest', 'candid', 'sincere', 'earnest', 'brief', 'quick', 'blunt']);
const NAME_VERB_ADVERBS = new Set('later also still just never always then often even already really now sometimes usually finally only actually eventually recently suddenly quietly immediately'.split(' '));
const INSTITUTION_VERBS = new Set('wants requires required needs allows allowed mandates caps counts licenses recognizes accepts has had is was does doesn\'t uses follows gives lets requires'.split(' '));
const VOCATIVE_AFTER = /^,\s+(?:you|you're|you've|your|i|we|replying|thanks|thank you|good question|great question|welcome|glad|quick|re|regarding|first|let's|here's|about|on your|for your|as for|to answer|to your|great work|nice work|good work)\b/i;
/** Words that open a sentence with a comma without addressing anyone ("Look, I ...", "Sorry, we ..."). */
const DISCOURSE_WORDS = new Set('um uh er ah look listen okay ok right sure well again also anyway still yes no yeah thanks sorry first second third finally so now then plus besides meanwhile otherwise instead ugh oh wow hmm sadly luckily'.split(' '));
const VOCATIVE_BEFORE = /(?:^|\n|[.:!?]\s)\s*(?:(?:hi|hey|dear|hello)\s+)?$/i;
const CALLED_AFTER = /^,\s+as\s+(?:she|he|they)\s+(?:asks|asked|prefers|preferred|likes|liked|wants|wanted)(?:\s+to\s+be\s+called\b|,)/;
const BY_AUTHOR_AFTER = /^(?:'s?|\s+(?:and|&)\s+\p{Lu}[\p{L}'-]+'s?)\s+(?:[A-Za-z-]+\s+){0,2}(?:model|theory|stages|framework|approach|method|typology)\b/u;
const READING_SENTENCE = /\b(?:read|reading|reread|rereading|re-reading|studying|literature|books?|chapters?)\b/i;
const AUTHOR_METHOD = /^'s?\s+(?:[A-Za-z-]+\s+){0,2}(?:Coping Cat|approach|version|adaptation|model|method|technique|protocol|review|stages|tasks|framework|theory|typology|paradigm|hierarchy|[Aa]ssessment|[Ss]cale|[Ii]nventory|[Mm]easure|[Cc]hecklist|reference|handbook|textbook|casebook|guide|memoir|memoirs|novel|essays?|poems?)\b/;
const AUTHOR_POSSESSION =
  /^'s?\s+(?:(?:[A-Za-z-]+\s+){0,2}(?:approach|model|method|technique|protocol|therapy|review|research|work|stages|tasks|concept|framework|theory|book|manual|writing|scale|paradigm|workbook)\b|(?:The|A|An)\s+\p{Lu}|\p{Lu}[\p{L}-]+(?:,?\s+(?:and\s+)?\p{Lu}[\p{L}-]+)*\s+(?:from|of|for|in|and|to|with|on)\s+\p{Lu}|(?:\p{Lu}[\p{L}-]+\s+){1,3}(?:Therapy|Model|Method|Approach|Technique|Protocol|Framework|Theory|Workbook|Manual)\b)/u;
const PERSON_CLAIM_VERB = /^\s+(?:argues|argued|suggests|suggested|notes|noted|describes|described|recommended|proposed|cautioned)\b(?!\s+(?:that|how|what|a|an|as|this|it)\b)/;

function placeKind(before: string, after: string, words: readonly Token[], dictionaries: Dictionaries, evidence: Evidence): Candidate | null {
  if (evidence.person) return null;
  const start = words[0].start;
  const end = words[words.length - 1].end;
  const last = words[words.length - 1];
  const strongCue = STRONG_PLACE_CUES_AT_END.some((cue) => cue.test(before)) || (RESIDENCE_GATE_AT_END.test(before) && RESIDENCE_CUES_AT_END.some((cue) => cue.test(before)));
  const weakCue = WEAK_PLACE_CUES_AT_END.test(before) ? WEAK_PLACE_CUES.exec(before) : null;
  const suffix = words.length > 1 && GEO_SUFFIXES.has(last.lower);
  const state = /^,\s(?:[A-Z]{2}\b|[A-Z][a-z]+)/.test(after) && isStateAfter(after);
  const lexical = Math.max(...words.map((w) => lexicalScore(w, dictionaries)));
  const place = (confidence: number) => candidate(PhiKind.LOCATION, start, end, confidence, Priority.PLACE);

  if (strongCue || state) return place(0.85);
  // "Hate in the Counter-Transference": words built like jargon are no place after a weak cue.
  if (!suffix && words.some((w) => JARGON_ENDING.test(w.lower)) && words.every((w) => isDerivedWord(w.lower, dictionaries) || dictionaries.isEnglish(w.lower))) return null;
  // "works for Tollgate Paving", "fired from Quillmark", "a job at Brindlewood": an employer, unless a person's given name.
  if (EMPLOYER_CUE_AT_END.test(before.slice(-40)) && !(words.length === 1 && dictionaries.isFirstName(words[0].folded) && !dictionaries.isEnglish(words[0].lower))) return place(0.8);
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

const JARGON_ENDING = /(?:ence|ance|tion|sion|ment|ness|ity|ism|ology)$/;

const EMPLOYER_CUE =
  /\b(?:route|routes|gig|deliveries|works?|worked|working|drives?|drove|driving|employed|hired|fired|laid off|let go|quit|resigned|retired|job|jobs|shifts?|manager|supervisor|intern(?:ship|ed|ing)?|position|career|promoted|clerk|cashier|waitress|waiter|server|barista|bartender|driver|mechanic|nurse|technician|warehouse|contract(?:or|ed)?|volunteers?|volunteering|employee|staff|cook|chef|line cook|dishwasher|host|hostess|teacher|aide|paraprofessional|paralegal|receptionist|janitor|custodian|stocker|packer|welder|electrician|plumber|carpenter|groomer|trainer|tutor|coach|coordinator|assistant|associate|accountant|dispatcher|foreman|operator|baker|butcher|stylist|[a-z]{3,}ist)\s+(?:at|for|from|by)\s+(?:the\s+)?$|\b(?:owns|owned|co-owns|co-owned|manages|managed)\s+$/i;

/** A test of a pattern anchored by `$` at its end. */
interface EndTest {
  test(text: string): boolean;
}

/**
 * `pattern` (anchored by `$` at its end) as a look-behind tried once, at the end of the text. V8 tries an
 * end-anchored alternation from every position of the window before a chain; the look-behind is matched
 * backwards from the end alone, with the same answers, several times faster on these cue patterns.
 */
function atEnd(pattern: RegExp): EndTest {
  if (pattern.multiline || pattern.global) throw new TypeError(`atEnd needs a pattern anchored at the very end: ${pattern}`);
  const lookBehind = new RegExp(`(?<=${pattern.source})`, pattern.flags + 'y');
  return {
    test(text: string): boolean {
      lookBehind.lastIndex = text.length;
      return lookBehind.test(text);
    },
  };
}

const EMPLOYER_CUE_AT_END = atEnd(EMPLOYER_CUE);
const THEORY_BEFORE_AT_END = atEnd(THEORY_BEFORE);
const WEAK_PLACE_CUES_AT_END = atEnd(WEAK_PLACE_CUES);
const STRONG_PLACE_CUES_AT_END = STRONG_PLACE_CUES.map(atEnd);
const RESIDENCE_GATE_AT_END = atEnd(RESIDENCE_GATE);
const RESIDENCE_CUES_AT_END = RESIDENCE_CUES.map(atEnd);
const PAIR_BEFORE_AT_END = atEnd(PAIR_BEFORE);
const CITATION_SHAPE_BEFORE_AT_END = atEnd(CITATION_SHAPE_BEFORE);
const LOWER_AGE_APPOSITIVE_AT_END = atEnd(LOWER_AGE_APPOSITIVE);
const NAME_CUE_BEFORE_AT_END = atEnd(NAME_CUE_BEFORE);
const NICKNAME_CUE_AT_END = atEnd(NICKNAME_CUE);
const CAPS_NICKNAME_BEFORE_AT_END = atEnd(CAPS_NICKNAME_BEFORE);
const PET_BEFORE_AT_END = atEnd(PET_BEFORE);
const LANGUAGE_OR_GAME_BEFORE_AT_END = atEnd(LANGUAGE_OR_GAME_BEFORE);
const LANGUAGE_PAIR_BEFORE_AT_END = atEnd(LANGUAGE_PAIR_BEFORE);

function isStateAfter(after: string): boolean {
  const m = /^,\s([A-Z]{2})\b|^,\s([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)/.exec(after);
  if (!m) return false;
  if (m[1]) return US_STATE_CODES.has(m[1]);
  return m[2].split(' ').every((w) => US_STATES.has(w.toLowerCase()));
}
