import { MINOR_WORDS, titleCaseRatio } from './shape.js'

/** Determiners: title case writes them in lower case, so a capitalised one starts a sentence. */
const OPENERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'these',
  'those',
  'its',
  'his',
  'her',
  'their',
  'our',
])
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

const strip = (token: string) => token.replace(/^["'“‘(«]+|["'”’)»,;:]+$/g, '')
const isCap = (token: string) => /^[\p{Lu}\p{N}]/u.test(strip(token))
const isInitialism = (token: string) => /^(?:\p{L}\.)+$/u.test(strip(token))

/**
 * Where the first sentence starts in a paragraph whose title-case heading was glued to it
 * ("Drone Activity Intensifies Amid Talks The Russian defence ministry said …" → at "The"), or
 * `null`. The title-case run ends at the first lower-case word that title case would capitalise;
 * the sentence starts at the last capitalised determiner before it ("The", "Its"),
 * else at a role title ("President …"), else at the last capitalised word ("Kyiv insists").
 * The heading needs at least 3 words, all in title case, and no sentence punctuation.
 */
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
    if (/[.,;:!?]["'”’)]*$/.test(tok) && !isInitialism(tok)) return null
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
  if (p === -1) p = f - 1
  if (p < 3 || p > 16) return null
  const at = tokens[p]!.index!
  const heading = text.slice(0, at)
  if (titleCaseRatio(heading) < 0.8) return null
  return at
}
