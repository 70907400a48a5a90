import type { EntityKind, MentionForm } from '@parallax/schema'
import type { BlockContext } from './block-context.js'
import {
  addOrganizationDescriptionsTo,
  addRolePhrasesTo,
  organizationsByHead,
  position,
  rolePeople,
} from './entities/role-phrases.js'
import { findNames, type NameCandidate } from './find-names.js'
import { foldName, slug, surnameOf } from './fold-name.js'
import { firstNameGender, isKnownPlace } from './nlp.js'
import { partyOfPhrase } from './parties.js'

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
  const people = rolePeople(index)
  const organizations = organizationsByHead(index)
  contexts.forEach((ctx, b) => {
    addRolePhrasesTo(index, ctx, b, people)
    addOrganizationDescriptionsTo(index, ctx, b, organizations)
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
