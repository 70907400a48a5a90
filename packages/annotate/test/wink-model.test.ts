import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import { compareLexemes, lexemeIndex } from '../src/lib/lexeme-index.js'
import { englishModel, readCoreModel } from '../src/lib/wink-model.js'
import { seedsDir } from './support/cases.js'

const require = createRequire(import.meta.url)
type Doc = { tokens(): { out(f?: unknown): unknown[] } }
type Wink = { readDoc(t: string): Doc; its: Record<string, unknown> }
const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => Wink

/** Real news prose: every paragraph of the seeds. */
const text = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(seedsDir, f), 'utf8'))
  .join('\n\n')

describe('englishModel (wink-eng-lite-web-model read once)', () => {
  it("reads the core model deep-equal to the package's own loader, the lexeme index aside", () => {
    type Model = { features: { lexeme: { list: string[]; hash: Record<string, number> } } }
    const own = (require('wink-eng-lite-web-model/dist/load-core-model.js') as () => Model)()
    const ours = readCoreModel() as Model
    const ownHash = own.features.lexeme.hash
    const ourHash = ours.features.lexeme.hash
    // Every word of the list answers its position, as the package's object does.
    const list = own.features.lexeme.list
    let wrong = 0
    for (const word of list) if (ourHash[word] !== ownHash[word]) wrong++
    expect(list.length).toBeGreaterThan(80_000)
    expect(wrong).toBe(0)
    for (const absent of ['Zelenskyyy', 'qqqq', '', 'ALL ', 'constructor', '__proto__'])
      expect(ourHash[absent]).toBe(ownHash[absent])
    // The rest of the model is the package's, value for value.
    own.features.lexeme.hash = {}
    ours.features.lexeme.hash = {}
    expect(isDeepStrictEqual(ours, own)).toBe(true)
  })

  it('finds the lexeme list sorted by lower case then code unit after its first entry', () => {
    type Model = { features: { lexeme: { list: string[] } } }
    const { list } = (readCoreModel() as Model).features.lexeme
    let unsorted = 0
    for (let k = 2; k < list.length; k++)
      if (compareLexemes(list[k - 1]!, list[k]!) >= 0) unsorted++
    expect(unsorted).toBe(0)
  })

  it('keeps the words added to the lexeme index, and answers nothing for other keys', () => {
    const list = ['$oov$', 'a', 'B', 'b', 'cat', 'Dog']
    const index = lexemeIndex(list)
    expect(list.map((w) => index[w])).toEqual([0, 1, 2, 3, 4, 5])
    expect(index.dog).toBeUndefined()
    expect(index.dog).toBeUndefined()
    index.dog = 6
    expect(index.dog).toBe(6)
    expect('dog' in index && 'cat' in index && !('emu' in index)).toBe(true)
    expect((index as Record<symbol, unknown>)[Symbol.iterator]).toBeUndefined()
  })

  it("gives the package model's tokens, tags and lemmas, with the part-of-speech pipe", () => {
    const theirs = winkNLP(require('wink-eng-lite-web-model'), ['pos'])
    const ours = winkNLP(englishModel({ pipe: ['pos'] }), ['pos'])
    const out = (w: Wink) => {
      const tokens = w.readDoc(text).tokens()
      return [tokens.out(w.its.value), tokens.out(w.its.pos), tokens.out(w.its.lemma)]
    }
    const expected = out(theirs)
    expect(expected[0]!.length).toBeGreaterThan(5000)
    expect(out(ours)).toEqual(expected)
  })

  it('keeps every machine for the full pipe (entities, sentiment, negation)', () => {
    const theirs = winkNLP(require('wink-eng-lite-web-model'))
    const ours = winkNLP(englishModel())
    const out = (w: Wink) => {
      const doc = w.readDoc(text) as Doc & {
        entities(): { out(f?: unknown): unknown[] }
        out(f?: unknown): unknown
      }
      return [
        doc.entities().out(w.its.detail),
        doc.out(w.its.sentiment),
        doc.tokens().out(w.its.negationFlag),
      ]
    }
    const expected = out(theirs)
    expect((expected[0] as unknown[]).length).toBeGreaterThan(10)
    expect(out(ours)).toEqual(expected)
  })

  it('loads the machines the pipe leaves out as empty ones, and add-ons on first use', () => {
    const model = englishModel({ pipe: ['pos'] })
    expect(model.ner()).toEqual({ machines: [], transformers: [] })
    expect(typeof model.addons.lemmatize).toBe('function')
    expect(Object.keys(model.addons).sort()).toEqual([
      'lemmatize',
      'readabilityStats',
      'stem',
      'wordVectors',
    ])
  })
})
