import { COMMON_CAPITALISED, COUNTRIES_AND_REGIONS, GROUPS, MONTHS, THEORIST_GIVEN_NAMES, THEORISTS, US_STATE_CODES, US_STATES, WEEKDAYS } from '../allow-list';
import { matchesAt, matchesOf } from '../matches';
import { codeAt } from '../tokens';
import { PhiKind } from '../phi-kind';
import { Candidate, candidate, Priority } from './candidate';

/** A capitalised word, "St." / "Mt." abbreviations, or a possessive ("Brigid's"). */
const CAP = String.raw`(?:St\.|Mt\.|Ft\.|Bros\.|[\p{Lu}][\p{L}\p{M}'-]*)`;
const STREET_TYPES =
  'Street|St|Avenue|Ave|Mews|Gardens|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Ct|Place|Pl|Way|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Trl|Loop|Row|Square|Sq|Alley|Pike|Crescent|Close|Path|Walk|Run|Plaza|Turnpike|Expressway|Route|Rte';
const UNIT = String.raw`(?:,?\s(?:[Uu]nit|[Aa]pt\.?|[Aa]partment|[Ss]uite|[Ss]te\.?|#|No\.?|[Rr]oom|Rm\.?|[Ff]loor|[Ff]lat|Fl\.?|[Ll]ot|[Ss]pace|Spc\.?|[Tt]railer|Trlr\.?|Site|Pad|Bldg\.?|Building)(?=[\s#\d])\s?#?[A-Za-z0-9-]+)`;

const STREET_ADDRESS = new RegExp(
  String.raw`(?<![\w-])\d{1,6}[A-Za-z]?\s(?:[NSEW]\.?\s|North\s|South\s|East\s|West\s)?(?:${CAP}\s){0,3}${CAP}\s(?:${STREET_TYPES})\.?(?![\p{L}])${UNIT}?`,
  'gu',
);
/**
 * "418 larkspur lane, apt 3": chat posts write addresses in lower case. Only street types that are
 * no everyday noun in a count ("a 2 hour drive", "3 weeks in a row"), and a unit after it.
 */
const LOWER_STREET_ADDRESS = new RegExp(
  String.raw`(?<![\w-])\d{1,6}[a-z]?\s(?!(?:hours?|hrs?|minutes?|mins?|miles?|days?|weeks?|months?|years?|blocks?)\b)(?:[nsew]\.?\s|north\s|south\s|east\s|west\s)?(?:[a-z][a-z'-]+\s){1,3}(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|terrace|circle|parkway|pkwy|court|ct|drive|dr)\.?,?\s(?:unit|apt\.?|apartment|suite|ste\.?|#|no\.?|room|rm\.?|lot|trailer)\s?#?[a-z0-9-]+`,
  'g',
);
/** "staying at my aunt's place on 1190 birchfield ave", "works on 4418 delancey pike": without a unit, after a place word. */
const LOWER_STREET_NO_UNIT = /(?<![\w-])\d{1,6}\s(?:[nsew]\.?\s|north\s|south\s|east\s|west\s)?(?:[a-z][a-z'-]+\s){1,2}(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|terrace|circle|parkway|pkwy|court|ct|drive|dr|pike|highway|hwy|row|way|loop|trail|place|pl)\b\.?(?:,?\s(?:apt|unit|suite|ste|#)\.?\s?#?[a-z0-9-]{1,5}\b)?/g;
const LOWER_STREET_CUE_BEFORE = /(?:\b(?:on|at|to|from|near|off|lives|live|living|moved|staying|address is|address|still|file is)\s|[,:]\s|\()$/;
/** "over on quimby ave": a lower-case street name after on/off, the street type abbreviated or not. */
const LOWER_STREET_NAME = /\b(?:on|off)\s((?:calle|avenida|camino|rua|rue|via)\s[a-z][\p{L}'-]{2,}(?:\s[a-z][\p{L}'-]{2,})?(?=[,.;:!?)]|\s(?:and|in|near|by|since|for|with)\b)|(?!(?:the|a|an|my|his|her|their|our|this|that|same|other|main|each|its|your|one|no|any|every|some|what|which|whose|death|own|wrong|right|long|short)\s)[a-z][a-z'-]{2,}\s(?:(?!(?:the|and|or|to|of|in|on|at)\s)[a-z][a-z'-]{2,}\s)?(?:ave|avenue|street|st|road|rd|boulevard|blvd|lane|ln|drive|dr|pike|way|court|ct|terrace|circle|trail|loop|row)(?:\s\d{1,4}(?![\d:.,]\d))?)\b/gu;
/** The town, state and ZIP after a lower-case address: ", hollis mill, 04412", " in east hadley, ma 01088". */
const LOWER_TOWN_AFTER = /^(?:,\s|\sin\s)(?!(?:the|a|an|my|his|her|their|our|this|that|and|but|so|which|where|with|i|we|he|she|they|it|just|can|cannot|town|there|here|person|total)\b)([a-z][a-z-]+(?:\s[a-z][a-z-]+){0,2}?)(?:,?\s([a-z]{2}))?(?:,?\s(\d{5}))?(?=[,.;:!?)]|\s(?:and|but|so|where|which|with|for|since|until|now)\b|\s[—–-]|\s{2,}|$)/;
/** "2210 Calle Alondra, Apt. 4B", "14 Rue Lafayette": street types written first. */
const HEAD_FIRST_STREET = new RegExp(String.raw`(?<![\w-])\d{1,6}\s(?:Calle|Avenida|Camino|Carrera|Rua|Rue|Via|Paseo|Callejón)\s(?:(?:de|del|la|las|los|do|da|des|di)\s)*${CAP}(?:\s${CAP}){0,2}${UNIT}?`, 'gu');
/** The same in lower case: "4410 calle del sol, suite b". */
const LOWER_HEAD_FIRST_STREET = /(?<![\w-])\d{1,6}\s(?:calle|avenida|camino|carrera|rua|rue|via|paseo|callejón)\s(?:(?:de|del|la|las|los|do|da|des|di)\s)*[a-záéíóúñ][\p{L}'-]+(?:,?\s(?:unit|apt\.?|suite|ste\.?|#)\s?#?[a-z0-9-]+)?/gu;
const NUMBERED_ROUTE = /(?<![\w-])\d{1,6}\s(?:[Cc]ounty\s)?(?:Road|Route|Highway|Hwy|Rte|road|route|highway|hwy|rte)\s\d{1,4}\b/g;
const TOWN_AFTER_ADDRESS = /^,\s(\p{Lu}[\p{L}\p{M}'-]+(?:\s\p{Lu}[\p{L}\p{M}'-]+){0,2})(?=,|\s[A-Z]{2}\b|\s\d{5}|[.;]|$)/u;
const PO_BOX = /\b(?:P\.?\s?O\.?\s?Box|Post Office Box)\s\d{1,6}\b/gi;
const BOX_BEFORE = /box\s$/i;
const STREET_NAME = new RegExp(String.raw`\b(?:on|off|at|near|down|along|to)\s((?:${CAP}\s){0,2}${CAP}\s(?:Street|Avenue|Road|Boulevard|Lane|Drive))(?![\p{L}])`, 'gu');
const STREET_HINT = /\s(?:Street|Avenue|Road|Boulevard|Lane|Drive)\b/;

/** Five digits standing alone: a ZIP code when a label, a state or a place name comes first. */
const FIVE_DIGITS = /(?<![\w$.,-])\d{5}(?:-\d{4})?(?![\w-]|[.,]\d)/g;
const ZIP_LABEL_BEFORE = /\b(?:zip|postal)(?:\s?code)?(?:\s(?:is|was|of))?[:#,]?\s{1,3}$/i;
const PLACE_BEFORE_BRACKET = /\p{Lu}\p{Ll}[\p{L}\p{M}]*\s\($/u;
const LOWER_TOWN_STATE_BEFORE = /(?<![\p{L}'-])((?:(?:north|south|east|west|new|fort|port|lake|mount|san|santa|el|la|st\.)\s)?[a-z][\p{Ll}'-]{2,}),\s([a-z]{2})\s$/u;
const NOT_TOWN_WORDS = new Set('the and but this that then there here his her their our your its ours mine yes yeah yep okay fine well also too'.split(' '));
const PSYCHOTHERAPY_CPT = /^90(?:7[89]\d|8\d\d)$/;
const BILLING_NEAR = /\b(?:bill|bills|billed|billing|code|codes|cpt|payer|payers|insurance|caseload|reimburse\w*)\b/i;
const ZIP_PREPOSITION = /\b(?:in|near|around|outside(?: of)?|from|to|at|into|within|zip|ZIP)\s$/;
const LOWER_TOWN_BEFORE_ZIP = /\b(?:in|to|from|near)\s[a-z]{3,}(?:\s[a-z]{3,})?,\s$/;
/** "the 48219 area", "48219 zip code": a place noun after the digits. */
const ZIP_NOUN_AFTER = /^\s(?:area|zip|zip code|ZIP|ZIP code|postal code|neighbou?rhood|side of town)\b/;
/** "...since; 48219 has one shelter": five digits opening a clause as the subject of has/is. */
const CLAUSE_START = /(?:^|[;:.!?(]\s|—\s?|\b(?:and|but|so)\s)$/;
const ZIP_VERB_AFTER = /^\s(?:has|had|is|was|gets|got|covers|includes|only has|still has|doesn't|does not|hasn't|isn't)\b/;
const COUNT_AFTER = /^\s*(?:%|percent|steps|people|miles|dollars|calories|words|hours|minutes|times|followers|views|members|copies|units|cases|[a-z]+s\b)/i;
const STATE_BEFORE = /\b([A-Z]{2}),?\s{1,2}$/;
const PLACE_BEFORE = /\p{Lu}\p{Ll}[\p{L}\p{M}]*,?\s$/u;
/** ", IL" or ", Oregon" after a capitalised phrase, which is then a city. */
const STATE_AFTER_COMMA = /,\s([A-Z]{2}\b(?![-/]\w)|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\b)/g;
const CITY_BEFORE = new RegExp(String.raw`(?:${CAP}\s){0,2}${CAP}$`, 'u');

/**
 * Head words that end the name of a facility or business: "Mercy Vale
 * Hospital", "Quarry Hill Elementary", "Cobalt Logistics".
 */
const FACILITY_HEADS = [
  'Hospital', 'Medical Center', 'Health Center', 'Center', 'Centre', 'Clinic', 'Clinics', 'Infirmary', 'Hospice', 'Sanatorium',
  'School', 'Elementary', 'Academy', 'University', 'College', 'Institute', 'Seminary', 'Preschool', 'Daycare', 'Montessori',
  'Prison', 'Jail', 'Penitentiary', 'Correctional Facility', 'Detention Center', 'Correctional Center',
  'Assisted Living', 'Senior Living', 'Nursing Home', 'Care Home', 'Rest Home', 'Retirement Home', 'Retirement Community',
  'Rehab', 'Rehabilitation', 'Treatment Center', 'Recovery', 'Shelter', 'Library', 'Church', 'Chapel', 'Cathedral',
  'Temple', 'Mosque', 'Synagogue', 'Parish', 'Ministries', 'Farm Stand', 'Heating & Air', 'Heating & Cooling', 'HVAC', 'Storage', 'Self Storage', 'Beauty', 'Braids', 'Finance', 'Vault', 'Fabricators', 'Griddle', 'Tailoring', 'Alterations', 'YMCA', 'YWCA',
  'Logistics', 'Transit', 'Dental', 'Dentistry', 'Orthodontics', 'Pediatrics', 'Mills', 'Grill', 'Bakery', 'Cafe', 'Café',
  'Diner', 'Restaurant', 'Bistro', 'Kitchen', 'Tavern', 'Pub', 'Brewery', 'Bar', 'Pizzeria', 'Foods', 'Market', 'Grocery',
  'Motors', 'Auto', 'Automotive', 'Insurance', 'Bank', 'Credit Union', 'Pharmacy', 'Drugs', 'Construction', 'Industries',
  'Manufacturing', 'Services', 'Solutions', 'Systems', 'Group', 'Partners', 'Associates', 'Inc\\.?', 'LLC', 'Corp\\.?',
  'Corporation', 'Company', 'Co\\.', 'Farms', 'Farm', 'Ranch', 'Dairy', 'Orchards', 'Airlines', 'Airport', 'Hotel', 'Inn',
  'Motel', 'Lodge', 'Resort', 'Casino', 'Studio', 'Studios', 'Salon', 'Spa', 'Gym', 'Fitness', 'Warehouse', 'Store',
  'Stores', 'Shop', 'Outfitters', 'Supply', 'Hardware', 'Lumber', 'Labs', 'Laboratories', 'Technologies', 'Tech',
  'Software', 'Energy', 'Electric', 'Plumbing', 'Landscaping', 'Roofing', 'Realty', 'Media', 'Press', 'Publishing',
  'Steel', 'Works', 'Trucking', 'Freight', 'Shipping', 'Courier', 'Express', 'Transport', 'Transportation', 'Logistics',
  'Staffing', 'Consulting', 'Law Firm', 'Law Group', 'Legal', 'Accounting', 'Healthcare', 'Health', 'Home Health',
  'Medical', 'Counseling', 'Therapy', 'Wellness', 'Behavioral Health', 'Pediatric', 'Cleaners', 'Laundry', 'Mall',
  'Plaza', 'Station', 'Depot', 'Terminal', 'Arena', 'Stadium', 'Theater', 'Theatre', 'Museum', 'Zoo', 'Foundation',
  'Fellowship', 'Mission', 'Cooperative', 'Medicine', 'Family Medicine', 'Internal Medicine', 'Primary Care', 'Urgent Care',
  'Psychiatry', 'Psychiatric', 'Psychology', 'Psychological', 'Orthopedics', 'Cardiology', 'Oncology', 'Radiology', 'Imaging',
  'Surgical', 'Surgery', 'Optometry', 'Chiropractic', 'Physical Therapy', 'Audiology', 'Prep', 'Analytics', 'Pharmaceuticals',
  'Robotics', 'Dynamics', 'Networks', 'Communications', 'Telecom', 'Capital', 'Holdings', 'Ventures', 'Financial', 'Servicing', 'Lending', 'Mortgage', 'Lube', 'Transmission', 'Advisors',
  'Properties', 'Builders', 'Contractors', 'Movers', 'Distribution', 'Brewing', 'Roasters', 'Coffee', 'Creamery', 'Deli',
  'Barbershop', 'Brothers', 'Bros\\.?', 'Sons', '& Sons', 'Boutique', 'Apparel', 'Printing', 'Packaging', 'Cinema', 'Cinemas', 'Bowl', 'Lanes', 'Marina', 'Hospitality', 'Co-op', 'Collective', 'Nursery', 'Garage', 'Motel', 'Outreach', 'Department', 'Precinct', 'Courthouse', 'Court', 'Agency', 'Bureau',
  'Residence', 'Residences', 'Home', 'Homes', 'Village', 'Manor', 'Commons', 'House', 'Towers', 'Retreat', 'Sanctuary', 'Ministry',
  'High', 'Junior High', 'Middle', 'Preparatory', 'Charter', 'Kindergarten', 'Head Start', 'Learning Center', 'Camp', 'Club',
  'Towing', 'Repair', 'Collision', 'Auto Body', 'Tire', 'Tires', 'Salvage', 'Cannery', 'Packing', 'Processing', 'Poultry',
  'Meats', 'Seafood', 'Fisheries', 'Vineyard', 'Vineyards', 'Winery', 'Distillery', 'Gallery', 'Books', 'Bookstore',
  'Florist', 'Flowers', 'Jewelers', 'Car Wash', 'Cleaning', 'Janitorial', 'Security', 'Fulfillment', 'Pantry', 'Food Bank',
  'Outlet', 'Supermarket', 'Mart', 'Lumberyard', 'Sawmill', 'Quarry', 'Mine', 'Refinery', 'Plant', 'Factory', 'Foundry',
  'Savings', 'Cafeteria', 'Catering', 'Bakeshop', 'Panadería', 'Panaderia', 'Pupusería', 'Pupuseria', 'Carnicería', 'Carniceria', 'Botánica', 'Botanica', 'Taquería', 'Taqueria', 'Cantina', 'Steakhouse', 'Smokehouse', 'Barbecue', 'BBQ', 'Daycare Center',
  'Child Care', 'Childcare', 'Care Center', 'Living', 'Behavioral', 'Recovery Center', 'Sober Living', 'Halfway House',
  'Refuge', 'Haven', 'Safe House', 'Safehouse', 'Hostel', 'Respite', 'Housing', 'Lines', 'Van Lines', 'Carriers', 'Haulers',
  'Hauling', 'Couriers', 'Delivery', 'Rentals', 'Motorsports', 'Dealership', 'Clinic & Pharmacy', 'Tabernacle', 'Assembly',
  'Congregation', 'Gurdwara', 'Mandir', 'Masjid', 'Monastery', 'Convent', 'Abbey', 'District', 'School District',
  'Brokers', 'Brokerage', 'Provisions', 'Supplies', 'Goods', 'Traders', 'Trading', 'Imports', 'Wholesale', 'Distributors',
  'Disorders Program', 'Day Program', 'Outpatient Program', 'Residential Program', 'Hall', 'Residence Hall', 'Dorm',
  'Tailoring', 'Tailors', 'Alterations', 'Dry Cleaning', 'Mutual', 'Assurance', 'Lab', 'Dental Lab', 'Laboratory', 'Drug', 'Family Drug', 'Pavilion', 'Treatment Program', 'Opioid Treatment Program', 'Methadone Clinic', 'Recovery Program', 'Memory Care', 'Skilled Nursing', 'Grocers', 'Tile', 'Flooring', 'Carpet', 'Signs', 'Upholstery', 'Cabinets', 'Countertops', 'Granite', 'Masonry', 'Concrete',
  'Paving', 'Fencing', 'HVAC', 'Heating & Cooling', 'Pest Control', 'Welding', 'Machine', 'Metals', 'Plastics', 'Textiles',
  'Veterinary', 'Animal Hospital', 'Kennel', 'Kennels', 'Grooming', 'Tattoo', 'Nails', 'Barber', 'Pawn', 'Thrift', 'Liquor',
  'Liquors', 'Vape', 'Smoke Shop', 'Donuts', 'Bagels', 'Pizza', 'Burgers', 'Tacos', 'Noodles', 'Sushi', 'Wings',
  'Endocrinology', 'Neurology', 'Dermatology', 'Gastroenterology', 'Urology', 'Rheumatology', 'Pulmonology', 'Nephrology', 'Fabrication', 'Home Care', 'Legal Aid', 'Legal Services', 'Family Practice', 'Practice', 'Kia', 'Toyota', 'Honda', 'Hyundai', 'Subaru', 'Nissan', 'Chevrolet', 'Mazda', 'Volkswagen',
  'Apothecary', 'Auto Glass', 'Glass & Mirror', 'Body Shop', 'Detailing', 'Car Care', 'Tire & Auto', 'Laundromat', 'Tap Room', 'Taproom',
  'IOP', 'Aggregates', 'Shave Ice', 'Produce', 'Recovery Campus', 'Youth Facility', 'Facility', 'Savings and Loan', 'Savings & Loan', 'Collaborative', 'Consortium', 'Lock & Safe', 'Locksmith', 'Locksmiths', 'Air Force Base', 'Air Base', 'Naval Station', 'Naval Air Station',
  'Feed & Grain', 'Feed & Seed', 'Feed Store', 'Pain & Spine', 'Spine Center', 'Pain Management', 'Cycles', 'Bikes', 'Bike Shop', 'Tackle & Bait', 'Bait & Tackle', 'Bait Shop',
  'Institution', 'Correctional Institution', 'State Prison', 'State Hospital', 'Darbar', 'Gurudwara', 'Gurdwara Sahib', 'Fire District', 'Fire Department', 'Fire Station', 'Police Department', "Sheriff's Office", 'Firehouse', 'Barracks',
];
// Longest first: the alternation takes the first head that fits, and "Ridgeline Auto Body" must not stop at "Auto".
const HEAD = [...FACILITY_HEADS].sort((a, b) => b.length - a.length).join('|');
/** "... of Cedar Rapids", "... of the Tides": a place or dedication after a facility's name belongs to it. */
const OF_PLACE = String.raw`(?:(?:\sof(?:\sthe)?|\sfor\sthe)(?:\s${CAP}){1,3}|\sfor(?:\s(?![A-Z]{2,}\b)(?![A-Z]\d)(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)${CAP}){1,3}(?=\s(?:Disorders|Recovery|Health|Wellness|Healing|Families|Children|Youth|Women|Veterans|Trauma|Grief|Survivors|Seniors)\b|[^\p{L}]))?`;
const CALENDAR_IN_RUN = /\b(?:Mondays?|Tuesdays?|Wednesdays?|Thursdays?|Fridays?|Saturdays?|Sundays?|January|February|March|April|June|July|August|September|October|November|December)\b(?:\s(?:and|&|on|at|the))*\s/g;
const BILLING_BEFORE = /\b(?:bill|bills|billed|billing|(?<!(?:zip|postal)\s?)code|codes|coded|coding|CPT|HCPCS)\s(?:as\s|for\s|under\s)?$/i;
const PERSON_BEFORE = /\b(?:Rev|Dr|Fr|Mr|Mrs|Ms|Pastor|Father|Sister|Imam|Rabbi|Bishop|Deacon)\.?\s$/;
const CONCEPT_AFTER = /^\s(?:Model|model|Method|method|Approach|approach|Framework|framework|Theory|theory|Protocol|protocol|Curriculum|curriculum|group|groups|program|programs|training|sessions?|class|course|module|worksheets?|workbook|manual|certification|handouts?|materials)\b/;
/** "Station 14 of the ...", "Engine 7 of ...": a numbered unit written before the facility it belongs to. */
const NUMBERED_UNIT_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+\s(?:No\.\s?|#)?\d{1,4}[A-Z]?\sof\s(?:the\s)?)$/u;
const FACILITY_HEAD_NEXT = new RegExp(String.raw`^\s(?:${CAP}\s){0,2}(?:${HEAD})(?![\p{L}])`, 'u');
const FACILITY = new RegExp(
  // "Pinecrest Elementary and Our Lady of Sorrows School": "and" after a head word starts the next facility.
  String.raw`(?:${CAP}(?:(?<!(?:${HEAD}))\sand|\s(?:&|of the|of|the|for|on|de|la|del|der|van|von|den|du|da|di|dos))?\s){1,6}(?:${HEAD})(?![\p{L}])(?:\s&\s${CAP}(?:\s${CAP})?)?${OF_PLACE}(?:\s(?:AME Zion|AME|CME|UMC|COGIC|LCMS|ELCA|PCA))?${UNIT}?(?![\p{L}])`,
  'gu',
);
/** "Brennick & Vaughn", "Tandem & Finch": a firm named by two words joined with an ampersand. */
const AMPERSAND_FIRM = /(?<![\p{L}])(\p{Lu}[\p{L}\p{M}'-]+(?:\s\p{Lu}[\p{L}\p{M}'-]+)?)\s&\s(\p{Lu}[\p{L}\p{M}'-]+(?:\s\p{Lu}[\p{L}\p{M}'-]+)?)(?![\p{L}])(?!,?\s\(?\d{4})/gu;
/**
 * Facilities named head first in other languages: "Église Baptiste de la Grâce",
 * "Clínica San Rafael", "Escuela Primaria Benito Juárez", "Masjid Al-Noor".
 */
const FOREIGN_HEAD_FIRST = new RegExp(
  String.raw`(?<![\p{L}])(?:Caf[ée]|Gurdwara|Gurudwara|Temple|Congregation|(?:Beth|Beit)(?=\s(?:Shalom|Sholom|El|Israel|Am|Tikvah|Emet|Emeth|Torah|Jacob|Abraham|Chaim|Hillel|Tefilah|Midrash|David)\b)|Église|Eglise|Iglesia|Igreja|Chiesa|Escuela|Colegio|Universidad|Universidade|Universit[ée]|Cl[íi]nica|Centro|H[ôo]pital|Hospital|[ÉE]cole|Lyc[ée]e|Coll[èe]ge|Masjid|Mezquita|Templo|Parroquia|Paroisse|Capilla|Hogar|Asilo|Residencia|Instituto|Liceo|Scuola|Ospedale|Casa|Farmacia|Panader[íi]a|Taller|Tienda|Mercado|Restaurante)(?:\s(?:(?:de|del|della|di|da|do|dos|das|du|des|la|le|les|los|las|el|al|y|et|e)\s|d'|l'|(?:al|an|ar|as|ash|at|ad|az|el|ul)-)*${CAP}){1,5}${OF_PLACE}`,
  'gu',
);
const HEAD_FIRST = new RegExp(String.raw`\b(?:University|College|Bank|Church|Hospital|Institute|Academy|Gurdwara(?: Sahib)?|Gurudwara|Temple|Mosque|Masjid|Synagogue|Cathedral|Parish|Diocese|Credit Union)\sof(?:\sthe)?(?:\s${CAP}){1,3}`, 'gu');

/** Words from the names of therapies ("Planning Cognitive Processing Therapy" is a plan, not a practice). */
const THERAPY_NAME_WORDS = /\b(?:Cognitive|Processing|Process|Support|Skills|Exposure|Behavioral|Behavioural|Dialectical|Interpersonal|Narrative|Schema|Prolonged|Emotionally|Focused|Acceptance|Commitment|Compassion|Psychodynamic|Solution|Trauma|Sensorimotor|Somatic|Mentalization|Reminiscence|Problem|Solving|Social|Rhythm|Dignity|Life|Review|Activation|Motivational|Enhancement|Parent|Child|Interaction|Systemic|Strategic|Structural|Existential|Gestalt|Humanistic|Integrative)\b/;
/** Words that describe a facility without naming it ("Community Mental Health Center"). */
const GENERIC_FACILITY_WORDS = new Set(
  `the a an our my your their his her this that community regional general medical mental health behavioral
   behavioural state county city national public private juvenile detention recovery senior assisted elementary
   middle high junior primary secondary day care treatment residential psychiatric family women's men's children's
   veterans va university college hospital clinic center centre school new old local main north south east west
   central memorial st. mt. ft. and of for on in at counseling counselling outpatient inpatient partial intensive
   crisis emergency urgent substance use addiction eating disorder disorders program programs unit department
   campus student services human social legal aid job corps home group internal cognitive behavior
   dialectical processing emotion emotionally focused exposure prolonged acceptance commitment narrative interpersonal
   psychodynamic solution trauma trauma-focused motivational enhancement systems schema compassion mindfulness
   mindfulness-based stress reduction relapse prevention parent-child interaction therapy skills adult protective written
   child children's youth services human resources affairs veterans' probation parole court play sand art music drama equine
   animal-assisted brief`.split(/\s+/),
);

/** Street addresses with their unit, PO boxes, named streets, ZIP codes. */
export function recogniseAddresses(text: string): Candidate[] {
  const found: Candidate[] = [];
  // The number-led patterns below are tried only where a number begins, not at every character of the post.
  const numbers = numberStarts(text);
  for (const m of matchesAt(STREET_ADDRESS, text, numbers)) {
    const end = m.index + m[0].length;
    found.push(candidate(PhiKind.LOCATION, m.index, end, 0.95, Priority.ADDRESS));
    // "1190 Sorrel Drive, Pennock, 55409": the town right after a street address.
    const town = TOWN_AFTER_ADDRESS.exec(text.slice(end, end + 48));
    if (town && !isNonPlaceWord(town[1].split(' ')[0]) && !/^(?:ZIP|Zip|Box|Unit|Apt|Suite)\b/.test(town[1])) {
      const at = end + town[0].length - town[1].length;
      found.push(candidate(PhiKind.LOCATION, at, at + town[1].length, 0.85, Priority.FACILITY));
    }
  }
  if (/\d\s[a-z]/.test(text)) {
    for (const m of matchesAt(LOWER_STREET_NO_UNIT, text, numbers)) {
      if (!LOWER_STREET_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      found.push(candidate(PhiKind.LOCATION, m.index, m.index + m[0].length, 0.85, Priority.ADDRESS));
      lowerTownAfter(text, m.index + m[0].length, found);
    }
    for (const m of matchesAt(LOWER_STREET_ADDRESS, text, numbers)) {
      const end = m.index + m[0].length;
      found.push(candidate(PhiKind.LOCATION, m.index, end, 0.9, Priority.ADDRESS));
      lowerTownAfter(text, end, found);
    }
  }
  if (/\s(?:ave|avenue|street|st|road|rd|boulevard|blvd|lane|ln|drive|dr|pike|way|court|ct|terrace|circle|trail|loop|row|calle|avenida|camino|rua|rue|via)\b/.test(text)) {
    for (const m of matchesOf(LOWER_STREET_NAME, text)) {
      const end = m.index + m[0].length;
      found.push(candidate(PhiKind.LOCATION, end - m[1].length, end, 0.7, Priority.ADDRESS));
    }
  }
  if (/\d\s(?:Calle|Avenida|Camino|Carrera|Rua|Rue|Via|Paseo|Callej)/i.test(text)) {
    for (const m of matchesOf(HEAD_FIRST_STREET, text)) found.push(candidate(PhiKind.LOCATION, m.index, m.index + m[0].length, 0.95, Priority.ADDRESS));
    for (const m of matchesOf(LOWER_HEAD_FIRST_STREET, text)) {
      found.push(candidate(PhiKind.LOCATION, m.index, m.index + m[0].length, 0.9, Priority.ADDRESS));
      lowerTownAfter(text, m.index + m[0].length, found);
    }
  }
  for (const m of matchesAt(NUMBERED_ROUTE, text, numbers)) found.push(candidate(PhiKind.LOCATION, m.index, m.index + m[0].length, 0.85, Priority.ADDRESS));
  // Every PO_BOX match ends in "box", a space and a number: look before the numbers instead of scanning the post.
  if (numbers.some((at) => (text.charCodeAt(at - 2) | 32) === 120 && BOX_BEFORE.test(text.slice(Math.max(0, at - 4), at)))) for (const m of matchesOf(PO_BOX, text)) found.push(candidate(PhiKind.LOCATION, m.index, m.index + m[0].length, 0.95, Priority.ADDRESS));
  if (STREET_HINT.test(text)) {
    for (const m of matchesOf(STREET_NAME, text)) {
      if (isGenericPhrase(m[1].split(/\s+/).slice(0, -1))) continue;
      // "at Foxglove Lane Elementary": the street name starts a facility's name.
      if (FACILITY_HEAD_NEXT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
      const end = m.index + m[0].length;
      found.push(candidate(PhiKind.LOCATION, end - m[1].length, end, 0.8, Priority.ADDRESS));
    }
  }
  for (const m of matchesAt(FIVE_DIGITS, text, numbers)) {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    // "bill 90837", "Billing 90837 brings in": a billing code, not a ZIP.
    if (BILLING_BEFORE.test(before)) continue;
    const end = m.index + m[0].length;
    const state = STATE_BEFORE.exec(before)?.[1];
    // "to his mom in dearing, ok 74061": a lower-case town and state code before the ZIP.
    const lowerState = LOWER_TOWN_STATE_BEFORE.exec(before);
    if (ZIP_LABEL_BEFORE.test(before) || (state && US_STATE_CODES.has(state))) {
      found.push(candidate(PhiKind.LOCATION, m.index, end, 0.9, Priority.ADDRESS));
    } else if (lowerState && US_STATE_CODES.has(lowerState[2].toUpperCase()) && !NOT_TOWN_WORDS.has(lowerState[1])) {
      const town = m.index - lowerState[0].length + lowerState[0].indexOf(lowerState[1]);
      found.push(candidate(PhiKind.LOCATION, town, town + lowerState[1].length, 0.7, Priority.PLACE));
      found.push(candidate(PhiKind.LOCATION, m.index, end, 0.85, Priority.ADDRESS));
    } else if (PSYCHOTHERAPY_CPT.test(m[0]) && BILLING_NEAR.test(text.slice(Math.max(0, m.index - 100), end + 40))) {
      // "switched my caseload from 90837 to 90834": psychotherapy billing codes in a sentence about billing.
      continue;
    } else if (PLACE_BEFORE.test(before) || (PLACE_BEFORE_BRACKET.test(before) && text[end] === ')')) {
      // "Pennock, 55409", "Hollins Bay (02633)": five digits right after a place name.
      found.push(candidate(PhiKind.LOCATION, m.index, end, 0.7, Priority.PLACE));
    } else if (LOWER_TOWN_BEFORE_ZIP.test(before)) {
      // "a walk-up on kestrel street in fall brook, 02714": five digits after a lower-case town.
      found.push(candidate(PhiKind.LOCATION, m.index, end, 0.7, Priority.PLACE));
    } else if (ZIP_PREPOSITION.test(before) && !COUNT_AFTER.test(text.slice(end, end + 16))) {
      // "a gym in 92708", "moved out to 60273": five digits after a place preposition are no count or year.
      found.push(candidate(PhiKind.LOCATION, m.index, end, 0.75, Priority.PLACE));
    } else if (!/[#$]\s?$/.test(before) && !m[0].endsWith('000') && (ZIP_NOUN_AFTER.test(text.slice(end, end + 16)) || (CLAUSE_START.test(before) && ZIP_VERB_AFTER.test(text.slice(end, end + 16))))) {
      // "the 48219 area", "; 48219 has one youth shelter": a place noun after, or the subject of a clause.
      found.push(candidate(PhiKind.LOCATION, m.index, end, 0.65, Priority.PLACE));
    }
  }
  for (const m of matchesOf(STATE_AFTER_COMMA, text)) {
    const state = m[1];
    const isState = US_STATE_CODES.has(state) || state.split(' ').every((w) => US_STATES.has(w.toLowerCase()));
    if (!isState) continue;
    const city = CITY_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
    // "Medicaid ID, OH 8817 ...": a label in capitals is no city.
    if (!city || !/\p{Ll}/u.test(city[0].slice(city[0].lastIndexOf(' ') + 1))) continue;
    const words = city[0].split(/\s+/);
    const first = words.findIndex((w) => !isNonPlaceWord(w));
    if (first < 0) continue;
    const lead = city[0].length - city[0].indexOf(words[first]);
    found.push(candidate(PhiKind.LOCATION, m.index - lead, m.index, 0.85, Priority.FACILITY));
  }
  return found;
}

/** The town, state and ZIP right after a lower-case street address ending at `end`. */
function lowerTownAfter(text: string, end: number, found: Candidate[]): void {
  // "1140 w sumner ave #4, 58302, with": a ZIP code alone after the street.
  const zipOnly = /^,\s(\d{5})(?:-\d{4})?\b/.exec(text.slice(end, end + 14));
  if (zipOnly) found.push(candidate(PhiKind.LOCATION, end + 2, end + 2 + zipOnly[0].length - 2, 0.8, Priority.ADDRESS));
  const after = LOWER_TOWN_AFTER.exec(text.slice(end, end + 60));
  if (!after || (after[2] && !US_STATE_CODES.has(after[2].toUpperCase()))) return;
  const town = end + after[0].indexOf(after[1]);
  found.push(candidate(PhiKind.LOCATION, town, town + after[1].length, 0.75, Priority.FACILITY));
  if (after[3]) {
    const zip = end + after[0].lastIndexOf(after[3]);
    found.push(candidate(PhiKind.LOCATION, zip, zip + 5, 0.8, Priority.ADDRESS));
  }
}

/** Named facilities, schools, employers and businesses. */
export function recogniseFacilities(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const pattern of [FACILITY, HEAD_FIRST, FOREIGN_HEAD_FIRST]) {
    for (const m of pattern === FACILITY ? facilityMatches(text) : matchesOf(pattern, text)) {
      // "AA on Tuesdays and SMART Recovery": a weekday or month inside the run ends whatever came before it.
      const calendar = [...m[0].matchAll(CALENDAR_IN_RUN)].pop();
      const run = calendar ? m[0].slice(calendar.index + calendar[0].length) : m[0];
      const trimmed = trimLeadingWords(run);
      if (!trimmed) continue;
      // "reading Temple Grandin": a head-first name that is a cited author is the author.
      const headFirst = m[0].split(/\s+/);
      if (pattern !== FACILITY && headFirst.length === 2 && THEORIST_GIVEN_NAMES.get(headFirst[1].toLowerCase())?.has(headFirst[0].toLowerCase())) continue;
      // "Sandra Bloom's Sanctuary Model", "the Hope House approach": a named model, not the place.
      if (CONCEPT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
      // "Harvey Chochinov's Dignity Therapy", "Mark McMinn's Psychology, ...": a method or a book owned by its author.
      if (/'s\s/.test(m[0]) && /(?:Therapy|Psychotherapy|Psychology|Counseling|Counselling|Medicine)$/.test(m[0])) continue;
      // "Ross Greene's Collaborative & Proactive Solutions": a programme owned by a cited author.
      const owner = /^(?:(\p{Lu}\p{Ll}+)\s)?(\p{Lu}[\p{L}-]+)'s\s/u.exec(m[0]);
      if (owner && (owner[1] ? THEORIST_GIVEN_NAMES.get(owner[2].toLowerCase())?.has(owner[1].toLowerCase()) : THEORISTS.has(owner[2].toLowerCase()))) continue;
      // "Gottman Sound Relationship House", "Cognitive Processing Therapy": a theorist's model, or a therapy named in its own terms.
      const runWords = trimmed.split(' ');
      // "The Gift of Therapy": a book about the work, not a practice.
      if (/\sof\s(?:Therapy|Psychotherapy|Counseling|Counselling)$/.test(trimmed)) continue;
      if (THEORISTS.has(runWords[0].toLowerCase()) && runWords.length > 2 && /(?:House|Therapy|Psychotherapy|Counseling|Counselling)$/.test(trimmed)) continue;
      // "Compassion-Focused Therapy": every word before the head is a word therapies are named with.
      if (/(?:Therapy|Psychotherapy|Group|Groups)$/.test(trimmed) && runWords.slice(0, -1).every((w) => w.split('-').every((p) => GENERIC_FACILITY_WORDS.has(p.toLowerCase()) || THERAPY_NAME_WORDS.test(p) || p === 'Therapy'))) continue;
      if (/(?:Therapy|Psychotherapy|Counseling|Counselling)$/.test(trimmed) && runWords.slice(-3, -1).filter((w) => GENERIC_FACILITY_WORDS.has(w.toLowerCase())).length >= 1 && runWords.length <= 4 && !/ of | for /.test(trimmed) && THERAPY_NAME_WORDS.test(trimmed)) continue;
      let start = m.index + (m[0].length - trimmed.length);
      // "Rev. Calvin Toomey of Greater Shiloh ... Church": the run started inside a person's name; the place follows "of".
      const of = trimmed.indexOf(' of ');
      const titledRun = /^(?:Rev|Dr|Fr|Mr|Mrs|Ms|Pastor|Father|Sister|Imam|Rabbi|Bishop|Deacon)\.?\s/.test(m[0]);
      // ("Father Anselm Okwuosa of Our Lady of the Lakes Parish": the dedication keeps its own "of".)
      if (of > 0 && !trimmed.startsWith('Our Lady') && (titledRun || PERSON_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) || /\p{Lu}[\p{L}'-]*\s$/u.test(text.slice(Math.max(0, m.index - 24), m.index)))) {
        start += of + 4;
        if (text.startsWith('the ', start)) start += 4;
      }
      const unit = NUMBERED_UNIT_BEFORE.exec(text.slice(Math.max(0, start - 32), start));
      if (unit) start -= unit[1].length;
      found.push(candidate(PhiKind.LOCATION, start, m.index + m[0].length, 0.85, Priority.FACILITY));
    }
  }
  if (text.includes(' & ')) {
    for (const m of matchesOf(AMPERSAND_FIRM, text)) {
      const names = `${m[1]} ${m[2]}`.split(/\s+/).map((w) => w.toLowerCase());
      // "Sue & Sue", "Miller & Rollnick": authors; "Q&A" and generic words are no firm either.
      // "Injera & Co.": a firm suffix on the right names a firm whatever the left word is.
      const firmSuffix = /^(?:Co|Sons|Daughters|Partners|Associates|Company)$/.test(m[2]);
      if (!firmSuffix && (names.some((w) => THEORISTS.has(w) || COMMON_CAPITALISED.has(w) || GROUPS.has(w)) || isGenericPhrase(m[0].split(/\s+/)))) continue;
      if (!firmSuffix && isNonPlaceWord(m[1].split(/\s+/)[0])) continue;
      // "Greene's Collaborative & Proactive Solutions": a possessive inside makes it somebody's programme, not a firm,
      // unless a place word comes first ("the front desk at Lacey's Cut & Curl").
      if (/'s\s/.test(m[1]) && !/\b(?:at|from|to|near|outside|inside)\s$/.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      // "the Collaborative & Proactive Solutions model": a named model or programme.
      if (CONCEPT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
      found.push(candidate(PhiKind.LOCATION, m.index, m.index + m[0].length, 0.75, Priority.FACILITY));
    }
  }
  return found;
}

const DIGIT_RUN = /\d+/g;

/**
 * Where a run of digits begins after neither a word character nor a hyphen: every match of the
 * number-led address patterns (`(?<![\w-])\d`, `(?<![\w$.,-])\d`) begins at one of these.
 */
function numberStarts(text: string): number[] {
  const starts: number[] = [];
  for (const m of matchesOf(DIGIT_RUN, text)) {
    const before = text.charCodeAt(m.index - 1);
    if (!((before >= 65 && before <= 90) || (before >= 97 && before <= 122) || before === 95 || before === 45)) starts.push(m.index);
  }
  return starts;
}


const FACILITY_AT = new RegExp(FACILITY.source, FACILITY.flags.replace('g', '') + 'y');
const CAPITAL = /\p{Lu}/u;
/** A head word after a space: every FACILITY match ends in one, so the places to try it are found from them. */
const FACILITY_HEAD_AT = new RegExp(String.raw`\s(?:${HEAD})`, 'y');
/** The letters a head opens with, up to its first space or mark ("Medical" of "Medical Center", "Sheriff" of "Sheriff's Office"). */
const HEAD_FIRST_WORDS = new Set(FACILITY_HEADS.map((head) => /^\p{L}*/u.exec(head)?.[0] ?? '').filter((word) => word.length > 0));
/** Every head begins with A-Z or "&" ("& Sons"), after a space. */
const SPACE_THEN_HEAD_START = /\s[A-Z&]/g;
const LETTER = /\p{L}/u;
/** Spaces a FACILITY match holds before its head at most: six words, each with a glue such as " of the " around it. */
const SPACES_BEFORE_HEAD = 18;

/**
 * The matches `matchesOf(FACILITY, text)` finds, with FACILITY tried only at the capitals shortly before a
 * head word ("Mercy Vale Hospital", "Quarry Hill Elementary"): a match begins at a capital, then holds only
 * words, glue and at most SPACES_BEFORE_HEAD spaces up to its head. Most posts hold a head word or two, so
 * one scan for the heads spares scanning every character with FACILITY (on a post holding a character above
 * U+00FF that scan tests every position against its Unicode classes and is about ten times slower).
 */
function facilityMatches(text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  // Capitals before `from` lie in a match found already or were tried already.
  let from = 0;
  for (const head of headMatches(text)) {
    const end = head.index + head[0].length;
    if (end <= from) continue;
    // Back from the head over what a match's words and glue are made of ("St.", "O'Neil", "&", non-ASCII letters).
    let start = head.index + 1;
    for (let spaces = 0; start > from; start--) {
      const c = text.charCodeAt(start - 1);
      if (c === 32 || (c >= 9 && c <= 13)) {
        if (++spaces > SPACES_BEFORE_HEAD) break;
      } else if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45 || c === 46 || c === 38 || c >= 0x80)) break;
    }
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x80 ? !CAPITAL.test(String.fromCodePoint(text.codePointAt(i) as number)) : code < 65 || code > 90) continue;
      FACILITY_AT.lastIndex = i;
      const m = FACILITY_AT.exec(text);
      if (!m) continue;
      matches.push(m);
      i += m[0].length - 1;
    }
    from = Math.max(from, end);
    if (matches.length > 0) from = Math.max(from, matches[matches.length - 1].index + matches[matches.length - 1][0].length);
  }
  return matches;
}

/**
 * Where a head word follows a space, found as FACILITY finds its head: a match of `\s(?:HEAD)` tried only after
 * a space where a capital opens one of HEAD_FIRST_WORDS ("Clinic", "Medical"), or "&", instead of after every space.
 * A head in a FACILITY match is followed by no letter, so its first letters are a whole run of letters in the text.
 */
function headMatches(text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let from = 0;
  for (const space of matchesOf(SPACE_THEN_HEAD_START, text)) {
    if (space.index < from) continue;
    const start = space.index + 1;
    if (text.charCodeAt(start) !== 38) {
      let end = start + 1;
      for (let c = codeAt(text, end); (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0x80 && LETTER.test(text[end])); c = codeAt(text, end)) end++;
      if (!HEAD_FIRST_WORDS.has(text.slice(start, end))) continue;
    }
    FACILITY_HEAD_AT.lastIndex = space.index;
    const m = FACILITY_HEAD_AT.exec(text);
    if (!m) continue;
    matches.push(m);
    from = m.index + m[0].length;
  }
  return matches;
}

/**
 * Drops sentence-opening and generic words from the front ("The", "Our",
 * "Community") and rejects the phrase when nothing distinctive is left.
 */
function trimLeadingWords(phrase: string): string | null {
  const words = phrase.split(/\s+/);
  let first = 0;
  // "Our Lady of the Tides Academy", "Our Lady of Guadalupe Church": a dedication, not a possessive.
  const lady = words.indexOf('Lady');
  if (lady > 0 && words[lady - 1] === 'Our') return words.slice(lady - 1).join(' ');
  // "Christ Redeemer Assembly", "Jesus Name Fellowship": a holy name opening a church's name is part of it.
  const holy = words.findIndex((w) => HOLY_NAMES.has(w));
  if (holy >= 0 && words.length - holy >= 3) return words.slice(holy).join(' ');
  // "New Covenant Fellowship", "North Shore Clinic": a compass or "New" before a word that is no state is part of the name.
  // "Van der Steen Auto & Tire": a capitalised particle before a lower-case one opens a surname.
  while (first < words.length && isNonPlaceWord(words[first]) && !(COMPASS_OR_NEW.has(words[first]) && words[first + 1] && !isNonPlaceWord(words[first + 1])) &&
    !(/^(?:Van|Von|De|Da|Di|Du|Del|Della|La|Le)$/.test(words[first]) && /^(?:der|den|de|la|le|los|las|van|von)$/.test(words[first + 1] ?? '')) &&
    // "Dutch's Auto Repair": a possessive names the owner, even when the word is also a group word.
    // "Babcia's Pierogi Deli": so does any possessive opening a name of three words or more.
    !(/'s$/.test(words[first]) && (GROUPS.has(words[first].toLowerCase().replace(/'s$/, '')) || words.length - first >= 3)) &&
    // "Mama Titi's African Market", "Uncle Joe's Diner": a kinship word before a possessive name opens the business name.
    !(/^(?:Mama|Papa|Tia|Tio|Tía|Tío|Uncle|Aunt|Auntie|Grandma|Grandpa|Nana|Big|Little)$/.test(words[first]) && /'s$/.test(words[first + 1] ?? '')) &&
    // "Mekong Noodle House", "Saigon Star Pho": a foreign region opening a three-word business name is part of it.
    !(COUNTRIES_AND_REGIONS.has(words[first].toLowerCase()) && !US_STATES.has(words[first].toLowerCase()) && words.length - first >= 3)) first++;
  const rest = words.slice(first);
  if (rest.length < 2 && !/ of /.test(phrase)) return null;
  if (isGenericPhrase(rest)) return null;
  return rest.join(' ');
}

const HOLY_NAMES = new Set(['Christ', 'Jesus', 'God', "God's", 'Lord', "Lord's", 'Holy']);
const COMPASS_OR_NEW = new Set(['New', 'North', 'South', 'East', 'West', 'Sri', 'San', 'Santa', 'Costa', 'Puerto', 'Sierra', 'Saint']);

function isGenericPhrase(words: string[]): boolean {
  return words.every((w) => GENERIC_FACILITY_WORDS.has(w.toLowerCase()) || FACILITY_HEADS.includes(w) || !/^(?:\p{Lu}|\p{Ll}{1,3}-\p{Lu})/u.test(w));
}

/** Words that can precede a place name without being part of it. */
function isNonPlaceWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/'s$/, '');
  return (
    ['the', 'a', 'an', 'our', 'my', 'your', 'their', 'his', 'her', 'at', 'in', 'from', 'to', 'and', 'of', 'for', 'on', 'when', 'while', 'after', 'before', 'since', 'last', 'next', 'this', 'that', 'both', 'then', 'but', 'so', 'if', 'is', 'was', 'are', 'were', 'does', 'did', 'should', 'would', 'could', 'has', 'had', 'have'].includes(lower) ||
    MONTHS.has(lower) ||
    WEEKDAYS.has(lower) ||
    COMMON_CAPITALISED.has(lower) ||
    US_STATES.has(lower) ||
    COUNTRIES_AND_REGIONS.has(lower) ||
    GROUPS.has(lower) ||
    !/^[\p{Lu}]/u.test(word)
  );
}
