import type { ClaimLanguage } from './types.js'
import { byStance, list, numbered, pairs, words } from './words.js'

/**
 * English: the words the claim rules read. General news vocabulary, no story's own words.
 * Lists are lower-case lemmas unless the field says otherwise (see `ClaimLanguage`).
 */
export const en: ClaimLanguage = {
  stanceVerbs: byStance({
    demand: words('demand insist require seek want urge request need'),
    refusal: words('refuse reject decline rebuff veto deny'),
    offer: words('offer propose pledge promise'),
    support: words('support back endorse favour favor welcome accept'),
    opposition: words(
      'oppose condemn denounce criticise criticize resist dispute challenge contest appeal',
    ),
  }),
  stancePhrasalVerbs: byStance({
    demand: list('call for, push for, press for, insist on, ask for, appeal for, fight for'),
    refusal: list('rule out'),
    offer: list('put forward'),
    support: list('agree to'),
    opposition: list('object to, argue against'),
    condition: list('conditional on, contingent on'),
  }),
  addresseeVerbs: words('ask push press pressure lobby encourage'),
  agentNouns: words(`
      group union resident official lawyer campaigner activist critic worker family
      prosecutor regulator negotiator delegation delegate mayor minister leader spokesperson
      spokesman spokeswoman villager farmer parent employee shareholder investor opposition
      protester victim survivor relative consumer authority company firm council government
      ministry committee board agency police club utility operator bank insurer airline
      manufacturer retailer landlord
    `),
  talkVerbs: words('comment answer elaborate confirm respond discuss say speak specify'),
  contentNouns: words('claim allegation accusation report suggestion assertion charge'),
  stanceNouns: byStance({
    demand: words('demand push call insistence ultimatum'),
    refusal: words('refusal rejection'),
    offer: words('offer proposal'),
    support: words('support backing'),
    opposition: words('opposition objection'),
    condition: words('condition precondition'),
  }),
  yieldVerbs: list(`
      cede, give, surrender, concede, withdraw, relinquish, abandon, compromise, back down,
      hand, yield, drop
    `),
  negatedStance: { support: 'opposition' },
  conditionCues: list('only if, as long as, provided that, on condition that, unless'),
  aspectVerbs: words('continue keep begin start'),
  speechVerbs: words('say tell state insist add stress warn announce vow'),
  eventNouns: words(`
      talk talks negotiation round meeting summit session visit conference exchange swap
      release strike attack assault offensive bombing shelling invasion ceasefire truce
      agreement deal treaty accord election vote referendum ballot ruling verdict trial
      hearing sentence arrest resignation protest march walkout demonstration earthquake
      quake flood eruption storm wildfire hurricane explosion crash collapse outbreak
      transfer signing match final launch raid medical bid acquittal conviction opening
      emergency search fire blaze recall inspection evacuation closure death cut hike
      check order launch attempt
    `),
  eventVerbs: pairs(`
      meet meeting, attack attack, strike strike, invade invasion, exchange exchange,
      swap exchange, sign signing, resign resignation, elect election, arrest arrest,
      convict conviction, acquit acquittal, sentence sentence, erupt eruption,
      collapse collapse, march march, protest protest, raid raid, shell shelling,
      bomb bombing, open opening, begin start, resume resumption, found founding,
      join joining, complete completion, conclude conclusion, die death, recall recall,
      inspect inspection, evacuate evacuation, suspend suspension, halt halt, stop stoppage,
      cut cut, lower cut, reduce cut, hike increase, lift lifting,
      launch launch, approve approval, cancel cancellation, postpone postponement
    `),
  occurVerbs: list('take place, hold, happen, go ahead, resume, begin, start, open, convene'),
  frameVerbs: words(`
      hold end conclude open attend host complete wrap agree lead result follow resume stage
      conduct carry announce
    `),
  scheduleCues: words('due scheduled set agreed expected planned'),
  irrealis: words('would could might may if unless whether should'),
  negations: words("not n't never no without nor"),
  expectation: words(`
      expect plan forecast project predict schedule due will would aim target anticipate
      set could may might hope
    `),
  durationUnits: words('second minute hour day week month year decade night'),
  participles: pairs(`
      spend spent, shoot shot, take taken, give given, hold held, build built, lose lost,
      bring brought, send sent, leave left, make made, find found, sell sold, buy bought,
      pay paid, win won, fight fought, keep kept, meet met, put put, cut cut, set set,
      hit hit, see seen, fly flown, strike struck, fall fallen, rise risen, grow grown,
      go gone, show shown, begin begun, drive driven, sink sunk, shrink shrunk, tell told,
      seek sought, catch caught, feel felt, deal dealt, stand stood, freeze frozen,
      choose chosen, break broken, write written, steal stolen, run run, let let,
      bear borne, beat beaten, earn earned, raise raised, seize seized, lead led, draw drawn
    `),
  scaleWords: words('million billion trillion thousand hundred dozen crore lakh score'),
  measureUnits: words(`
      km kilometre kilometer mile metre meter kg tonne ton litre liter megawatt gigawatt
      degree storey lane magnitude
    `),
  changeVerbs: words('rise climb reach increase fall drop jump hit stand grow decline soar'),
  rankVerbs: words('finish place come end rank'),
  rankUnit: 'place',
  numberWords: numbered(`
      one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
      sixteen seventeen eighteen nineteen twenty
    `),
  ordinalWords: numbered(`
      first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
      thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth
    `),
  readinessWords: words('ready prepared willing'),
  hesitationVerbs: words('hesitate'),
  fractionWords: { half: 0.5, quarter: 0.25, third: 1 / 3, tenth: 0.1 },
  levelVerbs: words('reach hit top pass exceed surpass'),
  durationVerbs: words('last take run continue go stretch span'),
  ageForm: /[-‑\s]old$/i,
  ageSubject: 'age',
  shareUnits: list('percent, per cent, %, percentage point, point'),
  describeVerbs: words('describe call term label characterise characterize hail dub brand'),
  evaluativeNouns: words(`
      progress breakthrough success failure disaster chaos step stalemate deadlock setback
      victory defeat farce mistake tragedy capitulation betrayal propaganda milestone
    `),
  factualAdjectives: words(`
      first last next previous other another same several many few more most such own
      former current new old eastern western northern southern national local foreign
    `),
  dropLeading: words('the a an this that these those its their his her'),
  topics: {
    prisoners: words('prisoner captive hostage detainee pow swap release'),
    humanitarian: words('humanitarian refugee civilian evacuation displaced shelter famine'),
    territory: words(`
      territory territorial land border annex annexation cede occupy occupied occupation
      sovereignty frontline
    `),
    security: words(`
      security guarantee nato alliance deterrence peacekeeper peacekeeping monitoring
      monitor
    `),
    military: words(`
      drone missile strike attack army troop soldier military offensive shelling bombing
      weapon front battlefield invasion war ceasefire truce artillery fighter
    `),
    labour: words('strike union worker pension employer walkout job salary wage'),
    energy: words(`
      energy power grid electricity gas oil nuclear plant pipeline fuel coal blackout
      reactor
    `),
    economy: words(`
      economy economic sanction trade tariff budget tax inflation rate bank price market
      investment asset loan debt fund export import gdp growth stock bond currency
    `),
    law: words(`
      court judge ruling verdict trial law legal lawsuit prosecutor appeal sentence
      convict charge jury constitution constitutional
    `),
    politics: words(`
      election vote parliament minister government coalition party referendum reform bill
      resignation resign opposition campaign cabinet protest march
    `),
    disaster: words(`
      disaster earthquake quake flood eruption volcano storm hurricane wildfire tsunami
      landslide drought rescue casualty evacuate lava fire
    `),
    health: words(`
      health hospital vaccine vaccination disease virus outbreak patient doctor medical
      epidemic
    `),
    environment: words('climate emission pollution water environment environmental forest carbon'),
    sport: words(`
      match goal club transfer player coach season league tournament championship striker
      team stadium
    `),
    talks: words(`
      talk discussion session negotiation negotiator negotiate diplomacy diplomatic envoy
      summit meeting delegation peace deal agreement round mediator mediate settlement
      treaty proposal framework
    `),
  },
}
