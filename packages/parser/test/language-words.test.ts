import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { countWords } from '../src/lib/language.js'

const root = join(import.meta.dirname, '../../..')
const fixtures = join(import.meta.dirname, 'language/fixtures')
/** Seeds and every labelled language text, plus scripts, astral letters, marks and lone surrogates. */
const texts = [
  ...readdirSync(join(root, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(root, 'seeds', f), 'utf8')),
  ...readdirSync(fixtures)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(fixtures, f), 'utf8')),
  'İstanbul’da ŞEHİR и Київ: 𝐀𝐁c d\u0301e x\ud800y z\udc00 日本語のテキスト 123abc a_b',
]

describe('countWords (the stopword count’s word scan)', () => {
  it('finds the words /\\p{L}+/gu matches, giving the short ones to visit', () => {
    for (const text of texts) {
      const lower = text.toLowerCase()
      const expected = lower.match(/\p{L}+/gu) ?? []
      const visited: string[] = []
      expect(countWords(lower, (w) => visited.push(w))).toBe(expected.length)
      expect(visited).toEqual(expected.filter((w) => w.length <= 5))
    }
  })
})
