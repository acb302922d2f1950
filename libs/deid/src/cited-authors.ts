/**
 * Authors trainees cite in supervision (models, manuals, landmark research), compiled by hand from
 * general knowledge of the clinical literature; not from any corpus. `AUTHOR_SURNAMES` holds the
 * surnames that are neither given names nor English words nor among the commonest US surnames (a test
 * keeps it so), so treating them as citations costs little; `AUTHOR_GIVEN_NAMES` pairs every surname
 * with the given name it is cited with, so that another person's given name before it ("Tobiah Klein")
 * still reads as somebody's name.
 */
export const AUTHOR_SURNAMES = `
  ackerman andreasen appelbaum arntz attwood baddeley baltes bancroft baron-cohen basson baucom ben-porath
  bentall birchwood bleuler boisvert boness boscolo bratton brewin brotto bryant-davis bulik caplan carstensen cecchin
  cicchetti compas costin damour deci degruy denborough dernoot dimidjian dobson doidge dominelli dreikurs
  duckworth ehrensaft ekman epstein eysenck falloon feldman felitti finkelhor folkman folstein freyd friedman frith
  fromm-reichmann fruzzetti gallagher-thompson gambrill garety garmezy gawande gazzaniga ghaemi ginott
  gladding goldenberg goleman grosz groth-marnat guerney gunderson haidt hallowell hare-mustin hatzenbuehler
  hazan heimberg henggeler herlihy hinshaw hollon ijzendoorn insel jernberg johnstone jongsma kalff kalsched
  kandel kanner karpman kempe kirmayer kitchener kitwood kleiman kleinman kleinplatz klerman kluft knapp knipe
  koegel koerner kolts kraepelin krumboltz kuipers kurtz kuyken laing langer lanius lebowitz leiblum lembke
  lewinsohn lezak liddle lilienfeld lindemann lipsky litz loftus longden lovaas lowenfeld lyons-ruth
  lyubomirsky malchiodi markman martin-baro masten mazlish mccullough mcgorry mcnally menakem meston moncrieff
  morin mosak moseley mueser nagoski naumburg nelsen neukrug nijenhuis nock nolen-hoeksema pachankis pearlin
  pennebaker perlman piacentini pipher polster posner prilleltensky prizant putnam ramachandran rapee rapp
  rathus reich romme rosenhan rothbaum rutter saks sapolsky sattler sharf silberman spitzer sroufe steinberg
  stice storch szapocznik szasz tangney tawwab tedeschi tervalon tirch treleaven tsemberis turkington twenge
  twohig vaillant volkow weakland weekes weiner-davis weissman wolfelt wolynn yapko yontef younggren zanarini zarit
  zeanah zeig zilbergeld volkan papernow brodzinsky grotevant
`;

export const AUTHOR_GIVEN_NAMES = `
  abramowitz:jonathan brodzinsky:david grotevant:harold covington:stephanie jaffe:janet duran:eduardo lorde:audre beebe:beatrice papernow:patricia angelou:maya achenbach:thomas ackerman:nathan addams:jane adler:alfred ainsworth:mary alexander:bruce
  amador:xavier anderson:harlene andreasen:nancy anthony:william antony:martin appelbaum:paul arntz:arnoud
  aron:elaine arredondo:patricia attwood:tony axline:virginia bacon:linda baddeley:alan bader:ellyn baer:lee
  balint:michael baltes:paul bancroft:lundy bandura:albert barkley:russell barlow:david barnett:jeffrey
  baron-cohen:simon barrett:lisa bartholomew:kim basson:rosemary bateman:anthony bateson:gregory baucom:donald
  baumrind:diana beattie:melody beck:aaron beck:judith ben-porath:yossef benjamin:jessica bentall:richard
  berg:insoo bernard:janine berne:eric beutler:larry bion:wilfred birchwood:max blatt:sidney bleuler:eugen
  boisvert:jennifer bollas:christopher bonanno:george boness:cassandra bordin:edward borkovec:thomas boscolo:luigi boss:pauline
  boszormenyi-nagy:ivan bowen:murray bowen:sarah bowlby:john boyd-franklin:nancy brach:tara bradshaw:john
  bratton:sue brent:david brewin:chris briere:john bronfenbrenner:urie brotto:lori brown:brene brown:gregory
  brown:laura bruch:hilde bryant-davis:thema bryson:tina bugental:james bulik:cynthia burke:nadine burns:david
  butcher:james butler:robert cain:susan calhoun:lawrence caplan:gerald carkhuff:robert carnes:patrick
  carstensen:laura carter:betty casement:patrick cass:vivienne cassidy:jude cecchin:gianfranco chadwick:paul
  chapman:gary chess:stella chodron:pema chorpita:bruce christensen:andrew cicchetti:dante clark:david
  cloitre:marylene cohen:judith comas-diaz:lillian combs:gene compas:bruce cooper:mick corey:gerald
  corey:marianne cormier:sherry corrigan:patrick costa:paul costin:carolyn courtois:christine cozolino:louis
  craske:michelle crenshaw:kimberle cross:william csikszentmihalyi:mihaly damasio:antonio damour:lisa dana:deb
  davanloo:habib david:susan davidson:richard deblinger:esther deci:edward deegan:patricia degruy:joy
  dell:paul denborough:david denning:patt dernoot:laura deurzen:emmy devine:megan diamond:lisa
  diclemente:carlo dimidjian:sona dobson:keith doherty:william doidge:norman doka:kenneth dominelli:lena
  dozier:mary drake:robert dreikurs:rudolf dryden:windy duckworth:angela duncan:barry dweck:carol egan:gerard
  ehlers:anke ehrensaft:diane ekman:paul elliott:robert ellis:albert emerson:david engel:george epstein:norman
  epston:david eysenck:hans erickson:milton ericsson:anders erikson:erik exner:john eyberg:sheila faber:adele
  fairbairn:ronald fairburn:christopher falender:carol falicov:celia falloon:ian fanon:frantz feil:naomi
  feldman:lisa felitti:vincent ferenczi:sandor figley:charles finkelhor:david finn:stephen first:michael
  fisher:celia fisher:janina foa:edna folkman:susan folstein:marshal fonagy:peter ford:julian forward:susan
  fosha:diana fraiberg:selma framo:james frances:allen frank:ellen frank:jerome frankl:viktor
  fredrickson:barbara freedman:jill freeman:daniel freire:paulo freud:anna freud:sigmund freyd:jennifer
  friedman:edwin frith:uta fromm-reichmann:frieda fromm:erich frost:randy fruzzetti:alan gabbard:glen
  gallagher-thompson:dolores gambrill:eileen garety:philippa garmezy:norman garner:david gawande:atul
  gazzaniga:michael gendlin:eugene genova:lisa germain:carel germer:christopher gerson:randy ghaemi:nassir
  gibson:lindsay gil:eliana gilbert:paul gilligan:carol ginott:haim gitterman:alex gladding:samuel
  glass:shirley glasser:william goldenberg:irene goleman:daniel goodyear:rodney goolishian:harold
  gottlieb:lori gottman:john gottman:julie grand:david grandin:temple grange:daniel greenberg:leslie
  greene:beverly greene:ross greenson:ralph greenspan:stanley gross:james grosz:stephen groth-marnat:gary
  guerney:bernard gunderson:john gutheil:thomas haidt:jonathan haley:jay hallowell:edward hanson:rick
  hardy:kenneth hare-mustin:rachel hare:robert harlow:harry harris:nadine harris:russ hart:carl hart:onno
  harvey:allison hatzenbuehler:mark hawkins:peter hayes:steven hays:pamela hazan:cindy heimberg:richard
  heller:rachel helms:janet hendrix:harville henggeler:scott hepworth:dean herlihy:barbara herman:judith
  hesse:erik hill:clara hinshaw:stephen hofmann:stefan hollis:florence hollon:steven hook:joshua hooks:bell
  horney:karen horvath:adam hubble:mark hughes:daniel hunt:helen ijzendoorn:marinus insel:thomas ivey:allen
  jackson:don jacobson:neil jamison:kay janet:pierre jernberg:ann jobes:david johnson:sheri johnson:sue
  johnson:virginia johnstone:lucy joiner:thomas jong:peter jongsma:arthur jordan:judith jung:carl
  kabat-zinn:jon kadushin:alfred kagan:jerome kalff:dora kalsched:donald kandel:eric kanner:leo kaplan:helen
  karpman:stephen kaufman:alan kazdin:alan keane:terence keel:pamela kegan:robert kelly:george kempe:henry
  kendall:philip kennedy:becky kernberg:otto kerr:michael kessler:david kessler:ronald khantzian:edward
  kingdon:david kinsey:alfred kirmayer:laurence kitchener:karen kitwood:tom klass:dennis kleiman:karen
  klein:melanie kleinman:arthur kleinplatz:peggy klerman:gerald klonsky:david klosko:janet kluft:richard
  knapp:samuel knipe:jim koegel:robert koerner:kelly kohlberg:lawrence kohut:heinz kolk:bessel kolts:russell
  koocher:gerald kornfield:jack kort:joe kottler:jeffrey kottman:terry kraepelin:emil kramer:edith kross:ethan
  krumboltz:john kubler-ross:elisabeth kuipers:elizabeth kurtz:ron kuyken:willem lacan:jacques ladany:nicholas
  laing:ronald lambert:michael landreth:garry langer:ellen lanius:ruth lazarus:arnold lazarus:richard
  leahy:robert lebowitz:eli ledoux:joseph leiblum:sandra lembke:anna lemma:alessandra lerner:harriet
  leszcz:molyneux lev:arlene levant:ronald levine:amir levine:peter lewinsohn:peter lezak:muriel liddle:howard
  lieberman:alicia lilienfeld:scott lindemann:erich linehan:marsha lipsky:laura litz:brett lock:james
  loftus:elizabeth longden:eleanor lovaas:ivar lowen:alexander lowenfeld:margaret luborsky:lester luoma:jason
  luria:alexander lynch:thomas lyons-ruth:karlen lyubomirsky:sonja madanes:cloe mahler:margaret main:mary
  malan:david malchiodi:cathy mannarino:anthony march:john markham:laura markman:howard marlatt:alan
  martell:christopher martin-baro:ignacio maslow:abraham masten:ann masters:william masterson:james mate:gabor
  may:rollo mazlish:elaine mccarthy:barry mccracken:lance mccrae:robert mccullough:james mcgoldrick:monica
  mcgorry:patrick mckay:matthew mcnally:richard mcwilliams:nancy mearns:dave meichenbaum:donald menakem:resmaa
  mennin:douglas meston:cindy metz:michael meyer:ilan meyers:robert miklowitz:david mikulincer:mario
  miller:alec miller:alice miller:jean miller:scott miller:william millon:theodore minuchin:salvador
  mitchell:stephen moncrieff:joanna moreno:jacob morey:leslie morgan:alice morin:charles morrison:anthony
  morrison:james mosak:harold moseley:lorimer moyers:theresa mueser:kim muran:christopher murray:henry
  nadal:kevin nagoski:emily najavits:lisa naumburg:margaret neff:kristin neimeyer:robert nelsen:jane
  neukrug:edward nichols:michael nijenhuis:ellert nock:matthew nolen-hoeksema:susan norcross:john
  o'connor:rory o'hanlon:bill oaklander:violet ogden:pat ogden:thomas orsillo:susan pachankis:john pearlin:leonard
  padesky:christine paivio:sandra palazzoli:mara panksepp:jaak paris:joel parkes:colin parnell:laurel
  pearlman:laurie pedersen:paul pennebaker:james perel:esther perlman:helen perls:fritz perls:laura
  perry:bruce persons:jacqueline phillips:katharine piacentini:john piaget:jean pipher:mary polster:erving
  ponterotto:joseph pope:kenneth porges:stephen posner:kelly powell:bert prilleltensky:isaac prizant:barry
  prochaska:james purvis:karyn putnam:frank rachman:stanley ramachandran:vilayanur rando:therese rank:otto
  rapee:ronald rapp:charles rathus:jill ratts:manivong ray:dee read:john real:terrence reamer:frederic
  reich:wilhelm remley:theodore resch:elyse resick:patricia richmond:mary roberts:albert roemer:lizabeth
  rogers:carl rollnick:stephen romme:marius rorschach:hermann rosenberg:marshall rosenhan:david
  rothbaum:barbara rothschild:babette rudd:david rutter:michael ryan:caitlin ryan:richard ryle:anthony
  volkan:vamik knight:bob saakvitne:karen sacks:oliver safran:jeremy saks:elyn saleebey:dennis salkovskis:paul sanders:matthew
  sapolsky:robert satir:virginia sattler:jerome schaefer:charles schmidt:ulrike schnarch:david schore:allan
  schut:henk schwartz:jeffrey schwartz:richard searles:harold segal:zindel seikkula:jaakko seligman:martin
  selvini:mara shapiro:francine sharf:richard shaver:phillip shazer:steve shea:shawn shear:katherine
  shedler:jonathan shneidman:edwin shulman:lawrence siegel:daniel silberman:steve singh:anneliese
  skinner:burrhus skovholt:thomas slade:arietta snow:teepa snyder:charles solomon:andrew sommers-flanagan:john
  sperry:len spinelli:ernesto spitzer:robert spring:janis sroufe:alan stahl:stephen stanley:barbara
  steele:claude steele:kathy steinberg:laurence steketee:gail stern:daniel stice:eric stolorow:robert
  stoltenberg:cal storch:eric stroebe:margaret strosahl:kirk strupp:hans sue:david sue:derald sullivan:harry
  szapocznik:jose szasz:thomas tangney:june tarrier:nicholas tatarsky:andrew tatkin:stan tatum:beverly
  tawwab:nedra taylor:steven teasdale:john tedeschi:richard teri:linda terr:lenore tervalon:melanie
  thomas:alexander thorne:brian tirch:dennis tolin:david treasure:janet treleaven:david tribole:evelyn
  tronick:edward tsai:mavis tsemberis:sam turk:dennis turkington:douglas twenge:jean twohig:michael
  vaillant:george vasquez:melba volkow:nora vygotsky:lev walker:lenore walker:nick walker:pete waller:glenn
  walsh:froma wampold:bruce watson:john watzlawick:paul weakland:john webster-stratton:carolyn wechsler:david
  weekes:claire weeks:gerald weiner-davis:michele weissman:myrna weisz:john welfel:elizabeth wells:adrian
  werner:emmy whitaker:carl whitaker:robert white:michael wilhelm:sabine wilson:barbara winnicott:donald
  witkiewitz:katie wolfelt:alan wolpe:joseph wolynn:mark worden:william wubbolding:robert yalom:irvin
  yapko:michael yehuda:rachel yontef:gary young:jeffrey younggren:jeffrey zanarini:mary zarit:steven zeanah:charles zeig:jeffrey
  zilbergeld:bernie zur:ofer
`;
