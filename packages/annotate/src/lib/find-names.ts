import { nameParticles, organizationHeads } from './lexicon.js'
import { addRunNamesTo, withModifier } from './names/classify.js'
import { connectors, isHyphenatedName, joins } from './names/name-words.js'
import type { NameCandidate } from './names/types.js'
import { partyByName } from './parties.js'
import { onlySpaceBetween, splitWords, type Word } from './words.js'

export { isHyphenatedGivenName, isRolePrefix, isTitleQualifier } from './names/name-words.js'
export type { NameCandidate, NameKind } from './names/types.js'

/**
 * A plural possessive inside an organisation's name: "Consumers' Association", "Farmers' Union",
 * "Workers' Party" (an apostrophe after the s, then a capitalised organisation head).
 */
function pluralPossessiveInName(text: string, cur: Word, next: Word): boolean {
  return (
    /s$/u.test(cur.value) &&
    /^['’]\s+$/u.test(text.slice(cur.end, next.start)) &&
    next.capitalised &&
    organizationHeads.has(next.lower)
  )
}

/** Find capitalised names in a block's text and classify them from their context. */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: pre-existing (41); to split by pattern (issue 9)
export function findNames(text: string): NameCandidate[] {
  const words = splitWords(text)
  const out: NameCandidate[] = []
  let i = 0
  while (i < words.length) {
    const w = words[i]!
    if (w.hyphenated && !isHyphenatedName(w)) {
      // Parts of a hyphenated compound are modifiers ("Ukraine-Russia talks", "Putin‑U.S. talks").
      let offset = 0
      for (const part of w.value.split(/[-\u2010\u2011]/u)) {
        const at = w.start + w.value.indexOf(part, offset)
        offset = at - w.start + part.length
        if (!/^\p{Lu}/u.test(part)) continue
        const p = partyByName(part)
        const c: NameCandidate = {
          start: at,
          end: at + part.length,
          surface: part,
          words: [part],
          kind: p ? 'party' : 'single',
          roles: [],
          possessive: false,
          modifier: true,
        }
        if (p) {
          c.partyKey = p.key
          c.partyName = p.name
        }
        out.push(c)
      }
      i++
      continue
    }
    if (!w.capitalised) {
      i++
      continue
    }
    // "R95 billion", "K2 million": a currency letter before an amount and a scale word is not a name.
    if (
      /^\p{Lu}{1,2}\d/u.test(w.value) &&
      /^\s+(?:thousand|million|billion|trillion|bn|m)\b/iu.test(text.slice(w.end))
    ) {
      i++
      continue
    }
    let j = i
    while (j + 1 < words.length) {
      const cur = words[j]!
      const nx = words[j + 1]!
      const inName = pluralPossessiveInName(text, cur, nx)
      if (
        (cur.possessive && !inName) ||
        (nx.hyphenated && !isHyphenatedName(nx)) ||
        (!onlySpaceBetween(text, cur.end, nx.start) && !inName)
      )
        break
      if (nx.capitalised) {
        j++
        continue
      }
      const after = words[j + 2]
      if (
        (connectors.has(nx.lower) || nameParticles.has(nx.lower) || joins(nx, cur)) &&
        after?.capitalised &&
        !after.hyphenated &&
        onlySpaceBetween(text, nx.end, after.start)
      ) {
        j += 2
        continue
      }
      // Two particles in a row ("Ursula von der Leyen", "Rafael van der Vaart").
      const third = words[j + 3]
      if (
        nameParticles.has(nx.lower) &&
        after !== undefined &&
        nameParticles.has(after.lower) &&
        third?.capitalised &&
        !third.hyphenated &&
        onlySpaceBetween(text, nx.end, after.start) &&
        onlySpaceBetween(text, after.end, third.start)
      ) {
        j += 3
        continue
      }
      break
    }
    // Greedy: a multi-word party name may be a prefix of the run ("White House press").
    const before = out.length
    addRunNamesTo(text, words, i, j, out)
    for (let k = before; k < out.length; k++) out[k] = withModifier(text, words, out[k]!)
    i = j + 1
  }
  return out
}
