import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadNlp } from '../src/index.js'
import { tag } from '../src/lib/nlp.js'
import { splitWords, withWordCache } from '../src/lib/words.js'
import { seedsDir } from './support/cases.js'

/** Every paragraph of the seeds: real news prose with negations, entities and many sentences. */
const paragraphs = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((f) => readFileSync(join(seedsDir, f), 'utf8').split(/\n\s*\n/u))
  .filter((p) => p.trim().length > 0)

describe('tag (wink-nlp, part-of-speech pipe only)', () => {
  it('gives the tags of the full pipe (sentences, entities and negation do not change them)', () => {
    const full = loadNlp()
    let compared = 0
    for (const text of paragraphs) {
      const doc = full.readDoc(text)
      const values = doc.tokens().out(full.its.value)
      const tags = doc.tokens().out(full.its.pos)
      // Every token tag() placed, in order, carries the full pipe's tag for that token.
      const expected = tag(text).map((t) => `${t.value}/${t.pos}`)
      const all = values.map((v, i) => `${v}/${tags[i]}`)
      let j = 0
      for (const t of expected) {
        while (j < all.length && all[j] !== t) j++
        expect(j, `${t} in ${text.slice(0, 60)}`).toBeLessThan(all.length)
        j++
        compared++
      }
    }
    expect(compared).toBeGreaterThan(1000)
  })
})

describe('splitWords', () => {
  it('shares one frozen result per text while a word cache runs, and none after', () => {
    const text = "Officials' and officials’ talks with Mr. Umerov's U.S.-backed team ran 'late'."
    const fresh = splitWords(text)
    expect(Object.isFrozen(fresh)).toBe(false)
    withWordCache(() => {
      const a = splitWords(text)
      expect(splitWords(text)).toBe(a)
      expect(Object.isFrozen(a) && Object.isFrozen(a[0])).toBe(true)
      expect(a).toEqual(fresh)
    })
    expect(splitWords(text)).not.toBe(fresh)
    expect(fresh.map((w) => [w.value, w.possessive, w.capitalised, w.hyphenated])).toEqual([
      ['Officials', false, true, false],
      ['and', false, false, false],
      ['officials', true, false, false],
      ['talks', false, false, false],
      ['with', false, false, false],
      ['Mr.', false, true, false],
      ['Umerov', true, true, false],
      ['U.S.-backed', false, true, true],
      ['team', false, false, false],
      ['ran', false, false, false],
      ['late', false, false, false],
    ])
  })
})
