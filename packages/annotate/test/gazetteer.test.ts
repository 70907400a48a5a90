import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
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
})
