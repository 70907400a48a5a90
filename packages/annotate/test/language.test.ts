import { describe, expect, it } from 'vitest'
import { english } from '../src/english.js'
import { annotate } from '../src/index.js'
import { paragraphInput } from './support/cases.js'

const text = 'Mayor Grace Okafor said on Monday that “the bridge will reopen in May.”'

describe('English rules run only for English (or unknown) articles', () => {
  it('annotates an article in English, with or without a region subtag, or of unknown language', () => {
    for (const language of ['en', 'en-GB', null, 'absent'] as const) {
      const input = paragraphInput(text, '2025-03-04')
      const a = annotate(language === 'absent' ? input : { ...input, language })
      expect(
        a.quotations.map((q) => q.speaker.status),
        String(language),
      ).toEqual(['attributed'])
      expect(a.dates.length).toBeGreaterThan(0)
    }
  })

  it('skips the English steps for an article in another language', () => {
    const a = annotate({ ...paragraphInput(text, '2025-03-04'), language: 'fr' })
    expect([a.entities, a.mentions, a.quotations, a.quantities, a.dates]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ])
    expect(a.reference).toEqual({ basis: 'published', date: '2025-03-04' })
  })
})

describe('the English language pack', () => {
  it('lists each entry once per list', () => {
    for (const [name, list] of Object.entries(english))
      if (Array.isArray(list) && typeof list[0] === 'string')
        expect(new Set(list).size, name).toBe(list.length)
  })

  it('gives one reason per page-chrome phrase: "Advertisement" is promotion, "Back to top" navigation', () => {
    expect(english.promotionLines.some((p) => p.test('Advertisement'))).toBe(true)
    expect(english.navigationLabel.test('Advertisement')).toBe(false)
    expect(english.navigationLabel.test('Back to top')).toBe(true)
    expect(english.promotionLines.some((p) => p.test('Back to top'))).toBe(false)
  })
})
