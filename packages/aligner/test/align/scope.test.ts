import type { QuantityClaim } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { scopedFigures, scopeOf } from '../../src/lib/align/scope.js'

const figure = (
  id: string,
  text: string,
  value: number,
  unit: string,
  hedge: QuantityClaim['hedge'] = null,
): QuantityClaim => ({
  id,
  kind: 'quantity',
  text,
  subject: unit,
  value,
  unit,
  hedge,
  provenance: { article: '0000000000000001', span: { start: 0, end: 1 } },
})

const show = (c: QuantityClaim) => `${c.value}`

describe('scope of a figure', () => {
  it('reads the phrase that narrows what is counted, after the unit noun or its participle', () => {
    const a = figure(
      'a',
      'About 900,000 households with variable-rate mortgages will see payments fall.',
      900000,
      'household',
      'about',
    )
    const b = figure(
      'b',
      'More than 1.4 million households with a mortgage stand to benefit.',
      1400000,
      'household',
      'more-than',
    )
    const c = figure(
      'c',
      'More than 300 homes were damaged in Ano Petalida alone, engineers said.',
      300,
      'home',
      'more-than',
    )
    const d = figure('d', 'Some 620 people slept in tents on Monday night.', 620, 'person')
    expect([a, b, c, d].map(scopeOf)).toEqual([
      'with variable-rate mortgages',
      'with mortgage',
      'in ano petalida alone',
      null,
    ])
  })

  it('figures that differ at different scopes are scoped; at one scope or with one value they are not', () => {
    const wide = figure(
      'a',
      'About 900,000 households with variable-rate mortgages will gain.',
      900000,
      'household',
      'about',
    )
    const narrow = figure(
      'b',
      'More than 1.4 million households with a mortgage will gain.',
      1400000,
      'household',
      'more-than',
    )
    const same = figure(
      'c',
      'About 1.2 million households with a mortgage will gain.',
      1200000,
      'household',
      'about',
    )
    const equal = figure(
      'd',
      'Some 900,000 households with a mortgage will gain.',
      900000,
      'household',
      'about',
    )
    expect(scopedFigures([wide, narrow], show)?.map(([, id]) => id)).toEqual(['a', 'b'])
    expect(scopedFigures([narrow, same], show)).toBeNull()
    expect(scopedFigures([wide, equal], show)).toBeNull()
  })
})
