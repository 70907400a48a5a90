import { platforms } from './lexicon.js'

const platformList = [...platforms].sort((a, b) => b.length - a.length).join('|')
// "told the Financial Times" (an organisation, set in emphasis or not; not "the Ukrainian leader").
const definiteOrganization =
  /\b(?:told|tells|tell|telling)\s+the\s+[*_]{0,2}(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)/u
const rules: RegExp[] = [
  new RegExp(`\\b(?:on|over|via)\\s+(${platformList}|social media)\\b`, 'u'),
  /\binterview with\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)/u,
  /\b(?:told|tells|tell|telling)\s+(?:(?:[\p{L}.]+\s+){0,3}?(?:outlet|broadcaster|newspaper|network|channel|station|magazine)\s+)?(members of the press|the press|reporters|journalists|the media|\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)/u,
  definiteOrganization,
  /\b(?:at|during)\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(press (?:briefing|conference))/iu,
  /\bin an?\s+(?:[\p{L}-]+\s+)?(?:message|statement|post|letter|note|video)\s+to\s+(journalists|reporters|\p{Lu}[\p{L}.]*)/u,
  /\baddress(?:ed|es|ing)?\s+(reporters|journalists|the press)/u,
  /\b[Ii]n an?\s+((?:televised |video )?(?:statement|address|post|video|interview|press release))\b/u,
]

/**
 * Where a statement was made, from the words around it: a platform ("on X", "over WhatsApp"),
 * an interviewer ("in an interview with TIME"), the audience of "told" ("told Axios", "told
 * reporters"), a press briefing, or a message to journalists. `text` has quoted words blanked.
 * `isPerson` rejects a person as a channel ("telling the Ukrainian leader"); after "told the",
 * only a name `isOrganization` accepts (given its offset in `text`) is one ("told the Financial
 * Times", or a title the source sets in emphasis: "told the *Nordic Ledger*").
 */
export function findChannel(
  text: string,
  isPerson: (name: string) => boolean,
  isOrganization: (name: string, at: number) => boolean = () => false,
): string | undefined {
  for (const rule of rules) {
    const m = rule.exec(text)
    const found = m?.[1]
    if (!found) continue
    if (/^\p{Lu}/u.test(found) && isPerson(found)) continue
    if (
      rule === definiteOrganization &&
      !isOrganization(found, (m.index ?? 0) + m[0].length - found.length)
    )
      continue
    if (found === 'members of the press' || found === 'the press' || found === 'the media')
      return 'press'
    // A sentence's full stop is not part of a name ("told the broadcaster RÚV."); "U.S." keeps its.
    return found.replace(/(?<!\.\p{L})\.$/u, '')
  }
  return undefined
}
