import { describe, expect, it } from 'vitest'
import { resolveDates } from '../src/lib/resolve-dates.js'

const reference = { basis: 'published', date: '2024-11-20' } as const
const dates = (sentence: string) =>
  resolveDates(sentence, reference).map(
    (d) => `${sentence.slice(d.start, d.end)} ${d.value?.start}`,
  )

describe('which way a date without a year points', () => {
  it('looks ahead past a qualifier after "until" or "from"', () => {
    expect(dates('The ban stays in force until at least August.')).toEqual(['August 2025-08-01'])
    expect(dates('Flights resume from early March.')).toEqual(['March 2025-03-01'])
  })

  it('reads "is due to" as the future', () => {
    expect(dates('The first block is due to be handed over in March.')).toEqual([
      'March 2025-03-01',
    ])
  })

  it('treats May like any other month', () => {
    expect(dates('Prices have risen since May.')).toEqual(['May 2024-05-01'])
    expect(dates('The vote will not be held until May.')).toEqual(['May 2025-05-01'])
  })

  it('reads a year used as an adjective', () => {
    expect(dates('Survivors of the 2021 typhoon still live in tents.')).toEqual(['2021 2021-01-01'])
    expect(dates('The 2,000 people were moved.')).toEqual([])
  })
})

describe('a count before a weekday', () => {
  it('keeps "rose to 14 on Tuesday" a weekday, with no time', () => {
    expect(dates('The death toll rose to 14 on Tuesday.')).toEqual(['Tuesday 2024-11-19'])
    expect(dates('Cases reached 13 Monday.')).toEqual(['Monday 2024-11-18'])
    expect(resolveDates('The death toll rose to 14 on Tuesday.', reference)[0]?.time).toBe(
      undefined,
    )
  })

  it('still reads a clock time before a weekday', () => {
    const [d] = resolveDates('They met at 3 pm on Friday.', reference)
    expect(d?.time).toBe('15:00')
    expect(resolveDates('They met at 3 on Friday.', reference)[0]?.time).toBe('03:00')
  })
})

describe('a day and month without a year', () => {
  it('takes the most recent one in past-tense news, the next one in a future clause', () => {
    const october = { basis: 'published', date: '2026-10-13' } as const
    const on = (s: string) => resolveDates(s, october).map((d) => d.value?.start)
    expect(on('The court ruled on March 12.')).toEqual(['2026-03-12'])
    expect(on('The court will rule on March 12.')).toEqual(['2027-03-12'])
    expect(on('The summit opens October 16.')).toEqual(['2026-10-16'])
  })
})
