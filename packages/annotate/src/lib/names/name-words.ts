import {
  cueVerbs,
  isTitleWord,
  notNames,
  organizationHeads,
  roleStoppers,
  titleModifiers,
} from '../lexicon.js'
import { firstNameGender, isEnglishWord, isKnownPlace } from '../nlp.js'
import { partyByName, partyByWord } from '../parties.js'
import { splitWords, type Word } from '../words.js'

// Word tests for names: titles and roles before a name, hyphenated names, romanised given names.

export const connectors = new Set(['of', 'and', 'for', 'the'])
/** Whether `w` joins the words of a name ("on" only after an organisation head: "Council on Ethics"). */
export const joins = (w: Word, prev: Word | undefined) =>
  connectors.has(w.value) ||
  (w.value === 'on' && prev !== undefined && organizationHeads.has(prev.lower))
/**
 * Head nouns that end organisations' names as well as the language pack's (`organizationHeads`):
 * "National Observatory", "Food Safety Authority", "Brennan Farm Foods", "Northvale Power",
 * "Tynecastle Rovers". Some are also surnames ("Samantha Power"), so they count only when the
 * name does not open with a known first name (see {@link endsWithOrganisationHead}).
 */
const organisationNameHeads = new Set(
  `authority authorities observatory laboratory laboratories lab labs foods power energy
  airlines airways motors holdings industries systems technologies pharmaceuticals partners
  capital securities investments insurance railways railway telecom petroleum mining steel
  utilities utility hospital clinic museum library academy school college centre center trust
  society institution commission tribunal exchange reserve studios media press club rovers
  wanderers athletic albion rangers fc afc cf sc spor`.split(/\s+/u),
)

/**
 * Whether a run of two or more capitalised words ends in an organisation's head noun: one of
 * the language pack's heads, or one of {@link organisationNameHeads} after a first word that is
 * not a known first name, in a run without connectors ("Northvale Power"; not "Samantha Power",
 * nor the whole of "Shares of Northvale Power").
 */
export function endsWithOrganisationHead(run: readonly Word[]): boolean {
  if (run.length < 2) return false
  const last = run[run.length - 1]!.lower
  if (organizationHeads.has(last)) return true
  return (
    organisationNameHeads.has(last) &&
    firstNameGender(run[0]!.value) === undefined &&
    !run.some((w) => connectors.has(w.value))
  )
}

export const acronym = /^(?:\p{Lu}{2,6}\d?|\p{Lu}\d{1,2})$/u

export function isTitle(w: Word): boolean {
  // "co-leader", "vice-president", "ex-minister" are the title after the prefix; "Ms." is "ms".
  const lower = w.lower.replace(/\.$/u, '')
  return isTitleWord(lower) || isTitleWord(lower.replace(/^(?:co|vice|ex|deputy)-/u, ''))
}

export function isRoleWord(w: Word): boolean {
  return (
    isTitleWord(w.lower) ||
    titleModifiers.has(w.lower) ||
    w.lower === 'and' ||
    partyByWord(w.value) !== undefined ||
    (w.possessive && w.capitalised) ||
    /^(?:co|vice|ex|deputy)-/u.test(w.lower) ||
    /-in-law$/u.test(w.lower)
  )
}

/**
 * Whether a word may qualify a title written before a name without being a title itself:
 * "regional" in "regional president", "Economy" in "Economy Minister", "Karnataka" in
 * "Karnataka Chief Minister". Function words, speech verbs, -ed/-ing/-ly words, numbers and
 * sentence openers end the role phrase.
 */
export function isTitleQualifier(w: Word): boolean {
  if (roleStoppers.has(w.lower) || cueVerbs.has(w.lower) || connectors.has(w.lower)) return false
  if (w.capitalised && notNames.has(w.value)) return false
  if (!/^\p{L}[\p{L}'’-]*$/u.test(w.value)) return false
  if (!w.capitalised && /(?:ed|ing|ly)$/u.test(w.lower) && !isTitleWord(w.lower)) return false
  return true
}

/**
 * Whether `text` (what stands between a position and a name) is only a role written before
 * the name: words ending in a title ("Mayor ", "regional president ", "Kalgoorlie mayor ").
 */
export function isRolePrefix(text: string): boolean {
  if (!/\s$/u.test(text) || /[,.;:!?()“”"]/u.test(text.replace(/(?:\p{Lu}\.)+/gu, ''))) return false
  const words = splitWords(text)
  const last = words[words.length - 1]
  if (!last || !(isTitle(last) || /-in-law$/u.test(last.lower))) return false
  return words.length <= 6 && words.every((w) => isRoleWord(w) || isTitleQualifier(w))
}

/** Whether a hyphenated word is a name ("Okonjo-Iweala"), not a compound of names ("Ukraine-Russia"). */
export function isHyphenatedName(w: Word): boolean {
  const parts = w.value.split(/[-\u2010\u2011]/u)
  return (
    (parts.length >= 2 &&
      parts.every((p) => /^\p{Lu}\p{Ll}+$/u.test(p) && !partyByName(p) && !isKnownPlace(p))) ||
    isHyphenatedGivenName(w.value)
  )
}

/**
 * One syllable of romanised Korean (onset, vowel, coda): "won", "ho", "myung". Some are also
 * English words ("Ji-won", "Hye-sun"); English compounds' second parts ("era", "based", "war",
 * "led") are not syllables of this shape.
 */
export const romanisedSyllable =
  /^(?:kk|tt|pp|ss|jj|ch|[bcdghjkmnpstwy])?(?:y|w)?(?:ae|eo|eu|oe|ui|a|e|i|o|u)(?:ng|[nklmpt])?$/u

/**
 * A romanised given name with a hyphenated second syllable ("Kyung-ho", "Jae-myung"), written
 * after the family name: a capitalised part, then lower-case parts that are not English words
 * ("Trump-era", "Kyiv-based" are compounds).
 */
export function isHyphenatedGivenName(value: string): boolean {
  const parts = value.split(/[-\u2010\u2011]/u)
  return (
    parts.length === 2 &&
    /^\p{Lu}\p{Ll}{1,5}$/u.test(parts[0]!) &&
    /^\p{Ll}{2,5}$/u.test(parts[1]!) &&
    (!isEnglishWord(parts[1]!) || romanisedSyllable.test(parts[1]!)) &&
    !partyByName(parts[0]!) &&
    !isKnownPlace(parts[0]!)
  )
}

/** Icelandic and Nordic patronymics ("Þorvaldsdóttir", "Sigurjónsson"): evidence of a person. */
export const patronymic = /(?:d[óo]ttir|ss[oe]n)$/u
