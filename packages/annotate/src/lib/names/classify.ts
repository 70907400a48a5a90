import { wordClasses } from '../gazetteer.js'
import {
  anonymousSpeakers,
  cueVerbs,
  isTitleWord,
  notNames,
  organizationHeads,
  placeHeads,
  placePrepositions,
  titleModifiers,
} from '../lexicon.js'
import {
  firstNameGender,
  isKnownOrganization,
  isKnownPersonName,
  isKnownPlace,
  tag,
} from '../nlp.js'
import { partyByName, partyByWord } from '../parties.js'
import { onlySpaceBetween, type Word, wordIndexAt } from '../words.js'
import {
  affiliationAfter,
  afterOrganizationNoun,
  appositiveAfter,
  appositiveBefore,
  lookBackRole,
  organizationAppositive,
  splitRoles,
} from './context-roles.js'
import {
  acronym,
  connectors,
  endsWithOrganisationHead,
  isTitle,
  joins,
  patronymic,
} from './name-words.js'
import type { NameCandidate, NameKind } from './types.js'

/** Adds to `out` the name candidates in `words[a..b]` (inclusive) of `text`. */
type AddNames = (
  text: string,
  words: readonly Word[],
  a: number,
  b: number,
  out: NameCandidate[],
) => void

// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: pre-existing (26); to split by pattern (issue 9)
export const addRunNamesTo: AddNames = (text, words, a, b, out) => {
  // Drop leading words that are never names (sentence openers, months, days).
  while (a <= b && (notNames.has(words[a]!.value) || connectors.has(words[a]!.value))) a++
  while (b >= a && connectors.has(words[b]!.value)) b--
  if (a > b) return
  const run = words.slice(a, b + 1)
  const last = run[run.length - 1]!
  const fullText = text.slice(run[0]!.start, last.end)

  // Whole-run party ("White House", "United States").
  const party = partyByName(fullText)
  if (party) {
    out.push(candidate(run, fullText, 'party', [], party))
    return
  }
  // Organisation named as a whole ("National Security and Defence Council", "Bank of Japan").
  const ofAt = run.findIndex(
    (w, k) => w.value === 'of' || (w.value === 'on' && joins(w, run[k - 1])),
  )
  // "Economist Jane Roe of Dhaka University": a title opens a person's name, and the
  // organisation after "of" is their affiliation, not part of one organisation's name.
  if (ofAt > 1 && isTitle(run[0]!) && !organizationHeads.has(run[ofAt - 1]!.lower)) {
    const after = text.slice(run[ofAt + 1]?.start ?? last.end, last.end)
    if (
      ofAt < run.length - 1 &&
      (organizationHeads.has(last.lower) || isKnownOrganization(after))
    ) {
      addPartNamesTo(text, words, a, a + ofAt - 1, out)
      out.push(candidate(run.slice(ofAt + 1), after, 'organization', [], undefined))
      return
    }
  }
  if (
    endsWithOrganisationHead(run) ||
    (run.length >= 2 && isKnownOrganization(fullText)) ||
    (ofAt > 0 &&
      ofAt < run.length - 1 &&
      organizationHeads.has(run[ofAt - 1]!.lower) &&
      !run.slice(ofAt + 1).some((w) => isTitle(w)))
  ) {
    out.push(candidate(run, fullText, 'organization', [], undefined))
    return
  }
  // Otherwise split at connectors and read each part.
  let s = 0
  for (let i = 0; i <= run.length; i++) {
    if (i === run.length || joins(run[i]!, run[i - 1])) {
      if (i > s) addPartNamesTo(text, words, a + s, a + i - 1, out)
      s = i + 1
    }
  }
}

/**
 * Whether a lone capitalised word opens its sentence as an adverb or preposition followed by a
 * comma ("Inside, judge …", "Overnight, …"): an English word the lexicon knows under no name
 * class, that wink-nlp tags as neither a proper nor a common noun in its sentence's opening.
 * The tagger runs only on this rare shape, on the opening words alone.
 */
function isAdverbialOpener(text: string, w: Word): boolean {
  if (text[w.end] !== ',' || !/(?:^|[.!?]["”’]?)\s*$/u.test(text.slice(0, w.start))) return false
  if (wordClasses(w.value) !== '') return false
  const pos = tag(text.slice(w.start, Math.min(text.length, w.end + 40)))[0]?.pos
  return pos !== undefined && pos !== 'PROPN' && pos !== 'NOUN'
}

/**
 * Whether a run in capitals opens its block as a dateline ("LISBON, March 12 (Reuters) —",
 * "KESTRA (AP) -"): the place the story was filed from, not an acronym.
 */
function isDateline(text: string, run: readonly Word[]): boolean {
  const first = run[0]!
  const last = run[run.length - 1]!
  if (!run.every((w) => /^\p{Lu}{2,}$/u.test(w.value))) return false
  if (text.slice(0, first.start).trim() !== '') return false
  return /^\s*(?:,\s*\p{L}|\((?:\p{Lu}|dpa)|[-–—]\s)/u.test(text.slice(last.end))
}

/**
 * Whether the name at `words[i]` follows "at" after a title, as the place someone works:
 * "chief economist at Nordbank", "an analyst at Fjordbank".
 */
function isAffiliation(words: readonly Word[], i: number): boolean {
  const before = words[i - 2]
  return words[i - 1]?.lower === 'at' && before !== undefined && isTitle(before)
}

/** Titles held over a territory: "the mayor of X" names a place. */
const territorialTitles = new Set([
  'mayor',
  'governor',
  'premier',
  'sheriff',
  'bishop',
  'archbishop',
])

/**
 * What a lone name is after "<title> of" / "<title> for": the place or organisation the role
 * belongs to, not the speaker ("the mayor of Kalamata said" → place, "the head of Rosatom said",
 * "a spokesman for Gazprom said" → organisation). Undefined when no title stands before.
 */
function ofTitle(words: readonly Word[], i: number): 'place' | 'organization' | undefined {
  const prep = words[i - 1]?.lower
  const title = words[i - 2]
  if ((prep !== 'of' && prep !== 'for') || !title || title.capitalised || !isTitle(title))
    return undefined
  return territorialTitles.has(title.lower) ? 'place' : 'organization'
}

/** A common noun for people as a group ("analysts", "staff", "officials"): never a name on its own. */
function isGroupNoun(lower: string): boolean {
  return anonymousSpeakers.has(lower) || (/s$/u.test(lower) && isTitleWord(lower.slice(0, -1)))
}

/** The candidate, marked as a modifier when it is a party name used as one ("Kremlin spokesman", "White House press briefing"). */
export function withModifier(
  text: string,
  words: readonly Word[],
  c: NameCandidate,
): NameCandidate {
  if (c.kind !== 'party' || c.possessive) return c
  const next = words[wordIndexAt(words, c.end)]
  const modifier =
    next !== undefined &&
    onlySpaceBetween(text, c.end, next.start) &&
    (isTitleWord(next.lower) ||
      titleModifiers.has(next.lower) ||
      (next.capitalised && !notNames.has(next.value)))
  return modifier ? { ...c, modifier: true } : c
}

export function candidate(
  run: readonly Word[],
  surface: string,
  kind: NameKind,
  roles: string[],
  party: { key: string; name: string } | undefined,
): NameCandidate {
  const last = run[run.length - 1]!
  const c: NameCandidate = {
    start: run[0]!.start,
    end: last.end,
    surface,
    words: run.map((w) => w.value),
    kind,
    roles,
    possessive: last.possessive,
    modifier: false,
  }
  if (party) {
    c.partyKey = party.key
    c.partyName = party.name
  }
  return c
}

// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: pre-existing (65); to split by pattern (issue 9)
export const addPartNamesTo: AddNames = (text, words, a, b, out) => {
  // Leading parties as separate mentions ("Kremlin" in "Kremlin Spokesman"), titles as roles.
  let lastTitle = -1
  for (let i = a; i <= b; i++) if (isTitle(words[i]!)) lastTitle = i
  let nameFrom = lastTitle >= 0 ? lastTitle + 1 : a
  while (
    nameFrom <= b &&
    (titleModifiers.has(words[nameFrom]!.lower) || partyByWord(words[nameFrom]!.value)) &&
    nameFrom < b
  ) {
    // "State Marco Rubio" / "Ukrainian Volodymyr": keep stripping modifiers while a name remains.
    const rest = text.slice(words[nameFrom + 1]!.start, words[b]!.end)
    if (partyByName(text.slice(words[nameFrom]!.start, words[b]!.end))) break
    if (!rest) break
    nameFrom++
  }
  // Parties inside the title prefix ("Ukrainian President", "Kremlin Envoy"): only nouns are mentions.
  for (let i = a; i < nameFrom; i++) {
    const p = partyByName(words[i]!.value)
    if (p) out.push(candidate([words[i]!], words[i]!.value, 'party', [], p))
  }
  if (nameFrom > b) return
  const run = words.slice(nameFrom, b + 1)
  const first = run[0]!
  const last = run[run.length - 1]!
  const surface = text.slice(first.start, last.end)
  const party = partyByName(surface)
  if (party) {
    out.push(candidate(run, surface, 'party', [], party))
    return
  }
  // A demonym ("Ukrainian") or a contracted pronoun ("I’m") is not a name.
  if (
    run.length === 1 &&
    (partyByWord(first.value) || notNames.has(first.value.split(/['’]/u)[0] ?? ''))
  )
    return
  // "Inside, judge …", "Elsewhere, …": an adverb or preposition opening a sentence.
  if (run.length === 1 && isAdverbialOpener(text, first)) return
  // "Analysts said", "Staff at the plant": a common noun for a group opening a sentence.
  if (run.length === 1 && isGroupNoun(first.lower)) {
    out.push(candidate(run, surface, 'single', [], undefined))
    return
  }
  const roles: string[] = []
  const back = lookBackRole(text, words, nameFrom, first.start)
  if (back) for (const role of splitRoles(back)) roles.push(role)
  const before = back ? undefined : appositiveBefore(text, words, nameFrom)
  if (before) for (const role of splitRoles(before)) roles.push(role)
  const after = last.possessive ? undefined : appositiveAfter(text, last.end)
  if (after) for (const role of splitRoles(after)) roles.push(role)

  const next = words[b + 1]
  const nextIsCue =
    next !== undefined &&
    onlySpaceBetween(text, last.end, next.start) &&
    (cueVerbs.has(next.lower) ||
      (/ly$/u.test(next.lower) && cueVerbs.has(words[b + 2]?.lower ?? '')))
  const prev = words[nameFrom - 1]
  const afterPreposition =
    prev !== undefined && placePrepositions.has(prev.lower) && roles.length === 0
  const nextIsPlaceHead =
    next !== undefined && placeHeads.has(next.lower) && onlySpaceBetween(text, last.end, next.start)
  const gender = firstNameGender(first.value)
  const initials = /^(?:\p{Lu}\.)+$/u.test(first.value)
  // "said Naomi Fink", "according to Festus Okoye": a name right after a speech verb.
  const afterCue =
    prev !== undefined &&
    onlySpaceBetween(text, prev.end, first.start) &&
    (cueVerbs.has(prev.lower) ||
      (prev.lower === 'to' && words[nameFrom - 2]?.lower === 'according'))
  // "Maria Gonzalez, 67," / "Benedito Gonçalves, who wrote": an age or a relative "who".
  const personAppositive = /^,\s+(?:\d{1,3},|who\b)/u.test(text.slice(last.end))

  let kind: NameKind
  if (roles.length > 0) kind = 'person'
  else if (afterOrganizationNoun(text, words, nameFrom)) kind = 'organization'
  else if (endsWithOrganisationHead(run)) kind = 'organization'
  else if (!last.possessive && organizationAppositive(text, last.end)) kind = 'organization'
  else if (isDateline(text, run)) kind = 'place'
  else if (run.length === 1 && /^\p{Lu}{2,6}$/u.test(first.value) && acronym.test(first.value))
    kind = 'organization'
  else if (isKnownOrganization(surface)) kind = 'organization'
  else if (
    isKnownPlace(surface) ||
    nextIsPlaceHead ||
    (run.length >= 2 && placeHeads.has(last.lower))
  )
    kind = 'place'
  else if (run.length >= 2 && (gender !== undefined || initials || patronymic.test(last.value)))
    kind = 'person'
  else if (ofTitle(words, nameFrom)) kind = ofTitle(words, nameFrom)!
  else if (nextIsCue && !afterPreposition) kind = 'person'
  else if (run.length >= 2 && run.length <= 4 && (afterCue || personAppositive)) kind = 'person'
  else if (isKnownPersonName(last.value) && run.length >= 2) kind = 'person'
  else if (afterPreposition && isAffiliation(words, nameFrom)) kind = 'organization'
  else if (afterPreposition) kind = 'place'
  else if (run.length === 1) kind = 'single'
  else {
    // Unexplained run of capitalised words (often a Title Case heading): read word by word.
    for (const w of run) out.push(candidate([w], w.value, 'single', [], undefined))
    return
  }
  const c = candidate(run, surface, kind, roles, undefined)
  if (kind === 'person' && !last.possessive) {
    const affiliation = affiliationAfter(text, last.end)
    if (affiliation) c.affiliation = affiliation
  }
  out.push(c)
}
