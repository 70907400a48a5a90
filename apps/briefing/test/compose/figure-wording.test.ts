import type { QuantityClaim } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { figurePhrase, scaleWord } from '../../src/lib/compose/scale-reading.js'
import { conflictNote, readableDates } from '../../src/lib/compose/sections/conflicts.js'

const figure = (value: number, unit: string | null, hedge: QuantityClaim['hedge'] = null) =>
  ({ value, unit, hedge }) as QuantityClaim

describe('a reading on a scale', () => {
  it('reads as the scale word and the number, never as a count of its unit', () => {
    const quake = 'A magnitude 6.4 earthquake struck the valley before dawn.'
    expect(figurePhrase(figure(6.4, 'earthquake'), quake)).toBe('magnitude 6.4')
    expect(figurePhrase(figure(6.1, 'quake'), 'The 6.1-magnitude quake struck at night.')).toBe(
      'magnitude 6.1',
    )
    expect(figurePhrase(figure(5.8, 'tremor'), 'It had a magnitude of 5.8, officials said.')).toBe(
      'magnitude 5.8',
    )
    expect(figurePhrase(figure(6, 'quake', 'about'), 'A magnitude 6 quake hit.')).toBe(
      'about magnitude 6',
    )
    expect(figurePhrase(figure(4, 'storm'), 'The Category 4 storm made landfall.')).toBe(
      'Category 4',
    )
  })

  it('leaves a count alone, even in a sentence that names a scale for another number', () => {
    expect(figurePhrase(figure(14, 'person'), 'The death toll rose to 14 people.')).toBe(
      '14 people',
    )
    expect(scaleWord(figure(40, 'aftershock'), 'A magnitude 4 quake and 40 aftershocks.')).toBe(
      null,
    )
    expect(scaleWord(figure(4, 'aftershock'), 'A magnitude 4.6 quake and 4 aftershocks.')).toBe(
      null,
    )
  })
})

describe('dates in a conflict note', () => {
  it('are written as a reader writes them, not as ISO days', () => {
    expect(readableDates('published on 2026-10-12 and 2026-10-13')).toBe(
      'published on 12 October 2026 and 13 October 2026',
    )
    expect(conflictNote(['one outlet counted on 2026-03-03'], null)).toBe(
      'One outlet counted on 3 March 2026.',
    )
  })
})
