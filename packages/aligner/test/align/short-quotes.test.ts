import type { Claim } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { claimFeatures } from '../../src/lib/align/features.js'
import { resolveOptions } from '../../src/lib/align/options.js'
import { scorePair } from '../../src/lib/align/score.js'

// A digest quotes two words of a longer quote ('a house of cards'): a truncated wording.
const hex = (n: number) => n.toString(16).padStart(16, '0')
const options = resolveOptions({})
const quote = (i: number, words: string): Claim => ({
  id: `${hex(i)}:quote:0`,
  kind: 'quote',
  text: words,
  provenance: { article: hex(i), span: { start: 0, end: words.length } },
  speaker: null,
  quote: words,
  partial: false,
})
const features = (i: number, c: Claim) => claimFeatures(i, c, hex(i), '2026-03-12', options.lexical)

describe('short quoted phrases', () => {
  const long = quote(1, 'The accused built a house of cards and sold it to thousands of families')
  it('are a truncation of a longer quote holding both their words', () => {
    const s = scorePair(features(0, long), features(1, quote(2, 'a house of cards')), options)
    expect(s.score).toBeGreaterThanOrEqual(options.link)
    expect(s.contains).toBe(true)
  })
  it('are not when one of the two words is missing', () => {
    const s = scorePair(features(0, long), features(1, quote(2, 'a house of straw')), options)
    expect(s.score).toBeLessThan(options.link)
  })
})
