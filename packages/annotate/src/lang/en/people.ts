import { words } from './list.js'

/** Title and role nouns ("President", "spokesman", "negotiator"), lower-cased; every word of a multi-word title is listed. */
export const titleWords = words(`
  president vice prime minister chancellor premier king queen prince princess emperor pope
  envoy ambassador spokesman spokeswoman spokesperson secretary press negotiator negotiators
  adviser advisor aide head chief leader commander general admiral colonel lieutenant captain
  sergeant marshal director ceo chairman chairwoman chair governor mayor senator congressman
  congresswoman lawmaker diplomat deputy son-in-law daughter-in-law father-in-law wife husband
  son daughter brother sister judge prosecutor founder editor correspondent analyst official
  representative speaker sheikh emir councillor councilor councilman councilwoman councilmember
  councilmembers assemblyman assemblywoman assemblymember alderman alderwoman dr mr mrs ms
  sir lord lady gen brig lt col maj sgt attorney brigadier strongman ruler monarch cardinal
  archbishop bishop rabbi imam mufti executive sheriff commissioner inspector superintendent
  strategist economist lawyer candidate nominee justice magistrate registrar treasurer
  comptroller ombudsman director-general secretary-general president-elect spokesmen professor
  scientist researcher lecturer academic historian physician surgeon engineer architect
  organiser organizer activist campaigner
`)

/** Words that may sit inside a title phrase without being its head ("chief of staff", "peace"). */
export const titleModifiers = words(`
  chief top senior special former acting interim deputy lead peace foreign defence defense
  state national security intelligence military presidential personal press sovereign-wealth
  fund wealth investment then of staff on-site
`)

/** Titles that, as a definite description ("the Ukrainian leader"), mean a head of state or government. */
export const leaderTitles = words(`
  president leader prime premier chancellor king queen emir ruler strongman
`)

/** Titles that, as a definite description ("the professor"), may stand for the one academic in the article. */
export const academicTitles = words(`
  professor academic researcher scientist lecturer expert
`)

/** Words that open an indefinite noun phrase naming an unnamed speaker ("one resident said"). */
export const indefiniteOpeners = words(`
  a an one another some several two three
`)

/** Nouns that mark an unnamed speaker ("sources told", "a diplomatic source said"). */
export const anonymousSpeakers = words(`
  source sources official officials diplomat diplomats aide aides people person insider
  insiders observer observers analyst analysts expert experts witness witnesses resident
  residents critic critics media outlets reports staff employees workers locals villagers
  protesters demonstrators investors volunteers rescuers survivors doctors nurses teachers
  students farmers traders
`)

/** Lower-case particles allowed inside a person's name ("Charles de Gaulle", "bin Salman"). */
export const nameParticles = words(`
  de da di del der van von bin al el la le du dos ibn
`)

/** Personal pronouns that can stand for a person as a speaker, with their gender. */
export const personPronouns: Readonly<Record<string, 'male' | 'female'>> = {
  he: 'male',
  she: 'female',
}

/**
 * Honorifics and title abbreviations written with a full stop before a name ("Mr.", "Gen.",
 * "Prof."), lower-cased without the stop: never the end of a sentence.
 */
export const honorifics = words(`
  mr mrs ms mx dr prof gen lt col maj capt cpt sgt cpl pvt cmdr adm brig gov sen rep rev hon st
  jr sr pres supt insp det amb atty
`)

/**
 * Other abbreviations written with a full stop that never end a sentence ("Ave.", "No.",
 * "approx."), lower-cased without the stop.
 */
export const abbreviations = words(`
  mt ft ave blvd rd no nos vol fig figs art sec vs v approx est dept univ cf al ca op ed eds pp p
  gov’t govt nat intl assn bros
`)

/**
 * Words that say a person's gender when they stand for the person or head their role: pronouns
 * (for co-reference: "Chandrasekaran said his client …"), honorifics, and gendered role and
 * kinship nouns ("spokeswoman", "first lady", "son-in-law"). Neutral words are not listed.
 */
export const genderWords: Readonly<Record<'male' | 'female', readonly string[]>> = {
  female: words(`
    she her hers herself mrs ms miss madam mme dame lady queen princess duchess empress
    spokeswoman chairwoman congresswoman councilwoman assemblywoman alderwoman businesswoman
    sportswoman policewoman stateswoman wife mother daughter sister grandmother aunt niece
    widow actress daughter-in-law mother-in-law sister-in-law woman girl
  `),
  male: words(`
    he him his himself mr sir lord king prince duke emperor spokesman chairman congressman
    councilman assemblyman alderman businessman sportsman policeman statesman husband father
    son brother grandfather uncle nephew widower son-in-law father-in-law brother-in-law man boy
  `),
}
