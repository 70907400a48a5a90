import { describe, expect, it } from 'vitest'
import {
  clusterHeading,
  measuredPhrase,
  pluralUnit,
  quantityPhrase,
} from '../../src/lib/compose/describe.js'
import { readableValue } from '../../src/lib/compose/sections/conflicts.js'

const quantity = (subject: string, value: number, unit: string | null) =>
  ({
    id: 'a:quantity:0-1',
    text: 'x',
    provenance: { article: 'a', span: { start: 0, end: 1 } },
    kind: 'quantity',
    subject,
    value,
    unit,
    hedge: null,
  }) as const

describe('briefing wording', () => {
  it('pluralises units as English does', () => {
    expect(pluralUnit('hour')).toBe('hours')
    expect(pluralUnit('person')).toBe('people')
    expect(pluralUnit('casualty')).toBe('casualties')
    expect(pluralUnit('years')).toBe('years')
    expect(quantityPhrase({ value: 4, unit: 'person', hedge: 'at-least' })).toBe(
      'at least 4 people',
    )
    expect(quantityPhrase({ value: 1, unit: 'hour', hedge: null })).toBe('1 hour')
  })

  it('heads a figure by what it measures, not by its value', () => {
    expect(clusterHeading(quantity('talks', 2, 'hour'), 'talks: 2 hour')).toBe(
      'Length of the talks',
    )
    expect(clusterHeading(quantity('people killed', 9, 'person'), 'x')).toBe('People killed')
    expect(clusterHeading(quantity('days', 100, 'day'), 'days: 100 day')).toBe('Days')
    expect(clusterHeading(quantity('prison sentence', 12, 'year'), 'x')).toBe('Prison sentence')
    expect(measuredPhrase('talks')).toBe('the talks')
    expect(measuredPhrase('Florida talks')).toBe('Florida talks')
    expect(measuredPhrase('its budget')).toBe('its budget')
  })

  it('writes recorded conflict values for readers', () => {
    expect(readableValue('2026-01 (month)')).toBe('January 2026')
    expect(readableValue('2026-02-17 – 2026-02-18')).toBe('17–18 February 2026')
    expect(readableValue('2019 (year)')).toBe('2019')
    expect(readableValue('at-least 9 person')).toBe('at least 9 people')
    expect(readableValue('12 years')).toBe('12 years')
    expect(readableValue('Rustem Umerov')).toBe('Rustem Umerov')
  })
})
