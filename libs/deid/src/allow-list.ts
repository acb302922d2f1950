/**
 * Capitalised words that are not identifiers in supervision posts, and the
 * vocabulary the recognisers use as context. All entries are lower-case.
 *
 * The lists are generic (calendar, geography, clinical vocabulary, the
 * theorists trainees cite), never strings taken from a corpus.
 */

import { AUTHOR_GIVEN_NAMES, AUTHOR_SURNAMES } from './cited-authors';
import { BRAND_WORDS, CULTURE_NAMES, CULTURE_WORDS, REGION_WORDS, SPORTS_TEAM_WORDS } from './common-vocabulary';

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Authors and theorists cited as theory; a surname here is not a client. */
export const THEORISTS = words(AUTHOR_SURNAMES + `
  rogers bordin beck kernberg horney miller masters rollnick sue yalom linehan freud jung adler winnicott
  klein kohut bowlby ainsworth mahler erikson piaget maslow perls satir bowen minuchin haley
  gottman safran muran norcross lambert wampold gelso hayes hill knox stern ellis herman kolk
  porges levine ogden shapiro foa resick ehlers barlow meichenbaum seligman bandura skinner
  pavlov wolpe lazarus glasser frankl fromm sullivan masterson racker searles heimann casement
  gabbard mcwilliams ponterotto helms falender shafranske bernard goodyear stoltenberg
  holloway ladany ivey egan carkhuff truax prochaska diclemente moyers kabat-zinn teasdale
  segal padesky greenberger kazantzis greenberg gendlin bion lacan fonagy bateman siegel
  neff gilbert germer brach brown chodron hanh tolle kubler-ross worden bonanno stroebe
  schut neimeyer young beck's linehan's watzlawick bateson white epston demille derosa
  burns kabat miklowitz fairburn lock grange eisler kaufman cozolino schore tronick
  bronfenbrenner vygotsky kohlberg gilligan marcia baumrind patterson mcgoldrick walsh
  hardy laszloffy comas-díaz comas-diaz vasquez nadal crenshaw hooks freire kernberg's
  benjamin luborsky strupp binder alexander french malan davanloo mann sifneos budman
  eagle wachtel yeomans clarkin levy fosha ecker hycner buber kierkegaard heidegger
  sartre tillich may bugental schneider van der kolk shedler westen blatt mitchell aron
  benjamin stolorow orange atwood renik hoffman jacobs ogden's kohut's rogers'
  rank otto perel najavits teyber lerner hendrix dana fisher schwartz erickson madanes
  shazer insoo berg epston andersen anderson goolishian hoffman papp boszormenyi-nagy
  whitaker nagy duncan sparks horvath tryon constantino eubanks goldfried castonguay
  orlinsky rønnestad ronnestad skovholt kottler corey yalom's leszcz bateman fonagy's
  allen kernberg clarkin yeomans young klosko weishaar dweck rosenberg beck's ellis's
  mahoney guidano greenberg's elliott watson paivio pascual-leone johnson's perel's
  chapman kübler-ross kubler doka rando attig klass parkes bowlby's ainsworth's main
  hesse siegel's dana's porges' van kolk's wachtel's messer mcgoldrick's carter
  axline landreth oaklander kottman courtois briere cloitre celenza gutheil tribole resch
  wilfley bruch deblinger mannarino fraiberg kazdin chorpita weisz barkley webster-stratton
  bromberg marlatt witkiewitz ferenczi balint guntrip fairbairn loewald sandler schnarch tatkin
  craske abramowitz rachman salkovskis borkovec dugas mennin roemer orsillo strosahl luoma nezu
  kanfer hofmann brazelton greenspan tronick's lieberman's stolorow's kohlberg's
  keith-spiegel tabachnick koocher welfel zur delworth milne shohet inskipp kadushin pedersen arredondo ratts
  atkinson boyd-franklin falicov kokotovic greenson zetzel kiesler maroda rothschild figley pearlman saakvitne
  mccann stamm leahy christensen selvini palazzoli lieberman eyberg tatarsky khantzian denning joiner jobes
  shneidman klonsky deurzen spinelli bollas mearns bozarth addams gitterman saleebey hepworth shulman wechsler
  millon exner rorschach achenbach conners mikulincer crittenden kornfield chödrön chodron csikszentmihalyi
  fredrickson festinger zimbardo milgram asch ledoux panksepp worell enns freedman imel hubble heppner whiston
  fuertes nagayama sommers-flanagan cormier nurius wubbolding beutler samstag tishby wiseman schacht aspland
  stahl zilcha-mano friedlander heatherington escudero sprenkle lebow pinsof doherty preto fishman papero
  titelman framo napier seikkula silverstein pope hays jacobson reamer gurman sperry dryden bloom
  turk mccracken vowles gatchel melzack keefe vlaeyen linton andrews bonta verrier glass cacioppo
  yochelson samenow rumi hafiz rilke gibran confucius seneca epictetus nietzsche camus kafka dostoevsky tolstoy thoreau
  feil grayson steketee mcminn worthington pargament chochinov suárez-orozco suarez-orozco maudsley needham tolin frost
`);

/**
 * Given names of listed theorists ("Melanie Klein", "Carl Rogers"): a listed surname after
 * any other given name ("Tobiah Klein", "Grant Holloway") is somebody's name, not a citation.
 */
export const THEORIST_GIVEN_NAMES: ReadonlyMap<string, ReadonlySet<string>> = givenNamesBySurname(
  AUTHOR_GIVEN_NAMES +
  `
  rogers:carl beck:aaron,judith klein:melanie johnson:sue,susan yalom:irvin linehan:marsha bowlby:john
  ainsworth:mary winnicott:donald kohut:heinz kernberg:otto horney:karen herman:judith kolk:bessel
  levine:peter ogden:pat porges:stephen dana:deb foa:edna resick:patricia shapiro:francine frankl:viktor
  ellis:albert bandura:albert seligman:martin maslow:abraham perls:fritz satir:virginia bowen:murray
  minuchin:salvador haley:jay gottman:john,julie safran:jeremy muran:christopher bordin:edward norcross:john
  wampold:bruce lambert:michael hill:clara gelso:charles hayes:jeffrey,steven,steve miller:william,bill
  rollnick:stephen sue:derald,david neff:kristin gilbert:paul germer:christopher brach:tara
  brown:brene,brené,laura kabat-zinn:jon segal:zindel williams:mark teasdale:john burns:david wilson:kelly
  strosahl:kirk young:jeffrey,jeff fonagy:peter bateman:anthony bion:wilfred lacan:jacques freud:sigmund,anna
  jung:carl adler:alfred erikson:erik piaget:jean vygotsky:lev bronfenbrenner:urie gilligan:carol
  kohlberg:lawrence kubler-ross:elisabeth worden:william bonanno:george neimeyer:robert doka:kenneth
  rando:therese sullivan:harry fromm:erich rank:otto perel:esther najavits:lisa courtois:christine
  briere:john cloitre:marylene celenza:andrea gutheil:thomas gabbard:glen mcwilliams:nancy shedler:jonathan
  mitchell:stephen aron:lewis benjamin:jessica stolorow:robert siegel:daniel,dan schore:allan cozolino:louis
  tronick:edward,ed pope:kenneth,ken hays:pamela helms:janet ponterotto:joseph falender:carol
  shafranske:edward bernard:janine goodyear:rodney holloway:elizabeth ladany:nicholas ivey:allen egan:gerard
  prochaska:james diclemente:carlo moyers:theresa white:michael epston:david shazer:steve berg:insoo
  mcgoldrick:monica walsh:froma hardy:ken,kenneth oaklander:violet landreth:garry axline:virginia
  kottman:terry greenberg:leslie gendlin:eugene horvath:adam eubanks:catherine marlatt:alan mate:gabor
  barkley:russell kazdin:alan webster-stratton:carolyn baker-miller:jean jordan:judith
  sue:wing bloom:sandra jobes:david joiner:thomas shneidman:edwin klonsky:david koocher:gerald keith-spiegel:patricia
  tabachnick:barbara welfel:elizabeth zur:ofer figley:charles pearlman:laurie saakvitne:karen stamm:beth rothschild:babette
  kadushin:alfred shulman:lawrence saleebey:dennis addams:jane hepworth:dean falicov:celia boyd-franklin:nancy
  pedersen:paul arredondo:patricia ratts:manivong atkinson:donald kiesler:donald maroda:karen bollas:christopher
  greenson:ralph zetzel:elizabeth khantzian:edward tatarsky:andrew denning:patt leahy:robert christensen:andrew
  lieberman:alicia eyberg:sheila wechsler:david millon:theodore exner:john rorschach:hermann achenbach:thomas
  conners:keith mikulincer:mario crittenden:patricia kornfield:jack chödrön:pema chodron:pema csikszentmihalyi:mihaly
  fredrickson:barbara festinger:leon zimbardo:philip milgram:stanley asch:solomon ledoux:joseph panksepp:jaak
  worell:judith enns:carolyn freedman:jill imel:zac hubble:mark heppner:mary whiston:susan fuertes:jairo
  nagayama:gordon sommers-flanagan:john,rita cormier:sherry nurius:paula wubbolding:robert beutler:larry
  friedlander:myrna doherty:william fishman:charles framo:james napier:augustus seikkula:jaakko silverstein:olga
  hays:pamela jacobson:neil reamer:frederic gurman:alan sperry:len dryden:windy mcwilliams:nancy axline:virginia
  yeomans:frank clarkin:john fosha:diana ecker:bruce teyber:edward lerner:harriet hendrix:harville schwartz:richard
  erickson:milton madanes:cloe berg:insoo goolishian:harry anderson:harlene papp:peggy whitaker:carl
  horvath:adam tryon:georgiana constantino:michael goldfried:marvin castonguay:louis orlinsky:david
  skovholt:thomas ronnestad:michael rønnestad:michael kottler:jeffrey corey:gerald leszcz:molyn klosko:janet
  weishaar:marjorie dweck:carol rosenberg:marshall mahoney:michael guidano:vittorio elliott:robert watson:jeanne
  paivio:sandra pascual-leone:antonio chapman:gary rando:therese attig:thomas parkes:colin main:mary hesse:erik
  carter:betty kottman:terry courtois:christine cloitre:marylene briere:john deblinger:esther mannarino:anthony
  fraiberg:selma kazdin:alan chorpita:bruce weisz:john bromberg:philip witkiewitz:katie ferenczi:sandor
  balint:michael guntrip:harry fairbairn:ronald loewald:hans sandler:joseph schnarch:david tatkin:stan
  craske:michelle abramowitz:jonathan rachman:stanley salkovskis:paul borkovec:thomas dugas:michel mennin:douglas
  roemer:lizabeth orsillo:susan strosahl:kirk luoma:jason nezu:arthur kanfer:frederick hofmann:stefan
  brazelton:t greenspan:stanley tronick:edward barlow:david meichenbaum:donald padesky:christine greenberger:dennis
  kabat-zinn:jon teasdale:john segal:zindel ehlers:anke wolpe:joseph lazarus:arnold,richard glasser:william
  fromm:erich sullivan:harry racker:heinrich searles:harold heimann:paula casement:patrick gabbard:glen
  bernard:janine goodyear:rodney stoltenberg:cal ladany:nicholas ivey:allen,mary carkhuff:robert truax:charles
  diclemente:carlo moyers:theresa greenberg:leslie gendlin:eugene siegel:daniel,dan neff:kristin gilbert:paul
  germer:christopher tolle:eckhart hanh:thich worden:william bonanno:george stroebe:margaret schut:henk
  neimeyer:robert young:jeffrey white:michael epston:david demille:rob derosa:ric burns:david miklowitz:david
  fairburn:christopher lock:james grange:daniel eisler:ivan kaufman:gershen cozolino:louis schore:allan
  bronfenbrenner:urie vygotsky:lev kohlberg:lawrence gilligan:carol marcia:james baumrind:diana patterson:gerald
  mcgoldrick:monica walsh:froma hardy:kenneth,ken laszloffy:tracey vasquez:melba nadal:kevin crenshaw:kimberlé
  hooks:bell freire:paulo benjamin:jessica luborsky:lester strupp:hans binder:jeffrey malan:david davanloo:habib
  mann:james sifneos:peter budman:simon wachtel:paul levy:kenneth buber:martin kierkegaard:søren heidegger:martin
  sartre:jean-paul tillich:paul may:rollo bugental:james schneider:kirk shedler:jonathan westen:drew blatt:sidney
  mitchell:stephen aron:lewis stolorow:robert orange:donna atwood:george renik:owen hoffman:irwin jacobs:theodore
  perel:esther rank:otto najavits:lisa teyber:edward lerner:harriet fisher:janina schwartz:richard
  verrier:nancy glass:shirley turk:dennis mccracken:lance andrews:don bonta:james cacioppo:john melzack:ronald
  gatchel:robert keefe:francis vlaeyen:johan linton:steven vowles:kevin feil:naomi grayson:jonathan
  steketee:gail mcminn:mark worthington:everett pargament:kenneth chochinov:harvey suárez-orozco:carola
  suarez-orozco:carola needham:dale tolin:david benjamin:lorna comas-díaz:lillian comas-diaz:lillian frost:randy
  butler:robert
`
);

/** Parses "surname:given,given" entries; a surname listed twice keeps every given name. */
function givenNamesBySurname(list: string): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const entry of list.trim().split(/\s+/)) {
    const [surname, given] = entry.split(':');
    const names = map.get(surname) ?? new Set<string>();
    for (const name of given.split(',')) names.add(name);
    map.set(surname, names);
  }
  return map;
}

/** Words that only ever come before a theorist ("van der Kolk"). */
export const THEORY_PARTICLES = words('van der de von');

/** Months and their abbreviations. */
export const MONTHS = words(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

export const WEEKDAYS = words(`
  monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays
  thursdays fridays saturdays sundays
`);

/** Words that open sentences and never belong to the name after them ("When Hunter ..."). */
export const SENTENCE_OPENERS = words(`
  i you he she it we they me him them us someone everyone nobody somebody anyone
  when then later also and but so if maybe honestly now last next still even only since after
  before while because although though once sometimes apparently obviously meanwhile
  unfortunately luckily recently afterwards lately eventually finally initially yes no oh
  poor dear both every each my our her his their the a an this that these those tell ask
  let today yesterday tonight tomorrow however instead again sadly thankfully clearly
  basically anyway also plus or nor yet until unless whether what where why how who which
  whenever wherever whatever did does do is was has had have can could will would should
  might must
`);

export const SEASONS = words('spring summer fall autumn winter');

export const US_STATES = words(`
  alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
  hawaii hawaiʻi hawai'i idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
  michigan minnesota mississippi missouri montana nebraska nevada new hampshire jersey mexico
  york north carolina dakota ohio oklahoma oregon pennsylvania rhode island south tennessee
  texas utah vermont virginia washington west wisconsin wyoming columbia puerto rico guam
`);

/** Postal abbreviations, upper-case as written. */
export const US_STATE_CODES = new Set(
  `AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY
   NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI`
    .trim()
    .split(/\s+/),
);

export const COUNTRIES_AND_REGIONS = words(REGION_WORDS + `
  afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahamas
  bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil
  bulgaria burkina faso burundi cambodia cameroon canada chad chile china colombia congo
  costa rica croatia cuba cyprus czechia czech denmark djibouti dominica dominican ecuador
  egypt salvador el eritrea estonia eswatini ethiopia fiji finland france gabon gambia germany
  ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia
  iran iraq ireland israel italy ivory jamaica japan jordan kazakhstan kenya korea kosovo kuwait
  kyrgyzstan laos latvia lebanon lesotho liberia libya lithuania luxembourg madagascar malawi
  malaysia maldives mali malta mauritania mauritius mexico moldova mongolia montenegro morocco
  mozambique myanmar burma namibia nepal netherlands holland zealand nicaragua niger nigeria
  macedonia norway oman pakistan palestine panama papua paraguay peru philippines poland
  portugal qatar romania russia rwanda samoa saudi arabia senegal serbia sierra leone singapore
  slovakia slovenia somalia sudan spain sri lanka suriname sweden switzerland syria taiwan
  tajikistan tanzania thailand togo tonga trinidad tobago tunisia turkey turkmenistan uganda
  ukraine emirates uae uk usa america britain england scotland wales uruguay uzbekistan
  venezuela vietnam yemen zambia zimbabwe africa asia europe oceania antarctica caribbean
  midwest appalachia scandinavia balkans latin middle east central southeast pacific atlantic
  mediterranean siberia kurdistan tibet gaza hong kong
`);

/** Nationalities, peoples, languages, faiths and identity terms. */
export const GROUPS = words(CULTURE_WORDS + `
  american americans african asian european latina latino latinx latine hispanic indigenous bhutanese hawaiian islamic jew jews
  native caucasian black white brown arab arabic jewish muslim christian catholic protestant
  mormon baptist methodist lutheran evangelical orthodox hindu buddhist sikh quaker amish
  english spanish french german italian polish russian ukrainian chinese mandarin cantonese
  japanese korean vietnamese filipino tagalog thai hmong khmer lao laotian burmese indian
  pakistani bangladeshi nepali tibetan punjabi hindi urdu bengali tamil telugu gujarati
  persian farsi dari pashto afghan iranian iraqi syrian lebanese palestinian israeli turkish
  kurdish armenian greek portuguese brazilian mexican guatemalan salvadoran honduran
  nicaraguan cuban dominican puerto rican haitian jamaican colombian venezuelan peruvian
  chilean argentinian ecuadorian bolivian nigerian ghanaian kenyan ethiopian eritrean
  somali sudanese congolese yoruba igbo hausa swahili amharic irish scottish welsh british
  canadian australian dutch swedish norwegian danish finnish czech slovak hungarian romanian
  bulgarian serbian croatian bosnian albanian egyptian moroccan algerian tunisian libyan
  pentecostal adventist episcopalian presbyterian anglican unitarian jehovah's witnesses
  charismatic coptic sunni shia shiite sufi wiccan pagan agnostic atheist mennonite
  yemeni saudi navajo cherokee lakota ojibwe latin hebrew yiddish creole asl deaf lgbtq
  lgbtqia queer trans two-spirit bipoc poc southern northern western eastern
  midwestern gen-z boomer millennial
  islam christianity judaism buddhism hinduism sikhism catholicism protestantism mormonism taoism
  shinto jainism bahai baha'i santeria santería vodou voodoo rastafari candomble candomblé wicca
  paganism atheism agnosticism evangelicalism pentecostalism methodism jehovah maronite melkite chaldean syriac
  k'iche' k'iche kiche quiche mam q'eqchi' q'eqchi kaqchikel mixtec zapotec nahuatl aymara garifuna tzotzil tzeltal
  triqui chuj akateko ixil otomi purepecha
`);

/**
 * Capitalised words of the trade and of daily life that are never names:
 * roles and titles, modalities, holidays, brands people mention in passing.
 */
export const COMMON_CAPITALISED = words(`
  tel tel. fax ph phone cell email e-mail attn cc bcc ext sư thầy virgen lt sgt capt det cpl pvt maj
  chamorro samoan tongan fijian marshallese chuukese palauan fr meds dx rx hx sx tx fx ddx hpi pmh social insomnia kid yeah swiss wi-fi wifi malaysian indonesian singaporean bruneian yep yup nope nah
  está estoy bien gracias señora señor dios mío pues bueno claro tía tia tío tio prima primo hermana hermano mamá papá mommy daddy madame monsieur
  dziadek babcia abuela abuelo abuelita abuelito nonna nonno oma opa bubbe zayde halmeoni harabeoji nani dadi abuelos
  texan texans californian floridian oklahoman ohioan michigander minnesotan alaskan arizonan coloradan nevadan
  oregonian virginian carolinian tennessean kentuckian louisianan mississippian missourian iowan kansan nebraskan
  montanan utahn idahoan vermonter new yorker bostonian chicagoan philadelphian appalachian midwesterner southerner
  glock ruger beretta remington
  tarasoff
  client clients therapist supervisor supervisee trainee intern doctor dr mr mrs ms mx rev
  prof mom mum dad mama papa grandma grandpa nana granny auntie uncle sis bro sir madam miss
  doc court nurse officer judge coach pastor father mother sister brother reverend rabbi imam counselor
  psychiatrist psychologist attending resident fellow dean principal professor teacher
  session sessions week day month year today tomorrow yesterday tonight morning evening
  god jesus christ allah lord bible quran torah scripture heaven satan buddha church
  christmas easter thanksgiving hanukkah passover ramadan eid diwali halloween valentine's
  valentines kwanzaa juneteenth lent advent yom kippur rosh hashanah mother's father's
  masshealth medi-cal soonercare badgercare tenncare kancare mainecare peachcare ahcccs minecraft roblox fortnite
  medicaid medicare tricare cobra hipaa ferpa  fmla dsm icd cpt ssi ssdi snap wic
  zoom google gmail facebook instagram tiktok snapchat twitter youtube whatsapp signal
  telegram discord reddit linkedin venmo paypal zelle cashapp iphone android ipad teams
  skype doxy doximity simplepractice therapynotes psychology today netflix spotify uber
  lyft wikipedia internet web covid covid-19 coronavirus ok okay hi hello hey thanks dear
  motivational interviewing cognitive behavioral behavioural activation therapy dialectical acceptance
  commitment narrative gestalt socratic freudian jungian rogerian adlerian kleinian
  bowenian oedipal likert axis level tier part step stage phase module chapter appendix
  ph.d phd psyd lcsw lpc lmft lmhc msw mft md rn np pa lcpc lpcc edd
  emdr dbt cbt act ifs eft cpt pe tf-cbt mbct mbsr cft sfbt
  internal family systems emotion-focused schema solution-focused psychodynamic
  person-centered person-centred client-centered humanistic existential
  working alliance inventory outcome rating scale questionnaire inventory checklist
  beck's axis ii iii iv
  i i'm i've i'd i'll he she they we you it him them us hers theirs someone somebody anyone anybody everyone everybody nobody mine yours ours
  alcoholics narcotics anonymous al-anon alateen smart recovery celebrate army navy marines
  marine corps air force coast guard national guard reserves peace americorps
  cps dcfs dss ice uscis fbi irs dmv ssa hud fema cdc fda nih samhsa nami apa aca acs nasw
  alzheimer alzheimer's parkinson parkinson's huntington huntington's asperger asperger's tourette tourette's
  crohn crohn's hashimoto hashimoto's lyme korsakoff wernicke lewy cushing cushing's addison's graves'
  achilles oedipus oedipal narcissus sisyphus icarus prometheus odysseus hercules medusa pandora thanatos
  vanderbilt conners basc
  genesis exodus leviticus deuteronomy psalms proverbs ecclesiastes lamentations corinthians galatians ephesians
  philippians colossians thessalonians hebrews revelation revelations psalm romans gehrig gehrig's job
  siri cortana bixby fitbit pt pts valorant overwatch warzone pokemon pokémon zelda genshin tinder bumble
  grindr twitch xbox playstation nintendo duolingo headspace
`);

/** Medication brand names, capitalised in notes and never names. */
export const MEDICATIONS = words(`
  clomid femara letrozole menopur ovidrel follistim lupron
  seroquel zoloft prozac lexapro celexa paxil wellbutrin effexor cymbalta abilify risperdal zyprexa
  lamictal depakote lithobid xanax klonopin ativan valium ambien adderall ritalin concerta vyvanse
  zubsolv strattera suboxone subutex sublocade vivitrol narcan chantix buspar desyrel remeron latuda vraylar
  rexulti geodon haldol clozaril invega trintellix pristiq spravato auvelity zurzuvae zulresso brexanolone zuranolone antabuse
  campral topamax neurontin lyrica minipress inderal tenex intuniv kapvay qelbree focalin dexedrine
  desoxyn provigil nuvigil belsomra lunesta sonata rozerem silenor ozempic wegovy mounjaro
  synthroid tylenol advil motrin benadryl lithium prazosin trazodone gabapentin naltrexone
  sertraline fluoxetine escitalopram citalopram paroxetine bupropion venlafaxine duloxetine
  aripiprazole quetiapine risperidone olanzapine lamotrigine lorazepam clonazepam alprazolam
  diazepam zolpidem methylphenidate amphetamine atomoxetine buprenorphine methadone
  meth fent fenty oxy oxys percs perc addy benzos benzo xannies bars shrooms ketamine lsd dmt
`);

/** Abbreviated titles before a name, written with or without a full stop ("Dr. Solberg"). */
export const TITLE_ABBREVIATIONS = words('dr mr mrs ms mx rev prof fr sr sra srta sgt lt capt det gov sen rep');

/** Titles written out, which count only when capitalised ("Officer Pettibone", "Aunt Rosa"). */
export const TITLE_WORDS = words(`
  officer judge nurse coach pastor rabbi imam reverend professor detective sergeant
  lieutenant captain deacon bishop elder brother sister father mother aunt auntie uncle
  grandma grandpa abuela abuelo tia tio doctor principal dean counselor
`);

/** Nouns after which a following name is a person ("her son Eli", "my client, devon"). */
export const PERSON_CUES = words(`
  client clients patient son daughter sister brother mom mother dad father wife husband
  partner boyfriend girlfriend fiance fiancé fiancee fiancée ex friend friends cousin aunt
  uncle niece nephew grandson granddaughter grandmother grandfather grandma grandpa
  stepson stepdaughter stepmother stepfather stepmom stepdad sibling twin roommate boss
  coworker co-worker colleague manager teacher officer caseworker worker therapist
  psychiatrist doctor physician nurse neighbor neighbour kid kids child baby toddler teen
  spouse named called nicknamed goes by sup supe trainee supervisee classmate student counselor counsellor
  clinician prescriber provider sponsor pastor attorney lawyer advocate pt member name peer sisters brothers
  sons daughters cousins siblings po co-leader coleader co-therapist cotherapist co-facilitator cofacilitator
  seeing treating person supervisor intern owner landlord landlady employer priest principal director coordinator aide mentor tutor babysitter nanny
  stylist barber mechanic coach trainer teammate deacon interpreter translator resident stepbrother stepsister half-brother half-sister stepbrothers stepsisters grandkid grandchild godmother
  godfather godson goddaughter great-grandmother great-grandfather great-grandma great-grandpa great-aunt great-uncle
  great-grandson great-granddaughter great-grandkid great-grandchild ex-husband ex-wife ex-boyfriend ex-girlfriend ex-partner bro sis
  doula midwife dietitian nutritionist captain abuelo abuela abuelita abuelito mother-in-law father-in-law sister-in-law
  brother-in-law son-in-law daughter-in-law
`);

/** Adjectives that may sit between a person cue and the name ("her little sister kaylee"). */
export const CUE_FILLERS = words(`
  little older younger big baby twin new former late eldest oldest youngest middle best of
  adult teenage teen 15yo 16yo 17yo step half ex- 's is was
`);

/** Verbs that, right after a capitalised word, make it a person. */
export const PERSON_VERBS = words(`
  said says told tells asked asks texted texts called calls emailed emails wrote writes
  cried cries laughed laughs admitted admits reported reports denied denies mentioned
  mentions insisted insists explained explains started starts stopped stops missed misses
  cancelled canceled cancels came comes arrived arrives left leaves lives lived works worked
  wants wanted feels felt thinks thought seems seemed got gets went goes brought brings
  agreed agrees refused refuses shared shares disclosed discloses showed shows sent sends
  lost loses turned turns became becomes described describes messaged messages hugged
  yelled shouted screamed whispered smiled apologized apologised struggles struggled
  looks looked walked walks sat sits stood stands hasn't hadn't didn't doesn't isn't wasn't
  reminds hates loves knows worries worried tried tries joined met saw relapsed drinks drank wears wore
  pays paid drives keeps kept
  won't can't will would could should might may must has had is was
`);

/** Verbs only people do: after one, even a first name that is a word (Hope, Summer) is a person. */
export const SPEECH_VERBS = words(`
  said says told tells asked asks texted texts emailed emails messaged cried cries wept weeps sobbed sobs posts posted vents vented
  laughed laughs admitted admits denied denies insisted insists explained explains apologized apologised
  apologizes apologises whispered whispers shouted shouts screamed screams yelled yells smiled smiles
  shrugged shrugs nodded nods joked jokes complained complains confided confides disclosed discloses
  replied replies answered answers snapped snaps sighed sighs stormed storms hugged hugs
`);

/** Particles written inside names ("Ní Bhriain", "van der Heijden", "binti Rahman", "de la Cruz"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['Ó', 'O', 'Ní', 'Nic', 'Mac', 'Ua', 'ó', 'ní', 'mac', 'nic', 'de', 'dela', 'da', 'do', 'dos', 'das', 'di', 'del', 'della', 'du', 'van', 'von', 'der', 'den', 'ter', 'ten', 'bin', 'ibn', 'bint', 'binti', 'binte', 'bte', 'al', 'el', 'le', 'la', 'los', 'las', 'y']);

/**
 * Given names missing from the shipped first-name list that people use (nicknames that are words), and
 * the commonest Vietnamese surname and Hmong given name, which the lists lack ("Lê", "Pa").
 */
export const EXTRA_FIRST_NAMES = words('art ace skip ana le pa bo jj tj cj aj pj rj kj mj bj');

/** Common short surnames missing from the shipped surname list ("Ng", "Ly"). */
export const EXTRA_LAST_NAMES = words('ng ly');

/** Clipped words of clinic talk missing from the shipped English list ("tech support", "the endo clinic"). */
export const EXTRA_ENGLISH_WORDS = words('daycare mommy daddy stoic bio bios callback okayest ip ips fax faxes url urls tech techs endo rehab detox inpatient meds telehealth juvie hospice ortho neuro peds derm cardio onc gyn obgyn uro pulm nephro rheum heme');

/** Chat shorthand that the name lists happen to hold ("tho", "imo"): never a lower-case name. */
export const CHAT_WORDS = words('tho imo yo yea ya bc btw tbh idk lol lmao haha xoxo omg nvm smh ngl rn fyi jk pls plz thx lmk ok hmm ugh pt pts dx hx rx tx sx fx bx abt smth rly obvs tmrw ppl');

/** Past tenses people act in that no suffix rule spots ("Matt shut down", "tomás took the car"). */
export const IRREGULAR_PAST = words(
  'took got came went left ran drove brought sent made gave saw met told said began broke caught fell felt found forgot held hid hit kept knew lost paid put quit rode sat slept spent stole stood threw won wrote shut cut let set hurt blew bit chose drank ate flew fought grew hung lay led lent rang rose sang sank shook sold spoke swore swam taught tore woke wore',
);

/** Assistants and brands that are also given names: a person only with person context. */
export const BRAND_NAMES = words('alexa ' + BRAND_WORDS + CULTURE_NAMES);

/** Nicknames of sports teams (see `SPORTS_TEAM_WORDS`). */
export const SPORTS_TEAMS = words(SPORTS_TEAM_WORDS);

/** Capitalised phrases of daily life whose words are names too ("Boy Scout", "Big Sister"). */
export const COMMON_PHRASES = words(`
  dodo_bird coping_cat star_wars gulf_war world_war civil_war cold_war big_deal
  boy_scout boy_scouts girl_scout girl_scouts eagle_scout cub_scout cub_scouts big_brother big_sister big_brothers
  good_samaritan holy_spirit holy_ghost mother_nature santa_claus tooth_fairy uncle_sam jane_doe john_doe
  prince_charming peter_pan sunday_school sunday_mass live_scan little_league amazing_grace goodnight_moon rat_park
  jim_crow red_sox white_sox good_will big_ten big_east drag_race sugar_plum strange_situation premier_league world_cup real_madrid still_alice lorna_doone lorna_doones mrs_doubtfire soviet_union serenity_prayer night_lights eid_al-fitr eid_al-adha eid_mubarak chicago_fire hollow_knight lady_bird po_po john_deere coors_light coors_lights
`);

/** Location cues strong enough to make any capitalised phrase after them a place. */
export const STRONG_PLACE_CUES: readonly RegExp[] = [
  /\b(?:lives?|living|lived|resides?|residing|based|raised|grew up|born|settled|stays?|staying|located|stationed|relocat(?:ed|ing)|moved|moving|move|commutes?|commuting|drives?|drove|flew|returned|went back|back home)\s+(?:in|to|from|near|outside(?: of)?)\s+$/i,
  /\b(?:town|city|village|county|neighbou?rhood|suburb|borough|township|hamlet|community) of\s+$/i,
  /\b(?:immigrated|emigrated|fled|came|comes|is|was|are|were|originally)\s+from\s+$/i,
  /\b(?:leaving|leave|leaves|left|headed|heading|bound|bus|flight|ticket|trip)\s+(?:for|to)\s+$/i,
  // "her uncle's shop, Sandhu Brothers Tile": a business named in apposition.
  /\b(?:shop|store|restaurant|business|company|firm|salon|bakery|garage|diner|caf[eé]|bar|pub|gym|practice|agency|employer|workplace|school|church|mosque|temple|facility|nursing home|care home|shelter|hospital|clinic|neighbou?rhood|hometown|town|village|suburb|reservation|pueblo|car wash|gas station|laundromat|body shop|dealership|warehouse|factory|plant|motel|hotel|pharmacy|daycare|barbershop|bodega|taqueria|pizzeria|food truck|grocery|supermarket|nail salon|brewery|bookstore|boutique|kennel)\s*,\s+$/i,
];

/**
 * Where someone lives or is cared for: tested only when the text before ends in at/into/of/in
 * (see {@link RESIDENCE_GATE}), since these end-anchored alternations are dear on every chain.
 */
export const RESIDENCE_CUES: readonly RegExp[] = [
  // "moved into Heron's Rest", "lives at Maple Court", "a resident of Linden Place": where someone lives.
  /\b(?:lives?|living|lived|resides?|residing|stays?|staying|placed|admitted|transferred|moved|moving|discharged|resident|residents)\s+(?:at|into|in to|of)\s+(?:the\s+)?$/i,
  // "memory care at Heron's Rest", "hospice at Stillwater": a named care setting with no head word.
  /\b(?:memory care|assisted living|nursing home|care home|group home|hospice|rehab|respite|skilled nursing|long-term care|detox|sober living|halfway house|residential(?: treatment)?|foster care|inpatient|day program|adult day)\s+(?:at|in)\s+(?:the\s+)?$/i,
];
export const RESIDENCE_GATE = /\b(?:at|into|to|of|in)\s+(?:the\s+)?$/;

/** Prepositions after which an unknown capitalised phrase is probably a place. */
export const WEAK_PLACE_CUES = /\b(?:in|near|outside|around|from|to|at|toward|towards|across|through|past|beyond)\s+(?:the\s+)?$/i;

/** Last words that make a phrase a place ("Pellston Ridge", "Dunmore Falls"). */
export const GEO_SUFFIXES = words(`
  park ridge heights hills hill valley springs spring falls junction landing harbor harbour
  bend creek lake lakes point beach bay grove village township county city crossing hollow
  glen meadows meadow woods port haven bluff bluffs cove fork forks ferry station plains
  mills mill corner corners shores shore gardens estates acres terrace vista view square
  summit canyon mesa butte buttes draw coulee gulch arroyo flats rapids island islands isle pines oaks cliffs brook run gap
  wharf pier quay docks marsh bottoms bottom ford prairie
  borough parish district quarter ward manor commons
`);

/** Phrases that mean the capitalised name before them is an author being cited. */
export const THEORY_AFTER = /^(?:'s?\s+(?:[a-z-]+\s+){1,2}(?:framework|theory|paradigm|typology)\b|'s?\s+"[a-z]|\s+(?:warn|warns|warned|found|find|finds|show|shows|showed|note|notes|noted|suggest|suggests|write|writes|wrote|describe|describes|remind|reminds|caution|cautions)\s+(?:us\s+)?that\b|'s?\s+(?:(?:early|later|original|classic|seminal)\s+)?(?:writing|writings|ideas?|theory|theories|model|framework|framing|concepts?|notion|stages|book|books|research|formulation|papers?|chapter|articles?|term|distinction|critique|protocol|manual|work\s+on)\b|\s+(?:and\s+colleagues|et\s+al|on\s+the(?!\s+(?:chart|record|records|phone|unit|floor|list|roster|schedule|waitlist|form|forms|call|line|team|case|way|bus|street|weekend|weekends|\d{1,2}(?:st|nd|rd|th)|day|night|morning|evening|first|last|next|same|other|intake|paperwork|forms|referral|spot|job|side|ward|waiting|board)\b)|would\s+(?:probably\s+)?(?:say|tell|argue|call|suggest|frame|see|want|recommend|remind|ask|encourage|emphasi[sz]e|point|push|start|focus|stress|urge|warn|insist|note|describe|name|label|read|normali[sz]e|reframe|interpret|challenge|caution|validate|invite)|recommends|recommended|proposes|proposed|emphasi[sz]es|emphasi[sz]ed|cautions|cautioned|advocates|advocated|coined|conceptuali[sz]es|conceptuali[sz]ed|argues|argued|describes|described|suggests|suggested|notes|noted|puts\s+it|wrote\s+about|writes\s+about|write\s+about|warns?\s+about|wrote\s+on|writes\s+on|write\s+on|calls\s+this|and\s+other\s+(?:[a-z-]+\s+)?(?:writers|authors|researchers|clinicians|theorists|scholars)|and\s+\p{Lu}[\p{L}'-]+'s\s+(?:[a-z-]+\s+){0,2}(?:reference|handbook|textbook|casebook|guide|chapter|article|study|paper|text|edition|review|assessment|scale|inventory|measure))\b|\s*\((?:19|20)\d\d[a-z]?\)|\s+and\s+\p{Lu}[\p{L}'-]+(?:'s?\s+(?:[A-Z]{2,}\s+)?(?:work|model|theory|framework|book|research|writing|approach|concepts?|ideas?)\b|\s+\((?:19|20)\d\d[a-z]?\)))/iu;

/** Phrases that mean the capitalised name after them is an author being cited. */
export const THEORY_BEFORE = /\b(?:reading|read|reread|rereading|re-reading|according to|citing|quoted|quoting|quotes|as described by|drawing on|draws on|drew on|building on|(?<!\b(?:i'm|am|are|is|was|were|been|we're|they're|be)\s)following|(?:informed|influenced|inspired)(?:\s+(?:partly|partially|largely|mostly|heavily|loosely|deeply|in part))?\s+by|in the tradition of|as|(?:chapter|book|paper|article|study|studies|review|meta-analysis|analysis|trial|work|workbook|manual|text|piece|talk|podcast|essay)s?\s+by|(?:model|framework|typology|approach|method|theory|stages)\s+(?:by|from)(?:\s+\p{Lu}[\p{L}'-]+\s+(?:and|&))?|(?:written|edited|developed|coined|described)\s+by|per|(?:reading|literature|books?)\s+beyond)\s+$/iu;
