import {
  determiners,
  isTitleWord,
  organizationDescriptors,
  organizationHeads,
  placePrepositions,
  roleStoppers,
  titleModifiers,
} from '../lexicon.js'
import { isKnownOrganization } from '../nlp.js'
import { partyByWord } from '../parties.js'
import { onlySpaceBetween, type Word } from '../words.js'
import { isRoleWord, isTitle, isTitleQualifier } from './name-words.js'

// What the words around a name say about it: roles before and after it, appositives, affiliations.

/** Split a role phrase into roles at "and" before a title, determiner or party word. */
export function splitRoles(phrase: string): string[] {
  return phrase
    .split(/\s+and\s+(?=(?:a|an|the)\s|\p{L})/u)
    .map((r) => r.replace(/^(?:the|a|an|and|of)\s+/iu, '').trim())
    .filter(
      (r) =>
        r.length > 0 &&
        r.split(/\s+/u).some((w) =>
          isTitleWord(
            w
              .toLowerCase()
              .replace(/['’]s$/u, '')
              .replace(/^(?:co|vice|ex|deputy)-/u, ''),
          ),
        ),
    )
}

/**
 * Whether `w` qualifies the role words after it ("regional president", "Economy Minister"): never
 * a possessive, and never before a country word or an "and" ("believe Russian President", "Share
 * U.S. President", "Donald Trump and first lady": a verb, page chrome, another person's name).
 */
function isQualifierBefore(w: Word, next: Word | undefined): boolean {
  if (w.possessive || !isTitleQualifier(w)) return false
  return !(next && (next.lower === 'and' || (partyByWord(next.value) && !next.possessive)))
}

/** Role words written right before a name ("Kremlin spokesman", "Russian Direct Investment Fund CEO"). */
export function lookBackRole(
  text: string,
  words: readonly Word[],
  first: number,
  nameStart: number,
): string | undefined {
  let k = first - 1
  let from = -1
  let count = 0
  let qualifiers = 0
  while (k >= 0 && count < 9) {
    const w = words[k]!
    const next = words[k + 1]
    if (
      !onlySpaceBetween(
        text,
        w.end + (w.possessive ? text.slice(w.end).match(/^['’]s?/u)![0].length : 0),
        next ? next.start : nameStart,
      )
    )
      break
    if (!isRoleWord(w)) {
      if (k === first - 1 || qualifiers >= 3 || !isQualifierBefore(w, next)) break
      qualifiers++
    }
    from = k
    k--
    count++
  }
  // Trailing "and" is not part of the role.
  while (from >= 0 && from < first - 1 && words[from]!.lower === 'and') from++
  if (from < 0) return undefined
  // The word right before the name must be a title ("Ukraine’s Volodymyr Zelensky" has no role).
  const nearest = words[first - 1]
  if (!nearest || !(isTitle(nearest) || /-in-law$/u.test(nearest.lower))) return undefined
  const phrase = text.slice(words[from]!.start, nameStart).trim()
  return splitRoles(phrase).length > 0 ? phrase : undefined
}

/** Appositive before the name: "Russia’s chief negotiator, NAME" / "the head of X, NAME". */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: pre-existing (36); to split by pattern (issue 9)
export function appositiveBefore(
  text: string,
  words: readonly Word[],
  first: number,
): string | undefined {
  const prev = words[first - 1]
  if (!prev) return undefined
  const gap = text.slice(prev.end, words[first]!.start)
  if (!/^['’]?s?,\s+$/u.test(gap) && !/^,\s+$/u.test(gap)) return undefined
  for (let k = first - 1; k >= Math.max(0, first - 10); k--) {
    const w = words[k]!
    if (
      k < first - 1 &&
      !onlySpaceBetween(text, w.end + (w.possessive ? 2 : 0), words[k + 1]!.start)
    ) {
      if (!/^['’]s?\s+$/u.test(text.slice(w.end, words[k + 1]!.start))) break
    }
    const starts =
      w.lower === 'the' || w.lower === 'a' || w.lower === 'an' || (w.possessive && w.capitalised)
    if (!starts) continue
    const a = words[k + 1]
    const b = words[k + 2]
    if (
      (a && isTitle(a)) ||
      (b && isTitle(b) && a && (titleModifiers.has(a.lower) || partyByWord(a.value)))
    ) {
      const phrase = text.slice(w.start, prev.end).trim()
      return phrase
    }
  }
  // "the bank's governor, NAME" / "The commission chairman, NAME" / "the CGT's leader, NAME":
  // a determiner or possessive, up to four qualifiers, and a title right before the comma.
  if (!isTitle(prev)) return undefined
  let from = -1
  for (let k = first - 2; k >= Math.max(0, first - 7); k--) {
    const w = words[k]!
    const gap = text.slice(w.end, words[k + 1]!.start)
    if (!/^(?:['’]s?)?\s+$/u.test(gap)) break
    if (determiners.has(w.lower)) {
      from = k
      break
    }
    if (!(w.possessive || isTitle(w) || isRoleWord(w) || isTitleQualifier(w))) break
    if (w.possessive && w.capitalised) from = k
  }
  return from >= 0 ? text.slice(words[from]!.start, prev.end).trim() : undefined
}

/**
 * Whether an appositive after the name describes an organisation: "NAME, the private utility
 * that …" / "NAME, a state-owned battery maker,": the head of the noun phrase after the article
 * (its last word before a function word or preposition) is an organisation descriptor.
 */
export function organizationAppositive(text: string, end: number): boolean {
  const m = /^,\s+(?:the|a|an)\s+([^,.;:“”"()—–]{2,80})/u.exec(text.slice(end))
  if (!m) return false
  // The noun phrase ends before a function word or preposition; its last word is the head.
  let head: string | undefined
  for (const w of m[1]!.split(/\s+/u).slice(0, 5)) {
    const lower = w.toLowerCase()
    if (roleStoppers.has(lower) || placePrepositions.has(lower)) break
    head = lower.replace(/['’]s$/u, '')
  }
  return head !== undefined && organizationDescriptors.has(head)
}

/**
 * An organisation written right after a person's name as their affiliation: "Pablo Sarricolea
 * of the University of Chile" / "Jane Roe at the Institute for Fiscal Studies".
 */
export function affiliationAfter(text: string, end: number): string | undefined {
  const m =
    /^\s+(?:of|at|from)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|for|on|and|the)\s+)?\p{Lu}[\p{L}'’.-]*)*)/u.exec(
      text.slice(end),
    )
  const name = m?.[1]
  if (!name) return undefined
  const words = name.split(/\s+/u)
  return words.some((w) => organizationHeads.has(w.toLowerCase())) || isKnownOrganization(name)
    ? name
    : undefined
}

/**
 * A name written right after an organisation noun phrase is that organisation: "the fishermen's
 * federation NAME", "the metalworkers’ union NAME", "South Africa’s state power utility NAME". The
 * word before the name is an organisation descriptor, and a determiner or possessive opens the
 * phrase within four words.
 */
export function afterOrganizationNoun(
  text: string,
  words: readonly Word[],
  first: number,
): boolean {
  const prev = words[first - 1]
  if (!prev || prev.capitalised || prev.possessive || !organizationDescriptors.has(prev.lower))
    return false
  if (!onlySpaceBetween(text, prev.end, words[first]!.start)) return false
  for (let k = first - 2; k >= Math.max(0, first - 6); k--) {
    const w = words[k]!
    const gap = text.slice(w.end, words[k + 1]!.start)
    if (!/^(?:['’]s?)?\s+$/u.test(gap)) return false
    if (w.possessive || determiners.has(w.lower)) return true
  }
  return false
}

/** Nouns of time that open a time phrase after a comma ("a week before", "days after"). */
const timeNouns = new Set(
  'moment minute minutes hour hours day days night nights week weeks month months year years decade decades'.split(
    ' ',
  ),
)

/** Appositive after the name: "NAME, head of the delegation," / "NAME, the chief negotiator and a senior adviser,". */
export function appositiveAfter(text: string, end: number): string | undefined {
  const m = /^,\s+((?:the|a|an)\s+)?([^,.;:“”"()—–]{2,120}?)(?=[,.;:—–(]|$)/u.exec(text.slice(end))
  if (!m) return undefined
  const phrase = `${m[1] ?? ''}${m[2] ?? ''}`
  const head = phrase.split(/\s+/u).slice(0, 5)
  if (!head.some((w) => isTitleWord(w.toLowerCase()))) return undefined
  if (/^(?:who|which|that|where|when|and|but|as|while)\b/iu.test(phrase)) return undefined
  // "Gaza, meeting Russian negotiator Dmitriev", "Northfleet, a week before …": a participle
  // clause or a time phrase, not a description of the name.
  const opening = phrase
    .replace(/^(?:the|a|an)\s+/iu, '')
    .split(/\s+/u)[0]!
    .toLowerCase()
  if (/^\p{Ll}+ing$/u.test(opening) && !isTitleWord(opening)) return undefined
  if (timeNouns.has(opening)) return undefined
  return phrase
}
