import type { BlockContext } from '../block-context.js'
import type { NameCandidate } from '../find-names.js'
import { foldName } from '../fold-name.js'

/**
 * What a lone capitalised word's surroundings say only of an organisation: it speaks "in a
 * statement" or "on its" channel, or owns a board, shares, a press service or a spokesperson
 * ("Rosatom said in a statement", "Gazprom's board").
 */
const organisationContext =
  /^(?:['’]s\s+(?:board|shares|statement|website|press\s+service|spokes(?:man|woman|person)|chief\s+executive|ceo|headquarters)\b|\s+(?:said|says|announced|confirmed|stated|added|reported)\s+(?:(?:on|late|early|in|this|last|a)\s+\p{L}+\s+)?(?:in\s+a\s+(?:statement|press\s+release|filing|notice|post)|on\s+its\b))/iu

/**
 * Folded single words of the article that name an organisation rather than a person: a word
 * never given a role or an honorific, never part of a person's full name, that at least once
 * stands where only an organisation does (see {@link organisationContext}).
 */
export function organisationWords(
  contexts: readonly BlockContext[],
  lone: ReadonlyArray<{ block: number; c: NameCandidate }>,
): Set<string> {
  const evidence = new Set<string>()
  const personal = new Set<string>()
  for (const { block, c } of lone) {
    if (c.words.length !== 1) continue
    const word = foldName(c.surface)
    const text = contexts[block]!.text
    if (c.roles.length > 0 || /\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+$/u.test(text.slice(0, c.start)))
      personal.add(word)
    else if (organisationContext.test(text.slice(c.end))) evidence.add(word)
  }
  for (const w of personal) evidence.delete(w)
  return evidence
}
