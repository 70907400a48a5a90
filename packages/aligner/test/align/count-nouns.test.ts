import type { Claim } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { claimFeatures } from '../../src/lib/align/features.js'
import { resolveOptions } from '../../src/lib/align/options.js'
import { scorePair } from '../../src/lib/align/score.js'

// A unit that names what is counted ('firefighters') says what is measured even when the
// subject only repeats it; a measure, money or people in general do not.
const hex = (n: number) => n.toString(16).padStart(16, '0')
const options = resolveOptions({})

function count(i: number, text: string, value: number, unit: string): Claim {
  return {
    id: `${hex(i)}:quantity:0`,
    text,
    provenance: { article: hex(i), span: { start: 0, end: 5 } },
    kind: 'quantity',
    subject: unit === 'person' ? 'people' : `${unit}s`,
    value,
    unit,
    hedge: null,
  }
}
const features = (i: number, c: Claim, clause: string) =>
  claimFeatures(
    i,
    c,
    hex(i),
    '2026-08-10',
    options.lexical,
    null,
    { people: [], places: [] },
    clause,
  )

describe('count nouns', () => {
  it('link different figures of one counted thing within a factor of two', () => {
    const a = count(1, 'About 1,000 firefighters are expected on the lines.', 1000, 'firefighter')
    const b = count(2, 'More than 800 firefighters were battling the blaze.', 800, 'firefighter')
    const s = scorePair(
      features(0, a, 'about 1,000 firefighters are expected to be on the lines'),
      features(1, b, 'more than 800 firefighters were battling the blaze'),
      options,
    )
    expect(s.score).toBeGreaterThanOrEqual(options.link)
  })

  it('not figures further apart', () => {
    const a = count(1, 'About 1,000 firefighters are expected.', 1000, 'firefighter')
    const b = count(2, 'Some 300 firefighters arrived.', 300, 'firefighter')
    expect(scorePair(features(0, a, 'expected'), features(1, b, 'arrived'), options).score).toBe(0)
  })

  it('not people in general, nor a measure', () => {
    const a = count(1, 'About 1,000 people gathered.', 1000, 'person')
    const b = count(2, 'Some 800 people were evacuated.', 800, 'person')
    expect(
      scorePair(features(0, a, 'gathered'), features(1, b, 'were evacuated'), options).score,
    ).toBe(0)
    const c = count(3, 'It covers 1,000 acres.', 1000, 'acre')
    const d = count(4, 'It bought 800 acres.', 800, 'acre')
    expect(scorePair(features(2, c, 'covers'), features(3, d, 'bought'), options).score).toBe(0)
  })
})
