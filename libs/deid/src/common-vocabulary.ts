/**
 * Capitalised words of daily life in supervision posts that name no person and no US place: faiths and
 * observances, languages, cultural terms (`CULTURE_WORDS`, never names: none is in the given-name list, a test
 * keeps it so), foreign regions (read like countries), and brands, apps, chains and products (`BRAND_WORDS`,
 * a name or an employer only with context: "works at Costco" is still an employer). Compiled by hand from general
 * knowledge, not from any corpus.
 */
export const CULTURE_WORDS = `
  malaysian singaporean
  babushka dedushka bubbe nonno yiayia halmoni harabeoji obaachan popo
  aapi acholi adobo afar afrikaans afro afrobeats ahmadiyya akan amapiano amazigh anishinaabe arakanese
  aramaic arepa ashkenazi assamese assyrian azerbaijani azeri bachata badini baklava balochi bambara bangla
  banh basque bassa belarusian beltane bemba berber bhagavad bhangra bhojpuri bibimbap bikol bimah biryani
  boba bollywood boricua bossa bulgogi bundesliga carnaval catalan catechism cebuano chaldean chanukah
  chaplain chavacano chicana chicano chichewa chinantec chittagonian chuppah chuseok chuukese confucianism
  corridos cumbia dancehall darija dinka dzongkha egusi ekadashi empanada epl esperanto esports estonian
  eucharist ewe fado falafel fante fifa fijian flamenco flemish friendsgiving fufu fula fulani fuzhounese
  gaelic galician geechee guarani gullah hadith hakha hakka halal hanami havdalah hbcu highlife hijab
  hiligaynon hindko hogmanay hokkien holi hummus icelandic iftar ilocano ilonggo indonesian injera inuktitut
  inupiaq ipl ismaili janmashtami javanese jollof jpop jummah junkanoo kabbalah kabyle kachin kaddish kalenjin
  kanjobal kannada kapampangan karenni kashmiri kazakh kdrama ketubah kichwa kikongo kikuyu kinyarwanda kippah
  kirundi konkani kosher kosraean kpelle kpop kreyol kreyòl krio kurmanji kyrgyz ladino langar latvian lds lgbt
  lingala lithuanian lohri losar lpga luganda lumpia lunar maay macedonian mahabharata mahayana malagasy
  malayalam malinke maltese mandinka manga marathi mariachi marshallese mawlid mazatec menudo merengue
  mezuzah mien minyan mishnah miskito mitzvah mixteco mizo mlb mls moldovan mongolian mooncake muertos
  muharram naan nascar navratri nba ncaa ndebele newari nfl nhl niqab nollywood norteno nowruz nuer nyanja
  obon olympic olympics onam onigiri oromo paella palauan pali pancit pangasinan papiamento paralympics
  paryushana patois pentecost pga pohnpeian pongal poutine pozole pulaar pupusa pupusas purim q'anjob'al
  qawwali qingming quechua quinceanera ramayana ranchera raramuri reggae reggaeton rohingya sacrament salafi
  samhain samosa sango sanskrit saraiki satsang seder selichot seollal sephardic sesotho setswana shabbat
  shabbos shanghainese shavuot shawarma sindhi sinhala sinhalese sinigang slovenian soca songkran soninke
  sorani suhoor sukkot sunnah sutra sylheti syriac taishanese taiwanese tajik tallit talmud tamale
  tamales tamazight tanakh tarahumara tashlich tedim tefillin temne teochew tet theravada thingyan tigrinya
  tlingit toishanese tongan totonac tshiluba tteokbokki tulu turkmen twi ufc upanishads uyghur uzbek vaisakhi
  vatican vedas vesak vespers vipassana visayan waray wimbledon wixarika wnba wolof wudu wwe xhosa yahrzeit
  yapese yupik zomi zoroastrian zulu zydeco
`;

/** Faith, language and culture words that are also given names: a person only with person context. */
export const CULTURE_NAMES = `
  anglo zayde pride
  anime ashura cajun calypso cree epiphany gospel gurbani hajj hopi kimchi koran maithili malay maori mardi
  mayan mende novena odia oriya ramen romani rosary sabbath samba samoan tango umrah
`;

export const REGION_WORDS = `
  abkhazia aceh aguascalientes ahuachapan alsace amazonia amhara anatolia anbar andhra antioquia artibonite
  artsakh assam assyria badakhshan bahrain baja bali balkh balochistan baltistan baluchistan bamyan basra
  batangas bavaria bengal biafra bicol bihar bohol borneo calabria campeche casamance catalonia caucasus cebu
  chalatenango chechnya chhattisgarh chiapas chihuahua chimaltenango chinandega choluteca cibao coahuila
  comayagua connacht crimea cundinamarca dagestan darfur diyala donbas duhok equatoria erbil escuintla esteli
  fujian galicia galilee ghazni gilan gilgit goa guanajuato guangdong guangxi guayas gujarat gyeonggi
  hadramaut haryana hebei hejaz helmand henan herat himachal hokkaido honshu hubei huehuetenango hunan idlib
  ilocos ituri izabal jalisco jeju jharkhand jiangsu jinotega jubaland judea jutiapa kabylie kandahar karabakh
  karnataka kasai kashmir katanga kerala khorasan khost khuzestan khyber kirkuk kivu kordofan kunar kunduz
  kyushu ladakh laghman lancashire leinster leyte logar lombardy luzon maghreb maharashtra manchuria manipur
  manitoba matagalpa mazandaran meghalaya mekong mesopotamia michoacan mindanao mizoram nagaland najd
  nangarhar nayarit negev nunavut oaxaca odisha ogaden okinawa olancho orissa oromia ossetia paktia palawan
  pampanga panjshir peten provence puebla punjab puntland quebec queensland queretaro quetzaltenango rajasthan
  raqqa sacatepequez sahel samaria saskatchewan shaanxi shandong shanxi shikoku sichuan sikkim silesia sinaloa
  sindh sistan solola somaliland sonsonate sulawesi sulaymaniyah sumatra tabasco tamaulipas tasmania telangana
  tigray tlaxcala totonicapan transnistria tripura tuscany usulutan uttarakhand veracruz visayas wallonia
  wardak waziristan xinjiang yorkshire yoro yucatan yunnan zacatecas zanzibar zhejiang zulia
`;

export const BRAND_WORDS = `
  excel tupperware thermos kleenex xerox scotch pottery barn saran wrap red bull bulls tic tacs tac band-aid band-aids q-tip q-tips post-it post-its sharpie sharpies velcro jacuzzi
  abercrombie abilify acura adderall adidas advil aeropostale aetna airbnb airpod airpods aldi altima amazon
  ambien amwell ao3 applebee's aquafina arby's asda ativan audi audible autozone auvelity bacardi balenciaga
  bbc benadryl dentyne docusign bereal betterhelp beyblade bluesky bmw bojangles bratz brightline bronco budweiser bugatti
  buick buspar camaro camry canva capcut carhartt cava celexa chantix chatgpt cheerios cheetos chevrolet chevy
  chewy chili's chipotle chobani chromebook chrysler cigna cinnabon citroen civic classdojo cnn coke concerta
  corolla corvette costco craigslist crayola cricut crocs crumbl crunchyroll cvs cybertruck cymbalta dasani
  deltarune depakote digimon disney domino's doordash doritos dreamworks ducati dunkin ebay effexor eharmony
  elantra elfbar equinox escalade espn etsy facetime fanta fendi ferrari fiat fnaf focalin frappuccino funko
  furby gameboy gamestop garmin gatorade geodon gmc gofundme goodreads gopro grubhub gucci gushers hasbro hbo
  headway heineken hgtv highlander hinge hogwarts honda hulu humana hummer hyundai icee ihop ikea imac
  imessage impala impreza infiniti insta instacart intel intuniv ipod jaguar jamba jbl jeep jenga jetta
  jollibee juul kahoot keurig kfc kia kickstarter kindle kitkat klonopin kmart krispy kroger labubu
  lamborghini lamictal latuda lego legos lemon8 lenovo lexapro lexus lidl lifestance loblaws logitech loko
  lululemon lunchables macbook maserati mastodon mattel mazda mdlive meijer menards miata microsoft mitsubishi
  modelo motrin mounjaro msnbc mtv myfitnesspal narcan neopets nerf nespresso nestle nextdoor nickelodeon
  nicorette nike nikon nissan noom nordstrom npr nutella nvidia oculus odyssey okcupid onewheel onlyfans
  openai optum oreo oreos oura outback owala ozempic pacman panasonic panera passat patreon paxil pbs peloton
  pepsi petco petsmart peugeot pictionary pikachu pinterest pixar polaroid polestar popeyes porsche postmates
  potbelly powerade powerschool prada primark pringles pristiq prius prozac ps5 pubg publix qdoba qelbree
  quizlet quora rav4 redfin reebok remeron renault replika rexulti risperdal ritalin rivian roku rolex roomba
  safeway samsung sanrio sbarro schoology scion scrabble segway sentra sephora seroquel shein shoprite
  skechers skittles skoda skullcandy skyrim slurpee smirnoff snickers sonata sondermind sonic sonos sony
  sorento splatoon spravato squishmallow squishmallows starbucks starburst stardew starz strattera strava
  subaru sublocade suboxone substack sweetgreen takis talkiatry talkspace tamagotchi target teladoc temu
  terraria tesco tesla tetris theranest thriveworks tiguan tlc toyota trintellix tubi tumblr twix tylenol ugg
  ulta undertale uniqlo unitedhealthcare uno valium vans versace vespa vitamix vivitrol volkswagen volvo vrbo
  vsco vuse vw vyvanse walgreens walkman walmart wattpad wayfair waze webkinz webmd wegmans wegovy wellbutrin
  whataburger wii winco wingstop woebot wordle wrangler wysa xanax yahtzee yamaha yelp yeti yoplait yugioh
  zaxby's zepbound zillow zocdoc zoloft zyn zyprexa
  silverado tacoma tundra f-150 f150 f-250 cr-v crv pathfinder kona sportage optima venza 4runner yaris outlander
  crosstrek cx-5 econoline hilux murano celsius copenhagen skoal marlboro similac enfamil stihl husqvarna dewalt rupaul jeopardy doubtfire kenworth peterbilt freightliner bluey euphoria unforgiven coors mychart epic deere mckinney-vento
`;

/**
 * Nicknames of professional and college sports teams (general knowledge): "a huge Atlanta Falcons fan", "the
 * Cornhuskers". A capitalised phrase ending in one of them names a team, never a person or a place.
 */
export const SPORTS_TEAM_WORDS = `
  cardinals falcons ravens bills panthers bears bengals browns cowboys broncos lions packers texans colts jaguars
  chiefs raiders chargers rams dolphins vikings patriots saints giants jets eagles steelers 49ers niners seahawks
  buccaneers bucs titans commanders diamondbacks braves orioles sox cubs reds guardians rockies tigers astros royals
  angels dodgers marlins brewers twins mets yankees athletics phillies pirates padres mariners rays rangers jays
  nationals hawks celtics nets hornets bulls cavaliers cavs mavericks mavs nuggets pistons warriors rockets pacers
  clippers lakers grizzlies heat bucks timberwolves pelicans knicks thunder magic 76ers sixers suns blazers kings
  spurs raptors jazz wizards ducks coyotes bruins sabres flames hurricanes blackhawks avalanche stars wings oilers
  wild canadiens predators devils islanders senators flyers penguins sharks kraken blues lightning leafs canucks
  knights capitals cornhuskers huskers buckeyes wolverines longhorns sooners gators seminoles bulldogs wildcats
  heels hoosiers hawkeyes badgers spartans razorbacks volunteers aggies beavers cougars huskies utes trojans
  mustangs gophers jayhawks cyclones tar fighting irish crimson tide
`;
