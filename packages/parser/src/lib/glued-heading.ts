import { english } from '@parallax/annotate/english'
import { MINOR_WORDS, titleCaseRatio } from './shape.js'

/** Title and role nouns (the language pack's list). */
const titleWords: ReadonlySet<string> = new Set(english.titleWords)

/** Determiners: title case writes them in lower case, so a capitalised one starts a sentence. */
const OPENERS: ReadonlySet<string> = new Set(english.determiners)
const ROLES = new Set([
  'president',
  'prime',
  'minister',
  'secretary',
  'chancellor',
  'foreign',
  'defence',
  'defense',
  'general',
  'gen.',
  'senator',
  'sen.',
  'governor',
  'gov.',
  'mayor',
  'king',
  'queen',
  'pope',
  'ambassador',
  'envoy',
  'special',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chief',
  'commander',
  'admiral',
  'adm.',
  'former',
  'vice',
  'deputy',
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
])

/** Words that open a sentence before a number ("About 40 residents…", "Nearly half…"). */
const NUMBER_OPENERS = new Set([
  'about',
  'around',
  'almost',
  'nearly',
  'roughly',
  'some',
  'over',
  'more',
  'fewer',
  'less',
  'only',
  'just',
  'up',
  'at',
])
/** A role or occupation noun ("Volcanologist", "Economist", "Professor"): a sentence may open on it. */
const isRoleWord = (word: string) =>
  ROLES.has(word) ||
  titleWords.has(word) ||
  /(?:olog(?:ist|er)|ist|professor|researcher)$/u.test(word)

const strip = (token: string) => token.replace(/^["'“‘(«]+|["'”’)»,;:]+$/g, '')
const isCap = (token: string) => /^[\p{Lu}\p{N}]/u.test(strip(token))
const isInitialism = (token: string) => /^(?:\p{L}\.)+$/u.test(strip(token))

/**
 * Where the first sentence starts in a paragraph whose title-case heading was glued to it
 * ("Drone Activity Intensifies Amid Talks The Russian defence ministry said …" → at "The"), or
 * `null`. The title-case run ends at the first lower-case word that title case would capitalise;
 * the sentence starts at the last capitalised determiner before it ("The", "Its"),
 * else at a role title ("President …"), else at the last capitalised word ("Kyiv insists").
 * The heading needs at least 3 words, all in title case, and no sentence punctuation (a comma
 * may join two headline clauses). A number opening the sentence takes the hedge before it
 * ("About 40 residents"); a role noun opens it when an organisation's name splits the run.
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: pre-existing (34); to split by pattern (issue 9)
export function gluedHeadingSplit(text: string): number | null {
  const tokens = [...text.matchAll(/\S+/g)]
  let f = -1
  for (let i = 0; i < tokens.length; i++) {
    const tok = strip(tokens[i]![0])
    if (isCap(tok)) continue
    if (MINOR_WORDS.has(tok)) continue
    f = i
    break
  }
  if (f < 4) return null
  for (let i = 0; i < f - 1; i++) {
    const tok = tokens[i]![0]
    // A comma may join two clauses of a headline ("Lagoon Closes, Flights Unaffected").
    if (/[.;:!?]["'”’)]*$/.test(tok) && !isInitialism(tok)) return null
  }
  let r = f - 1
  while (r > 0 && isCap(tokens[r - 1]![0])) r--
  let p = -1
  for (let i = f - 1; i >= Math.max(r, 1); i--) {
    if (OPENERS.has(strip(tokens[i]![0]).toLowerCase())) {
      p = i
      break
    }
  }
  if (p === -1) {
    for (let i = Math.max(r, 1); i < f; i++) {
      if (ROLES.has(strip(tokens[i]![0]).toLowerCase())) {
        p = i
        break
      }
    }
  }
  if (p === -1) {
    // "… Soon Volcanologist Jane Roe of the University of Iceland told": an organisation's
    // name ("of the") splits the capitalised run; every word before `f` is capitalised or
    // minor, so look for a role noun over the whole run.
    for (let i = 1; i < r; i++) {
      const tok = strip(tokens[i]![0])
      if (isCap(tok) && isRoleWord(tok.toLowerCase())) {
        p = i
        break
      }
    }
  }
  if (p === -1) p = f - 1
  // "… Ninth Time About 40 residents": a number rarely opens a sentence without a word before it.
  if (
    p > 1 &&
    /^\p{N}/u.test(strip(tokens[p]![0])) &&
    NUMBER_OPENERS.has(strip(tokens[p - 1]![0]).toLowerCase())
  )
    p--
  if (p < 3 || p > 16) return null
  const at = tokens[p]!.index!
  const heading = text.slice(0, at)
  if (titleCaseRatio(heading) < 0.8) return null
  return at
}
