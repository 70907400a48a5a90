import { describe, expect, it } from 'vitest'
import { isHyphenatedGivenName } from '../src/lib/find-names.js'
import { findQuantities, localCurrencies } from '../src/lib/find-quantities.js'
import { foldName, slug } from '../src/lib/fold-name.js'
import { firstFullDate, resolveDates } from '../src/lib/resolve-dates.js'

describe('annotation rules found by the fresh evaluation', () => {
  it('folds letters NFD leaves alone, so keys match ASCII spellings', () => {
    expect(foldName('Guðmundsdóttir')).toBe('gudmundsdottir')
    expect(foldName('Þorvaldsdóttir')).toBe('thorvaldsdottir')
    expect(foldName('Bjørnstad')).toBe(foldName('Bjornstad'))
    expect(slug('Łódź Æble')).toBe('lodz-aeble')
  })
  it('reads shared currency words by the country the article names most', () => {
    const cur = localCurrencies('Chile said… Chilean farmers… Mexico once…')
    expect(
      findQuantities('it set aside 120 billion pesos for wells', [], { currencies: cur })[0]?.unit,
    ).toBe('CLP')
    expect(
      findQuantities('about 2 billion crowns', [], {
        currencies: localCurrencies('Norway and Oslo'),
      })[0]?.unit,
    ).toBe('NOK')
    expect(findQuantities('4.8 trillion rupiah and 3,625 cedis', []).map((q) => q.unit)).toEqual([
      'IDR',
      'GHS',
    ])
  })
  it('does not take "now" for a stated full date', () => {
    expect(firstFullDate('the walls were holding for now')).toBeUndefined()
    expect(firstFullDate('on 5 August 2025 it')).toBe('2025-08-05')
  })
  it('reads romanised given names whose syllable is also an English word', () => {
    expect(isHyphenatedGivenName('Ji-won')).toBe(true)
    expect(isHyphenatedGivenName('Ex-wife')).toBe(false)
  })
})

describe('a month named without a year', () => {
  const reference = { basis: 'published', date: '2025-08-05' } as const
  const month = (sentence: string) =>
    resolveDates(sentence, reference).map(
      (d) => `${sentence.slice(d.start, d.end)} ${d.value?.start}`,
    )

  it('is the most recent such month in past-tense or "since" contexts', () => {
    expect(month('Prices have doubled since January.')).toEqual(['January 2025-01-01'])
    expect(month('The two sides last met in March.')).toEqual(['March 2025-03-01'])
    expect(month('The delegations last met in November.')).toEqual(['November 2024-11-01'])
  })

  it('is the next such month when the clause looks ahead', () => {
    expect(month('The plant would close from October.')).toEqual(['October 2025-10-01'])
    expect(month('A vote is expected in January.')).toEqual(['January 2026-01-01'])
    expect(month('It said prices rose. Talks will resume in March.')).toEqual(['March 2026-03-01'])
  })
})

describe('a weekday named alone', () => {
  const reference = { basis: 'published', date: '2025-08-06' } as const // a Wednesday
  const day = (sentence: string) =>
    resolveDates(sentence, reference).map(
      (d) => `${sentence.slice(d.start, d.end)} ${d.value?.start}`,
    )

  it('is the most recent such day when the reporting verb is past', () => {
    expect(day('The plant will close, officials said on Tuesday.')).toEqual(['Tuesday 2025-08-05'])
    expect(day('Talks ended abruptly on Monday.')).toEqual(['Monday 2025-08-04'])
  })

  it('is the next such day when the clause looks ahead', () => {
    expect(day('He said he would meet the mayor on Friday.')).toEqual(['Friday 2025-08-08'])
    expect(day('The court will rule next Monday.')).toEqual(['next Monday 2025-08-11'])
  })
})
