import type { EntityKind, MentionForm } from '@parallax/schema'
import type { BlockContext } from './block-context.js'
import { inferGenders } from './entities/gender.js'
import { organisationWords } from './entities/organisation-words.js'
import {
  addOrganizationDescriptionsTo,
  addRolePhrasesTo,
  organizationsByHead,
  position,
  rolePeople,
} from './entities/role-phrases.js'
import { findNames, type NameCandidate } from './find-names.js'
import { foldName, slug, surnameOf } from './fold-name.js'
import { isTitleWord } from './lexicon.js'
import {
  chooseHolder,
  honorificGender,
  personKeys,
  type SurnameHolder,
  splitRunTogetherNames,
} from './names/person-keys.js'
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
  // A name in capitals (a dateline, a heading) gives way to the same name in running text.
  if (e.name === e.name.toUpperCase() && surface !== surface.toUpperCase() && e.name.length > 3)
    e.name = surface
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
  const perBlock = splitRunTogetherNames(names, (w) => firstNameGender(w) !== undefined, wordsOf)

  // Pass 1: people, parties, organisations and places named outright; a person's key is the
  // surname, or the full name where two people of the article share the surname.
  const keyOf = personKeys(
    perBlock.flatMap((cands) => cands.filter((c) => c.kind === 'person' && c.words.length >= 2)),
    isTitleWord,
  )
  const singles: Array<{ block: number; c: NameCandidate }> = []
  const singlePeople: Array<{ block: number; c: NameCandidate }> = []
  perBlock.forEach((cands, b) => {
    for (const c of cands) {
      if (c.kind === 'person' && c.words.length === 1) singlePeople.push({ block: b, c })
      else if (c.kind === 'single' || !addNamedEntityTo(index, b, c, keyOf))
        singles.push({ block: b, c })
    }
  })

  // Pass 2: single words that are the surname of someone named in full, or another word of
  // exactly one person's full name ("Lula" for "Luiz Inácio Lula da Silva"); else their own person.
  const { surnames, personOf } = peopleByNameWord(index)
  const before = (block: number, c: NameCandidate) =>
    honorificGender(contexts[block]!.text.slice(Math.max(0, c.start - 6), c.start))
  const organisations = organisationWords(contexts, [...singlePeople, ...singles])
  const asOrganisation = (block: number, c: NameCandidate) => {
    const key = `org:${slug(c.surface)}`
    addEntityTo(index, key, 'organization', c.surface, position(block, c.start))
    addMentionTo(index, block, c, key, 'full')
  }
  for (const { block, c } of singlePeople) {
    const at = position(block, c.start)
    const known = personOf(c.surface, at, before(block, c))
    if (!known && organisations.has(foldName(c.surface))) {
      asOrganisation(block, c)
      continue
    }
    const key = known ?? `person:${foldName(c.surface)}`
    const e = addEntityTo(index, key, 'person', c.surface, position(block, c.start), c.roles)
    if (!surnames.has(key.slice('person:'.length))) surnames.set(key.slice('person:'.length), key)
    if (c.affiliation && !e.affiliations.includes(c.affiliation)) e.affiliations.push(c.affiliation)
    addMentionTo(index, block, c, key, 'surname')
  }
  for (const { block, c } of singles) {
    const key = personOf(c.surface, position(block, c.start), before(block, c))
    if (key) {
      addEntityTo(index, key, 'person', c.surface, position(block, c.start))
      addMentionTo(index, block, c, key, 'surname')
    } else if (organisations.has(foldName(c.surface))) asOrganisation(block, c)
    else if (!c.modifier && isKnownPlace(c.surface)) {
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
  inferGenders(index, contexts)
  return index
}

/**
 * Lookups of the people named so far: by folded surname, and `personOf(word, at, gender)`: the
 * person whose surname the word is (of several with that surname, the one `chooseHolder` picks),
 * else the one person whose full name holds it. `surnames` stays open to people added later.
 */
function peopleByNameWord(index: EntityIndex): {
  surnames: Map<string, string>
  personOf: (word: string, at: number, gender: 'male' | 'female' | undefined) => string | undefined
} {
  const surnames = new Map<string, string>()
  const shared = new Map<string, SurnameHolder[]>()
  const nameWords = new Map<string, Set<string>>()
  const positions = new Map<string, number[]>()
  for (const m of index.mentions) {
    if (m.form !== 'full') continue
    const list = positions.get(m.key) ?? []
    list.push(position(m.block, m.start))
    positions.set(m.key, list)
  }
  for (const e of index.entities.values()) {
    if (e.kind !== 'person') continue
    const surname = foldName(surnameOf(e.name.split(/\s+/u)))
    surnames.set(e.key.slice('person:'.length), e.key)
    const holders = shared.get(surname) ?? []
    holders.push({ key: e.key, gender: e.gender, positions: positions.get(e.key) ?? [] })
    shared.set(surname, holders)
    const words = e.forms
      .flatMap((form) => form.split(/\s+/u))
      .filter((w) => /^\p{Lu}\p{Ll}/u.test(w))
    for (const w of words) {
      const set = nameWords.get(foldName(w)) ?? new Set<string>()
      set.add(e.key)
      nameWords.set(foldName(w), set)
    }
  }
  const personOf = (word: string, at: number, gender: 'male' | 'female' | undefined) => {
    const holders = shared.get(foldName(word))
    if (holders && holders.length > 1) return chooseHolder(holders, at, gender)
    const key = surnames.get(foldName(word))
    if (key) return key
    const keys = nameWords.get(foldName(word))
    if (keys?.size === 1) return [...keys][0]
    // A word of several people's full names: their shared surname, if that is what it is.
    return holders?.[0]?.key
  }
  return { surnames, personOf }
}

/**
 * Add a party, a person named in full, an organisation or a place named outright to the index,
 * with its mention; false for a candidate that is none of these (settled in pass 2).
 */
function addNamedEntityTo(
  index: EntityIndex,
  b: number,
  c: NameCandidate,
  keyOf: (words: readonly string[]) => string,
): boolean {
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
    addPersonTo(index, b, c, keyOf(c.words))
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
function addPersonTo(index: EntityIndex, b: number, c: NameCandidate, key: string): void {
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

/** A candidate's words as single-word candidates (kind 'single', settled in pass 2). */
function wordsOf(c: NameCandidate): NameCandidate[] {
  const out: NameCandidate[] = []
  let offset = 0
  for (const word of c.words) {
    const at = c.surface.indexOf(word, offset)
    if (at < 0) continue
    offset = at + word.length
    const last = offset === c.surface.length
    out.push({
      start: c.start + at,
      end: c.start + at + word.length,
      surface: word,
      words: [word],
      kind: 'single',
      roles: [],
      possessive: last && c.possessive,
      modifier: c.modifier,
    })
  }
  return out
}
