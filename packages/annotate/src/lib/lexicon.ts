import { english } from '../lang/en/index.js'

/**
 * The language pack's word lists as sets, for the rules of this package (the lists themselves
 * live in `src/lang/en`). General English news vocabulary, nothing story-specific.
 */

const toSet = (list: readonly string[]): ReadonlySet<string> => new Set(list)

export const titleWords = toSet(english.titleWords)
export const academicTitles = toSet(english.academicTitles)
export const findingVerbs = toSet(english.findingVerbs)
export const organizationDescriptors = toSet(english.organizationDescriptors)
export const titleModifiers = toSet(english.titleModifiers)
export const leaderTitles = toSet(english.leaderTitles)
export const cueVerbs = toSet(english.cueVerbs)
export const tellVerbs = toSet(english.tellVerbs)
export const indefiniteOpeners = toSet(english.indefiniteOpeners)
export const roleStoppers = toSet(english.roleStoppers)
export const anonymousSpeakers = toSet(english.anonymousSpeakers)
export const organizationHeads = toSet(english.organizationHeads)
export const placeHeads = toSet(english.placeHeads)
export const placePrepositions = toSet(english.placePrepositions)
export const platforms = toSet(english.platforms)
export const nameParticles = toSet(english.nameParticles)
export const articles = toSet(english.articles)
export const determiners = toSet(english.determiners)

/** Capitalised words that begin sentences or headings but are not names (openers, months, weekdays). */
export const notNames = toSet([
  ...english.sentenceOpeners,
  ...english.weekdays,
  ...english.months,
  ...english.monthAbbreviations.map((a) => a[0]!.toUpperCase() + a.slice(1)),
])

/** Personal pronouns that can stand for a person as a speaker, with their gender. */
export const personPronouns: ReadonlyMap<string, 'male' | 'female'> = new Map(
  Object.entries(english.personPronouns),
)

/** Occupations named by their suffix ("hydrologist", "statistician", "oceanographer"). */
const occupationSuffix = /^\p{Ll}{3,}(?:ologist|ician|ographer)s?$/u

/** Whether a lower-cased word is a title or an occupation noun (see {@link titleWords}). */
export function isTitleWord(lower: string): boolean {
  return titleWords.has(lower) || occupationSuffix.test(lower)
}

/** Occupations and affiliations that make a person an academic for {@link academicTitles}. */
export const academicEvidence =
  /(?:ologist|ographer|ician|scientist|researcher|professor|lecturer|academic)s?\b|\b(?:University|College|Polytechnic|Academy)\b/iu
