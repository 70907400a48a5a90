import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { gazetteerGroups } from '../src/lang/en/gazetteer-data.js'
import { hasLine } from '../src/lib/gazetteer.js'
import {
  firstNameGender,
  isEnglishWord,
  isKnownOrganization,
  isKnownPersonName,
  isKnownPlace,
} from '../src/lib/nlp.js'
import { compromiseLexicon, gazetteerDataPath, gazetteerSource } from './support/gazetteer.js'

describe('gazetteer (compromise’s lexicon, generated ahead of time)', () => {
  it('the checked-in data is what the installed compromise gives (UPDATE=1 rewrites it)', () => {
    const source = gazetteerSource()
    if (process.env.UPDATE) writeFileSync(gazetteerDataPath, source)
    expect(readFileSync(gazetteerDataPath, 'utf8')).toBe(source)
  })

  it('answers every lexicon word as compromise’s own lexicon does', () => {
    const lexicon = compromiseLexicon()
    const tagsOf = (w: string): string[] => {
      const hit = Object.hasOwn(lexicon, w) ? lexicon[w] : undefined
      return hit === undefined ? [] : Array.isArray(hit) ? hit : [hit]
    }
    const words = Object.keys(lexicon).filter((w) => w === w.toLowerCase())
    words.push('Geneva', 'MARIA', 'constructor', 'toString', 'zzqx', '')
    const wrong: string[] = []
    for (const word of words) {
      const tags = tagsOf(word.toLowerCase())
      const gender = tags.includes('MaleName')
        ? 'male'
        : tags.includes('FemaleName')
          ? 'female'
          : tags.includes('FirstName')
            ? 'unknown'
            : undefined
      const expected = [
        gender,
        tags.some((t) => t === 'City' || t === 'Country' || t === 'Region' || t === 'Place'),
        tags.includes('Organization'),
        tags.includes('LastName') || tags.includes('Person'),
        tags.length > 0,
      ]
      const got = [
        firstNameGender(word),
        isKnownPlace(word),
        isKnownOrganization(word),
        isKnownPersonName(word),
        isEnglishWord(word),
      ]
      if (JSON.stringify(got) !== JSON.stringify(expected))
        wrong.push(`${word}: ${JSON.stringify(got)} != ${JSON.stringify(expected)}`)
    }
    expect(words.length).toBeGreaterThan(20_000)
    expect(wrong).toEqual([])
  })

  it('keeps each class one line a word in code-unit order, as the binary search needs', () => {
    for (const [letters, lines] of Object.entries(gazetteerGroups)) {
      const words = lines.split('\n')
      const unsorted = words.filter((w, k) => k > 0 && !(words[k - 1]! < w))
      expect([letters, unsorted, words.includes('')]).toEqual([letters, [], false])
    }
  })

  it('finds every line, and nothing between or around them', () => {
    const lines = ['a', 'ab', 'ab c', 'abc', 'b', 'ba', 'zz'].join('\n')
    for (const w of ['a', 'ab', 'ab c', 'abc', 'b', 'ba', 'zz'])
      expect(hasLine(lines, w)).toBe(true)
    for (const w of ['', 'aa', 'ab ', 'abd', 'bb', 'z', 'zzz', '0', '~', 'a\nab'])
      expect(hasLine(lines, w)).toBe(false)
    const many = Array.from({ length: 500 }, (_, k) => `w${String(k).padStart(4, '0')}`)
    const text = many.join('\n')
    expect(many.every((w) => hasLine(text, w))).toBe(true)
    expect(many.some((w) => hasLine(text, `${w}x`) || hasLine(text, w.slice(0, -1)))).toBe(false)
  })
})
