import {
  cueVerbs,
  isTitleWord,
  nameParticles,
  notNames,
  organizationDescriptors,
  organizationHeads,
  placeHeads,
  placePrepositions,
  roleStoppers,
  titleModifiers,
} from './lexicon.js'
import {
  firstNameGender,
  isEnglishWord,
  isKnownOrganization,
  isKnownPersonName,
  isKnownPlace,
} from './nlp.js'
import { partyByName, partyByWord } from './parties.js'
import { onlySpaceBetween, splitWords, type Word, wordIndexAt } from './words.js'

/** What a capitalised name was taken for; 'single' is one unexplained word, settled later. */
export type NameKind = 'person' | 'organization' | 'place' | 'party' | 'single'

/** A capitalised name found in a block's text, with what the context says about it. */
export interface NameCandidate {
  start: number
  end: number
  /** The name as written (no possessive, no title). */
  surface: string
  words: string[]
  kind: NameKind
  /** For parties: the party key and canonical name. */
  partyKey?: string
  partyName?: string
  /** Roles and titles the text attaches to this name here. */
  roles: string[]
  possessive: boolean
  /** Part of a hyphenated modifier ("Ukraine-Russia talks"): not a subject. */
  modifier: boolean
  /** For people: the organisation written right after the name ("… of the University of Chile"). */
  affiliation?: string
}

const connectors = new Set(['of', 'and', 'for', 'the'])
/** Whether `w` joins the words of a name ("on" only after an organisation head: "Council on Ethics"). */
const joins = (w: Word, prev: Word | undefined) =>
  connectors.has(w.value) ||
  (w.value === 'on' && prev !== undefined && organizationHeads.has(prev.lower))
const acronym = /^(?:\p{Lu}{2,6}\d?|\p{Lu}\d{1,2})$/u

function isTitle(w: Word): boolean {
  // "co-leader", "vice-president", "ex-minister" are the title after the prefix.
  return isTitleWord(w.lower) || isTitleWord(w.lower.replace(/^(?:co|vice|ex|deputy)-/u, ''))
}

function isRoleWord(w: Word): boolean {
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
function isHyphenatedName(w: Word): boolean {
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
const romanisedSyllable =
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

/** Split a role phrase into roles at "and" before a title, determiner or party word. */
function splitRoles(phrase: string): string[] {
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

/** Role words written right before a name ("Kremlin spokesman", "Russian Direct Investment Fund CEO"). */
function lookBackRole(
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
      // A qualifier before the title ("regional president", "Economy Minister"), at most three.
      if (k === first - 1 || qualifiers >= 3 || w.possessive || !isTitleQualifier(w)) break
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
function appositiveBefore(text: string, words: readonly Word[], first: number): string | undefined {
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
    if (/^(?:the|a|an|his|her|their|its|our)$/u.test(w.lower)) {
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
function organizationAppositive(text: string, end: number): boolean {
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
function affiliationAfter(text: string, end: number): string | undefined {
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
function afterOrganizationNoun(text: string, words: readonly Word[], first: number): boolean {
  const prev = words[first - 1]
  if (!prev || prev.capitalised || prev.possessive || !organizationDescriptors.has(prev.lower))
    return false
  if (!onlySpaceBetween(text, prev.end, words[first]!.start)) return false
  for (let k = first - 2; k >= Math.max(0, first - 6); k--) {
    const w = words[k]!
    const gap = text.slice(w.end, words[k + 1]!.start)
    if (!/^(?:['’]s?)?\s+$/u.test(gap)) return false
    if (w.possessive || /^(?:the|a|an|its|their|his|her|our)$/u.test(w.lower)) return true
  }
  return false
}

/** Icelandic and Nordic patronymics ("Þorvaldsdóttir", "Sigurjónsson"): evidence of a person. */
const patronymic = /(?:d[óo]ttir|ss[oe]n)$/u

/** Appositive after the name: "NAME, head of the delegation," / "NAME, the chief negotiator and a senior adviser,". */
function appositiveAfter(text: string, end: number): string | undefined {
  const m = /^,\s+((?:the|a|an)\s+)?([^,.;:“”"()—–]{2,120}?)(?=[,.;:—–(]|$)/u.exec(text.slice(end))
  if (!m) return undefined
  const phrase = `${m[1] ?? ''}${m[2] ?? ''}`
  const head = phrase.split(/\s+/u).slice(0, 5)
  if (!head.some((w) => isTitleWord(w.toLowerCase()))) return undefined
  if (/^(?:who|which|that|where|when|and|but|as|while)\b/iu.test(phrase)) return undefined
  return phrase
}

function classifyRun(
  text: string,
  words: readonly Word[],
  a: number,
  b: number,
  out: NameCandidate[],
): void {
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
      classifyPart(text, words, a, a + ofAt - 1, out)
      out.push(candidate(run.slice(ofAt + 1), after, 'organization', [], undefined))
      return
    }
  }
  if (
    (run.length >= 2 && (organizationHeads.has(last.lower) || isKnownOrganization(fullText))) ||
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
      if (i > s) classifyPart(text, words, a + s, a + i - 1, out)
      s = i + 1
    }
  }
}

/** A party name used as a modifier ("Kremlin spokesman", "White House press briefing"). */
function markModifier(text: string, words: readonly Word[], c: NameCandidate): NameCandidate {
  if (c.kind !== 'party' || c.possessive) return c
  const next = words[wordIndexAt(words, c.end)]
  if (
    next &&
    onlySpaceBetween(text, c.end, next.start) &&
    (isTitleWord(next.lower) ||
      titleModifiers.has(next.lower) ||
      (next.capitalised && !notNames.has(next.value)))
  ) {
    c.modifier = true
  }
  return c
}

function candidate(
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

function classifyPart(
  text: string,
  words: readonly Word[],
  a: number,
  b: number,
  out: NameCandidate[],
): void {
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
  const roles: string[] = []
  const back = lookBackRole(text, words, nameFrom, first.start)
  if (back) roles.push(...splitRoles(back))
  const before = back ? undefined : appositiveBefore(text, words, nameFrom)
  if (before) roles.push(...splitRoles(before))
  const after = last.possessive ? undefined : appositiveAfter(text, last.end)
  if (after) roles.push(...splitRoles(after))

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
  else if (run.length >= 2 && organizationHeads.has(last.lower)) kind = 'organization'
  else if (!last.possessive && organizationAppositive(text, last.end)) kind = 'organization'
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
  else if (nextIsCue && !afterPreposition) kind = 'person'
  else if (run.length >= 2 && run.length <= 4 && (afterCue || personAppositive)) kind = 'person'
  else if (isKnownPersonName(last.value) && run.length >= 2) kind = 'person'
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

/** Find capitalised names in a block's text and classify them from their context. */
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
      if (
        cur.possessive ||
        (nx.hyphenated && !isHyphenatedName(nx)) ||
        !onlySpaceBetween(text, cur.end, nx.start)
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
      break
    }
    // Greedy: a multi-word party name may be a prefix of the run ("White House press").
    const before = out.length
    classifyRun(text, words, i, j, out)
    for (let k = before; k < out.length; k++) markModifier(text, words, out[k]!)
    i = j + 1
  }
  return out
}
