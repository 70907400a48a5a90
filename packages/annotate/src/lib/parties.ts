import { english } from '../lang/en/index.js'

/**
 * Countries (and blocs) acting as parties: the name, its capital and government metonyms, and
 * the demonym used in titles ("Ukrainian President"). General-purpose table, not story-specific.
 */
interface PartyRow {
  /** Slug used in the key `party:<slug>`. */
  slug: string
  /** Canonical display name. */
  name: string
  /** Names, capitals and metonyms that stand for the party when capitalised in running text. */
  names: readonly string[]
  /** Adjectives (demonyms) that tie a role to the party. */
  adjectives: readonly string[]
}

const rows: readonly PartyRow[] = english.parties.map((line) => {
  const [slug = '', name = '', names = '', adjectives = ''] = line.split('|').map((f) => f.trim())
  const list = (field: string) =>
    field
      .split(',')
      .map((x) => x.trim())
      .filter((x) => x !== '')
  return { slug, name, names: list(names), adjectives: list(adjectives) }
})

/** A party as recognised in text. */
export interface Party {
  key: string
  name: string
}

const byName = new Map<string, Party>()
const byAdjective = new Map<string, Party>()
for (const row of rows) {
  const party = { key: `party:${row.slug}`, name: row.name }
  for (const n of row.names) byName.set(n.toLowerCase(), party)
  byName.set(row.name.toLowerCase(), party)
  for (const a of row.adjectives) byAdjective.set(a.toLowerCase(), party)
}

/** The party a capitalised name stands for ("Moscow", "the Kremlin" → Russia), if any. */
export function partyByName(name: string): Party | undefined {
  return byName.get(name.replace(/^the\s+/i, '').toLowerCase())
}

/** The party an adjective or name ties a role to ("Ukrainian", "Kremlin", "Russia"), if any. */
export function partyByWord(word: string): Party | undefined {
  const w = word.replace(/['’]s$/, '').toLowerCase()
  return byAdjective.get(w) ?? byName.get(w)
}

/** The first party any word of a phrase ties it to ("Russia’s chief negotiator" → Russia). */
export function partyOfPhrase(phrase: string): Party | undefined {
  const words = phrase.split(/[\s\u2011-]+/)
  for (let i = 0; i < words.length; i++) {
    const two = i + 1 < words.length ? partyByWord(`${words[i]} ${words[i + 1]}`) : undefined
    const hit = two ?? partyByWord(words[i] ?? '')
    if (hit) return hit
  }
  return undefined
}
