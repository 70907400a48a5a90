import type { EntityKind, MentionForm } from '@parallax/schema'
import type { BlockContext } from './block-context.js'
import { findNames, type NameCandidate } from './find-names.js'
import { foldName, slug, surnameOf } from './fold-name.js'
import {
  academicEvidence,
  academicTitles,
  isTitleWord,
  leaderTitles,
  organizationHeads,
  titleModifiers,
} from './lexicon.js'
import { firstNameGender, isKnownPlace } from './nlp.js'
import { partyByWord, partyOfPhrase } from './parties.js'
import { onlySpaceBetween, splitWords } from './words.js'

/** An entity being built: keyed, with forms, roles and gender evidence. */
export interface EntityDraft {
  key: string
  kind: EntityKind
  name: string
  forms: string[]
  roles: string[]
  party?: string
  gender: 'male' | 'female' | 'unknown'
  /** Organisations written after the person's name ("… of the University of Chile"). */
  affiliations: string[]
  /** Document position of the first mention (block index, offset) for ordering ids. */
  first: number
}

/** A mention being built, in block-text coordinates. */
export interface MentionDraft {
  block: number
  start: number
  end: number
  key: string
  form: MentionForm
  possessive: boolean
  modifier: boolean
}

/** Entities and their mentions for a whole article, before ids are assigned. */
export interface EntityIndex {
  entities: Map<string, EntityDraft>
  mentions: MentionDraft[]
  /** Mentions per block, sorted by start. */
  byBlock: MentionDraft[][]
}

const position = (block: number, offset: number) => block * 1e7 + offset

function roleHead(role: string): string[] {
  return role
    .toLowerCase()
    .split(/[\s]+/u)
    .map((w) => w.replace(/['’]s$/u, ''))
    .filter((w) => isTitleWord(w))
}

function addEntityTo(
  index: EntityIndex,
  key: string,
  kind: EntityKind,
  surface: string,
  at: number,
  roles: readonly string[] = [],
): EntityDraft {
  let e = index.entities.get(key)
  if (!e) {
    e = {
      key,
      kind,
      name: surface,
      forms: [],
      roles: [],
      gender: 'unknown',
      affiliations: [],
      first: at,
    }
    index.entities.set(key, e)
  }
  if (!e.forms.includes(surface)) e.forms.push(surface)
  for (const r of roles) if (!e.roles.includes(r)) e.roles.push(r)
  if (at < e.first) e.first = at
  return e
}

/**
 * Find the people, organisations, places and parties of an article and every mention of them:
 * full names, surnames after a full name, aliases (capitals, metonyms) and role phrases ("the
 * Ukrainian president") that resolve to the one person the text gave that role. `names`: the
 * capitalised names of each block (default: `findNames` of its text).
 */
export function resolveEntities(
  contexts: readonly BlockContext[],
  names: readonly (readonly NameCandidate[])[] = contexts.map((ctx) => findNames(ctx.text)),
): EntityIndex {
  const index: EntityIndex = { entities: new Map(), mentions: [], byBlock: contexts.map(() => []) }
  const perBlock = names

  // Pass 1: people, parties, organisations and places named outright.
  const singles: Array<{ block: number; c: NameCandidate }> = []
  const singlePeople: Array<{ block: number; c: NameCandidate }> = []
  perBlock.forEach((cands, b) => {
    for (const c of cands) {
      if (c.kind === 'person' && c.words.length === 1) singlePeople.push({ block: b, c })
      else if (c.kind === 'single' || !addNamedEntityTo(index, b, c)) singles.push({ block: b, c })
    }
  })

  // Pass 2: single words that are the surname of someone named in full, or another word of
  // exactly one person's full name ("Lula" for "Luiz Inácio Lula da Silva"); else their own person.
  const { surnames, personOf } = peopleByNameWord(index)
  for (const { block, c } of singlePeople) {
    const key = personOf(c.surface) ?? `person:${foldName(c.surface)}`
    const e = addEntityTo(index, key, 'person', c.surface, position(block, c.start), c.roles)
    if (!surnames.has(key.slice('person:'.length))) surnames.set(key.slice('person:'.length), key)
    if (c.affiliation && !e.affiliations.includes(c.affiliation)) e.affiliations.push(c.affiliation)
    addMentionTo(index, block, c, key, 'surname')
  }
  for (const { block, c } of singles) {
    const key = personOf(c.surface)
    if (key) {
      addEntityTo(index, key, 'person', c.surface, position(block, c.start))
      addMentionTo(index, block, c, key, 'surname')
    } else if (!c.modifier && isKnownPlace(c.surface)) {
      const placeKey = `place:${slug(c.surface)}`
      addEntityTo(index, placeKey, 'place', c.surface, position(block, c.start))
      addMentionTo(index, block, c, placeKey, 'full')
    }
  }

  for (const e of index.entities.values()) {
    if (e.kind !== 'person') continue
    const p = e.roles.map((r) => partyOfPhrase(r)).find((x) => x !== undefined)
    if (p) e.party = p.key
  }

  // Pass 3: role phrases ("the Ukrainian president") resolved to the person given that role.
  contexts.forEach((ctx, b) => {
    addRolePhrasesTo(index, ctx, b)
    addOrganizationDescriptionsTo(index, ctx, b)
  })

  for (const list of index.byBlock) list.sort((x, y) => x.start - y.start)
  index.mentions.sort((x, y) => position(x.block, x.start) - position(y.block, y.start))
  return index
}

/**
 * Lookups of the people named so far: by folded surname, and `personOf(word)`: the person whose
 * surname the word is, else the one person whose full name holds it. `surnames` stays open to
 * people added later.
 */
function peopleByNameWord(index: EntityIndex): {
  surnames: Map<string, string>
  personOf: (word: string) => string | undefined
} {
  const surnames = new Map<string, string>()
  const nameWords = new Map<string, Set<string>>()
  for (const e of index.entities.values()) {
    if (e.kind !== 'person') continue
    surnames.set(e.key.slice('person:'.length), e.key)
    const words = e.forms
      .flatMap((form) => form.split(/\s+/u))
      .filter((w) => /^\p{Lu}\p{Ll}/u.test(w))
    for (const w of words) {
      const set = nameWords.get(foldName(w)) ?? new Set<string>()
      set.add(e.key)
      nameWords.set(foldName(w), set)
    }
  }
  const personOf = (word: string) => {
    const key = surnames.get(foldName(word))
    if (key) return key
    const keys = nameWords.get(foldName(word))
    return keys?.size === 1 ? [...keys][0] : undefined
  }
  return { surnames, personOf }
}

/**
 * Add a party, a person named in full, an organisation or a place named outright to the index,
 * with its mention; false for a candidate that is none of these (settled in pass 2).
 */
function addNamedEntityTo(index: EntityIndex, b: number, c: NameCandidate): boolean {
  const at = position(b, c.start)
  if (c.kind === 'party' && c.partyKey && c.partyName) {
    const e = addEntityTo(index, c.partyKey, 'party', c.surface, at)
    e.name = c.partyName
    const form: MentionForm =
      c.surface.toLowerCase() === c.partyName.toLowerCase() ? 'full' : 'alias'
    addMentionTo(index, b, c, c.partyKey, form)
    return true
  }
  if (c.kind === 'person') {
    addPersonTo(index, b, c)
    return true
  }
  if (c.kind === 'organization' || c.kind === 'place') {
    const key = `${c.kind === 'organization' ? 'org' : 'place'}:${slug(c.surface)}`
    addEntityTo(index, key, c.kind, c.surface, at)
    addMentionTo(index, b, c, key, 'full')
    return true
  }
  return false
}

/** Add a person named with two words or more, with gender evidence and affiliation. */
function addPersonTo(index: EntityIndex, b: number, c: NameCandidate): void {
  const key = `person:${foldName(surnameOf(c.words))}`
  const e = addEntityTo(index, key, 'person', c.surface, position(b, c.start), c.roles)
  if (c.words.length > e.name.split(' ').length) e.name = c.surface
  if (c.words.length >= 2) {
    const g = firstNameGender(c.words[0]!)
    if (g && g !== 'unknown') e.gender = g
    // An Icelandic patronymic in -dóttir ("daughter of") names a woman.
    else if (/d[óo]ttir$/u.test(c.words[c.words.length - 1]!)) e.gender = 'female'
  }
  if (c.affiliation && !e.affiliations.includes(c.affiliation)) e.affiliations.push(c.affiliation)
  addMentionTo(index, b, c, key, c.words.length >= 2 ? 'full' : 'surname')
}

function addMentionTo(
  index: EntityIndex,
  block: number,
  c: NameCandidate,
  key: string,
  form: MentionForm,
): void {
  const m: MentionDraft = {
    block,
    start: c.start,
    end: c.end,
    key,
    form,
    possessive: c.possessive,
    modifier: c.modifier,
  }
  index.mentions.push(m)
  index.byBlock[block]!.push(m)
}

// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: pre-existing (44); to split by pattern (issue 9)
function addRolePhrasesTo(index: EntityIndex, ctx: BlockContext, b: number): void {
  const words = splitWords(ctx.text)
  const taken = index.byBlock[b]!
  const people = [...index.entities.values()].filter((e) => e.kind === 'person')
  // Lower-case words of the roles the text gave people ("regional", "cabinet", "chief").
  const roleVocabulary = new Set(
    people.flatMap((e) => e.roles.flatMap((r) => r.toLowerCase().split(/\s+/u))),
  )
  for (let k = 0; k < words.length; k++) {
    if (words[k]!.lower !== 'the') continue
    let h = k + 1
    const mods: string[] = []
    while (h < words.length && h <= k + 4) {
      const w = words[h]!
      if (!onlySpaceBetween(ctx.text, words[h - 1]!.end, w.start)) break
      if (isTitleWord(w.lower) && !titleModifiers.has(w.lower)) break
      if (
        !(titleModifiers.has(w.lower) || partyByWord(w.value) || roleVocabulary.has(w.lower)) ||
        w.possessive
      ) {
        h = -1
        break
      }
      mods.push(w.value)
      h++
    }
    if (h < 0 || h >= words.length) continue
    // A multi-word title ends at its last title word ("the prime minister", "the chief executive").
    while (
      h + 1 < words.length &&
      !words[h]!.possessive &&
      isTitleWord(words[h + 1]!.lower) &&
      !words[h + 1]!.capitalised &&
      onlySpaceBetween(ctx.text, words[h]!.end, words[h + 1]!.start)
    ) {
      mods.push(words[h]!.value)
      h++
    }
    const head = words[h]!
    if (!isTitleWord(head.lower) || head.possessive) continue
    if (!onlySpaceBetween(ctx.text, words[h - 1]!.end, head.start)) continue
    const next = words[h + 1]
    // A title right before a name, or "the head of …", is not a standalone role phrase.
    if (
      next &&
      onlySpaceBetween(ctx.text, head.end, next.start) &&
      (next.capitalised || next.lower === 'of')
    )
      continue
    if (/^,\s+\p{Lu}/u.test(ctx.text.slice(head.end))) continue
    const start = words[k]!.start
    const end = head.end
    if (taken.some((m) => m.start < end && start < m.end)) continue
    const party = partyOfPhrase(mods.join(' '))?.key
    const wanted = head.lower
    // Words of the phrase a role must contain ("regional", "cabinet"; not "top" or a demonym).
    const required = mods
      .map((m) => m.toLowerCase())
      .filter((m) => !titleModifiers.has(m) && !partyByWord(m))
    const former = mods.some((m) => /^(?:former|ex)$/iu.test(m))
    const fits = (r: string, exact: boolean) => {
      const lower = r.toLowerCase()
      const ws = lower.split(/\s+/u).map((w) => w.replace(/['’]s$/u, ''))
      if (!required.every((m) => ws.includes(m))) return false
      // "the chief minister" is not someone the text calls "a former chief minister", and
      // "the former president" is not the sitting one.
      if (former !== /\b(?:former|ex-)/u.test(lower)) return false
      return roleHead(r).some(
        (t) => t === wanted || (!exact && leaderTitles.has(t) && leaderTitles.has(wanted)),
      )
    }
    const pick = (exact: boolean) =>
      people.filter((e) => (!party || e.party === party) && e.roles.some((r) => fits(r, exact)))
    let candidates = pick(true)
    if (candidates.length === 0) candidates = pick(false)
    // "the professor": the one academic (by occupation or university affiliation).
    if (candidates.length === 0 && academicTitles.has(wanted) && required.length === 0 && !former)
      candidates = people.filter((e) =>
        [...e.roles, ...e.affiliations].some((r) => academicEvidence.test(r)),
      )
    if (candidates.length !== 1) continue
    const m: MentionDraft = {
      block: b,
      start,
      end,
      key: candidates[0]!.key,
      form: 'role',
      possessive: false,
      modifier: false,
    }
    index.mentions.push(m)
    taken.push(m)
  }
}

/**
 * Definite descriptions of an organisation named earlier ("the board" after "the Ghana Cocoa
 * Board"): "the" and an organisation head noun that ends exactly one organisation's name in the
 * article. Not "the government" (a party), not "the board of …" or "the board chairman".
 */
function addOrganizationDescriptionsTo(index: EntityIndex, ctx: BlockContext, b: number): void {
  const byHead = new Map<string, EntityDraft[]>()
  for (const e of index.entities.values()) {
    if (e.kind !== 'organization') continue
    const head = e.name.split(/\s+/u).pop()?.toLowerCase()
    if (!head || !organizationHeads.has(head) || head === 'government') continue
    byHead.set(head, [...(byHead.get(head) ?? []), e])
  }
  if (byHead.size === 0) return
  const text = ctx.text
  const words = splitWords(text)
  const taken = index.byBlock[b]!
  for (let k = 0; k + 1 < words.length; k++) {
    if (words[k]!.lower !== 'the') continue
    const head = words[k + 1]!
    if (head.capitalised || !onlySpaceBetween(text, words[k]!.end, head.start)) continue
    const orgs = byHead.get(head.lower)
    if (orgs?.length !== 1) continue
    const next = words[k + 2]
    if (
      !head.possessive &&
      next &&
      onlySpaceBetween(text, head.end, next.start) &&
      (next.lower === 'of' || next.capitalised || isTitleWord(next.lower))
    )
      continue
    const start = words[k]!.start
    const org = orgs[0]!
    if (org.first >= position(b, start)) continue
    if (taken.some((m) => m.start < head.end && start < m.end)) continue
    const m: MentionDraft = {
      block: b,
      start,
      end: head.end,
      key: org.key,
      form: 'role',
      possessive: head.possessive,
      modifier: false,
    }
    index.mentions.push(m)
    taken.push(m)
  }
}
