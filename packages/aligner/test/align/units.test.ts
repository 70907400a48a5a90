import type { Claim } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { candidatePairs } from '../../src/lib/align/candidates.js'
import { claimFeatures, isUnitWord } from '../../src/lib/align/features.js'
import { resolveOptions } from '../../src/lib/align/options.js'
import { scorePair } from '../../src/lib/align/score.js'
import { unitsAgree } from '../../src/lib/align/units.js'

const hex = (n: number) => n.toString(16).padStart(16, '0')
const options = resolveOptions(null)

function figure(i: number, subject: string, value: number, unit: string | null, clause = '') {
  const claim: Claim = {
    id: `${hex(i)}:quantity:0-${subject.length}`,
    kind: 'quantity',
    text: subject,
    provenance: { article: hex(i), span: { start: 0, end: subject.length } },
    subject,
    value,
    unit,
    hedge: null,
  }
  const names = { people: [], places: [] }
  return claimFeatures(i, claim, hex(i), '2026-03-03', options.lexical, null, names, clause)
}

describe('figures in units of one thing', () => {
  it("one figure's unit is what the other's sentence measures", () => {
    const a = figure(1, 'quake hit', 6.1, 'quake', 'a magnitude 6.1 quake hit')
    const b = figure(2, 'quake', 6.1, 'magnitude', 'a 6.1-magnitude quake struck')
    expect(scorePair(a, b, options).score).toBeGreaterThanOrEqual(options.link)
    const c = figure(3, 'houses damaged', 6.1, 'house', 'houses damaged')
    expect(scorePair(b, c, options).score).toBe(0)
  })

  it("a sentence that writes the other's unit short or spelt otherwise names it ('km')", () => {
    const a = figure(1, 'epicentre', 40, 'kilometre', 'the epicentre lay 40 kilometres west')
    const b = figure(2, 'epicentre west', 40, 'mile', 'the epicentre was 40 km west')
    type Figure = Parameters<typeof unitsAgree>[0]
    expect(
      unitsAgree(
        a as Figure,
        b as Figure,
        () => false,
        () => false,
      ),
    ).toBe(true)
    expect(isUnitWord('km', 'kilometre')).toBe(true)
    expect(isUnitWord('people', 'person')).toBe(true)
    expect(isUnitWord('euro', 'kilometre')).toBe(false)
  })

  it('one value in units with one head word', () => {
    const a = figure(
      1,
      'cut',
      0.25,
      'percentage point',
      'cut its rate by a quarter of a percentage point',
    )
    const b = figure(2, 'cut', 0.25, 'point', 'expect a cut of a quarter point')
    expect(scorePair(a, b, options).score).toBeGreaterThanOrEqual(options.link)
    const c = figure(3, 'cut', 25, 'point', 'a cut of 25 basis points')
    expect(scorePair(a, c, options).score).toBe(0)
  })

  it('one distinctive count in two nouns, when the clauses share a word; not a small one, nor measures', () => {
    const a = figure(1, 'products recalled', 14, 'product', 'recalled 14 products')
    const b = figure(2, 'cheeses recalled', 14, 'cheese', 'recalled fourteen of its cheeses')
    expect(scorePair(a, b, options).score).toBeGreaterThanOrEqual(options.link)
    const c = figure(3, 'cheeses sold', 14, 'cheese', 'sold fourteen of its cheeses')
    expect(scorePair(a, c, options).score).toBe(0)
    const d = figure(4, 'products recalled', 4, 'product', 'recalled 4 products')
    const e = figure(5, 'cheeses recalled', 4, 'cheese', 'recalled four of its cheeses')
    expect(scorePair(d, e, options).score).toBe(0)
    const f = figure(6, 'kilometres walked', 40, 'kilometre', 'walked 40 kilometres')
    const g = figure(7, 'miles walked', 40, 'mile', 'walked 40 miles')
    expect(scorePair(f, g, options).score).toBe(0)
    const h = figure(8, 'residents', 3500, 'resident', 'ordered 3,500 residents to leave')
    const k = figure(9, 'people', 3500, 'person', 'told 3,500 people to leave the valley')
    expect(scorePair(h, k, options).score).toBeGreaterThanOrEqual(options.link)
  })
})

describe('candidates', () => {
  it('one figure meets its other wordings however their units and words differ', () => {
    const a = figure(0, 'cheeses', 120000, 'pack', 'sold 120,000 packs')
    const b = figure(1, 'units withdrawn', 120000, 'unit', 'withdrew 120,000 units from shops')
    expect(candidatePairs([a, b], options)).toEqual([[0, 1]])
  })
})
