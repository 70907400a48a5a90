import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
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
  it("reads the core model deep-equal to the package's own loader", () => {
    const own = (require('wink-eng-lite-web-model/dist/load-core-model.js') as () => unknown)()
    expect(isDeepStrictEqual(readCoreModel(), own)).toBe(true)
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
