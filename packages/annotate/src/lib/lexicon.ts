/** Word lists the news rules rely on. General English news vocabulary, nothing story-specific. */

const toSet = (words: string) => new Set(words.trim().split(/\s+/))

/**
 * Title and role nouns ("President", "spokesman", "negotiator"). Lower-cased; multi-word
 * titles are matched word by word because every word in them is listed.
 */
export const titleWords = toSet(`
  president vice prime minister chancellor premier king queen prince princess emperor pope
  envoy ambassador spokesman spokeswoman spokesperson secretary press negotiator negotiators
  adviser advisor aide head chief leader commander general admiral colonel lieutenant captain
  sergeant marshal director ceo chairman chairwoman chair governor mayor senator congressman
  congresswoman lawmaker diplomat deputy son-in-law daughter-in-law father-in-law wife husband
  son daughter brother sister judge prosecutor founder editor correspondent analyst official
  representative speaker sheikh emir councillor councilor councilman councilwoman dr mr mrs ms sir lord lady gen brig lt col maj sgt attorney
  brigadier strongman ruler monarch cardinal archbishop bishop rabbi imam mufti
  executive sheriff commissioner inspector superintendent strategist economist lawyer
  candidate nominee justice magistrate registrar treasurer comptroller ombudsman
  director-general secretary-general president-elect spokesmen
  professor scientist researcher lecturer academic historian physician surgeon engineer
  architect organiser organizer activist campaigner
`)

/** Occupations named by their suffix ("hydrologist", "statistician", "oceanographer"). */
const occupationSuffix = /^\p{Ll}{3,}(?:ologist|ician|ographer)s?$/u

/** Whether a lower-cased word is a title or an occupation noun (see {@link titleWords}). */
export function isTitleWord(lower: string): boolean {
  return titleWords.has(lower) || occupationSuffix.test(lower)
}

/**
 * Titles that, as a definite description ("the professor", "the researcher"), may stand for the
 * one academic in the article: a person with an academic occupation or university affiliation.
 */
export const academicTitles = toSet('professor academic researcher scientist lecturer expert')

/** Occupations and affiliations that make a person an academic for {@link academicTitles}. */
export const academicEvidence =
  /(?:ologist|ographer|ician|scientist|researcher|professor|lecturer|academic)s?\b|\b(?:University|College|Polytechnic|Academy)\b/iu

/**
 * Verbs of finding whose subject, when it is an organisation, is the source of the quoted
 * words it found ("the council, which found an “unacceptable risk”").
 */
export const findingVerbs = toSet(
  'find finds found conclude concludes concluded determine determines determined rule rules ruled',
)

/**
 * Nouns that, as the head of an appositive after a name, make the name an organisation
 * ("Aguas Andinas, the private utility that …", "Hanul Energy, a battery maker").
 */
export const organizationDescriptors = toSet(`
  company companies firm utility operator group agency regulator carrier airline bank lender
  insurer manufacturer maker producer retailer supplier distributor startup start-up charity
  organisation organization nonprofit non-profit body authority ministry institute university
  association federation union broadcaster newspaper publisher developer miner conglomerate
  consortium cooperative co-operative fund watchdog subsidiary chain network
`)

/** Words that may sit inside a title phrase without being its head ("chief of staff", "peace"). */
export const titleModifiers = toSet(`
  chief top senior special former acting interim deputy lead peace foreign defence defense
  state national security intelligence military presidential personal press sovereign-wealth
  fund wealth investment then of staff on-site
`)

/** Titles that, as a definite description ("the Ukrainian leader"), mean a head of state or government. */
export const leaderTitles = toSet(
  'president leader prime premier chancellor king queen emir ruler strongman',
)

/** Speech and statement verbs that introduce or follow a quotation. */
export const cueVerbs = toSet(`
  say says said saying tell tells told telling write writes wrote written writing post posts
  posted posting describe describes described describing characterize characterizes
  characterized characterizing characterise characterises characterised characterising call
  calls called calling state states stated stating note notes noted noting add adds added
  adding remark remarks remarked remarking warn warns warned warning accuse accuses accused
  accusing urge urges urged urging declare declares declared declaring announce announces
  announced announcing insist insists insisted insisting argue argues argued arguing claim
  claims claimed claiming vow vows vowed vowing praise praises praised praising criticize
  criticizes criticized criticizing criticise criticised rebuke rebukes rebuked rebuking
  explain explains explained explaining confirm confirms confirmed confirming emphasize
  emphasizes emphasized emphasizing emphasise emphasised stress stresses stressed stressing
  reiterate reiterates reiterated reiterating voice voices voiced voicing express expresses
  expressed expressing deny denies denied denying report reports reported reporting caution
  cautions cautioned cautioning suggest suggests suggested suggesting acknowledge
  acknowledges acknowledged acknowledging indicate indicates indicated indicating add
  reply replies replied replying respond responds responded responding tweet tweets tweeted
  tweeting recall recalls recalled recalling predict predicts predicted predicting admit admits
  admitted admitting promise promises promised promising label labels labelled labeled
  labelling dismiss dismisses dismissed dismissing hail hails hailed hailing shout shouts
  shouted shouting
`)

/** Cue verbs that take the addressee as object and may name the channel ("told Axios"). */
export const tellVerbs = toSet('tell tells told telling')

/** Personal pronouns that can stand for a person as a speaker, with their gender. */
export const personPronouns = new Map<string, 'male' | 'female'>([
  ['he', 'male'],
  ['she', 'female'],
])

/**
 * Words that open an indefinite noun phrase naming an unnamed speaker when it is the subject
 * of a speech verb ("one resident said", "a mother of three said", "another commuter said").
 */
export const indefiniteOpeners = toSet('a an one another some several two three')

/** Words that never belong to a role phrase written before a name (function words). */
export const roleStoppers = toSet(`
  the a an this that these those his her their its our my your and or but nor with without of
  to in on at by for from into onto over under after before during since until as than then
  who whom whose which when where while said says told tells wrote writes met meets is was
  are were be been being has have had do does did not no also only just
`)

/** Nouns that mark an unnamed speaker ("sources told", "a diplomatic source said"). */
export const anonymousSpeakers = toSet(`
  source sources official officials diplomat diplomats aide aides people person insider
  insiders observer observers analyst analysts expert experts witness witnesses resident
  residents critic critics media outlets reports
`)

/** Heads that make a capitalised name an organisation ("Defence Council", "Investment Fund"). */
export const organizationHeads = toSet(`
  council ministry agency fund administration committee commission union organization
  organisation bank party board department office army navy force forces corps group company
  corporation inc ltd times news post journal network channel institute university court
  parliament congress senate assembly government service services federation association
  foundation alliance front brigade battalion guard police gazette herald tribune chronicle
  telegraph courier
`)

/** Heads that make a capitalised name a place ("Donbas region", "Nuclear Power Plant"). */
export const placeHeads = toSet(`
  region oblast province state city town village district county island islands peninsula
  river sea ocean mountains valley plant airport port square street avenue
`)

/** Prepositions after which an unknown capitalised name is most likely a place. */
export const placePrepositions = toSet(
  'in at from to near into across outside inside toward towards via through',
)

/** Media and platforms that, named after a cue, are the channel ("wrote on X"). */
export const platforms = toSet(`
  X Twitter WhatsApp Telegram Facebook Instagram TikTok YouTube Truth Social Signal LinkedIn
  Threads Bluesky Weibo WeChat
`)

/** Capitalised words that begin sentences or headings but are not names. */
export const notNames = toSet(`
  A An The This That These Those It Its He She They We I You His Her Their Our My Your But And
  Or Nor So Yet For If When While Although Though As After Before Since Until Meanwhile
  However Notably Also Still Even Both Some Many Most Several Other Another Such No Not Ahead
  During In On At By From With Without Of To Into Over Under Among Between Next Last First
  Giving Writing Speaking Echoing Following According Specifically Conversely Nevertheless
  Beyond Prospects Security Talks Sources Image Updated Top Feeds Timeline Officials Mr Mrs Ms
  Dr Here There What Who Why How Where Which Whose Whom Every Each All Any Few One Two Three
  Four Five Six Seven Eight Nine Ten Monday Tuesday Wednesday Thursday Friday Saturday Sunday
  January February March April May June July August September October November December Jan
  Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Emotionally Never Instead Then Now Today
  Tomorrow Yesterday Earlier Later Despite Against Amid Upon Via Only Just Perhaps Maybe
  Moreover Furthermore Indeed Overall Finally Initially Separately Similarly Likewise
`)

/** Lower-case particles allowed inside a person's name ("Charles de Gaulle", "bin Salman"). */
export const nameParticles = toSet('de da di del der van von bin al el la le du dos ibn')
