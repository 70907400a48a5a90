import type { Article, Claim, DateRange } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { findConflicts } from '../../src/lib/align/conflicts.js'
import { claimFeatures } from '../../src/lib/align/features.js'
import { quantityOccasion } from '../../src/lib/align/occasion.js'
import { resolveOptions } from '../../src/lib/align/options.js'

// A figure about an earlier occurrence of the event ('The last strike on the routes, in 2019,
// lasted five days') is another occasion, not a conflicting value for this one.
const hex = (n: number) => n.toString(16).padStart(16, '0')
const options = resolveOptions({})
const year = (y: string): DateRange => ({
  start: `${y}-01-01`,
  end: `${y}-12-31`,
  granularity: 'year',
})
const day = (d: string): DateRange => ({ start: d, end: d, granularity: 'day' })

function days(i: number, value: number, text: string): Claim {
  return {
    id: `${hex(i)}:quantity:0`,
    text,
    provenance: { article: hex(i), span: { start: 0, end: 5 } },
    kind: 'quantity',
    subject: 'strike',
    value,
    unit: 'day',
    hedge: null,
  }
}

/** The occasion of `figure` in a one-sentence article whose `dateText` resolves to `when`. */
function occasionIn(raw: string, figure: string, dateText: string, when: DateRange) {
  const at = (s: string) => 100 + raw.indexOf(s)
  const article = {
    id: hex(1),
    annotations: {
      sentences: [{ id: 's1', span: { start: 100, end: 100 + raw.length }, raw }],
      dates: [
        {
          id: 'd0',
          span: { start: at(dateText), end: at(dateText) + dateText.length },
          raw: dateText,
          text: dateText,
          value: when,
          relative: false,
        },
      ],
    },
  } as unknown as Article
  const claim = {
    ...days(1, 5, raw),
    provenance: {
      article: hex(1),
      sentence: 's1',
      span: { start: at(figure), end: at(figure) + figure.length },
    },
  } as Claim
  return quantityOccasion([article])(claim).when
}

const features = (i: number, c: Claim, published: string, when: DateRange | null) =>
  claimFeatures(i, c, hex(i), published, options.lexical, when)

describe('a figure about an earlier occurrence', () => {
  it('takes the date set off after "the last <event>" as its occasion', () => {
    expect(
      occasionIn(
        'The last strike on the routes, in 2019, lasted five days and ended with a deal.',
        'five days',
        '2019',
        year('2019'),
      ),
    ).toEqual(year('2019'))
    expect(
      occasionIn(
        'The previous eruption, in March 1998, forced 300 people from their homes.',
        '300 people',
        'March 1998',
        year('1998'),
      ),
    ).toEqual(year('1998'))
  })

  it('look-alike: a date in a clause of its own still does not date the figure', () => {
    expect(
      occasionIn(
        'Talks resumed in 2019, and the crews walked out for five days.',
        'five days',
        '2019',
        year('2019'),
      ),
    ).toBeNull()
    expect(
      occasionIn(
        'The strike, which began in 2019, lasted five days.',
        'five days',
        '2019',
        year('2019'),
      ),
    ).toBeNull()
  })

  it('is no value conflict with the figure of this occurrence', () => {
    const now = features(0, days(1, 2, 'a 48-hour strike'), '2026-10-08', null)
    const then = features(
      1,
      days(2, 5, 'The last strike, in 2019, lasted five days'),
      '2026-10-08',
      year('2019'),
    )
    expect(findConflicts([now, then]).conflicts).toEqual([])
  })

  it('look-alike: a figure dated to this occurrence still conflicts', () => {
    const a = features(0, days(1, 2, 'a two-day strike'), '2026-10-08', null)
    const b = features(
      1,
      days(2, 5, 'a five-day strike from Thursday'),
      '2026-10-09',
      day('2026-10-08'),
    )
    expect(findConflicts([a, b]).conflicts.map((c) => c.field)).toEqual(['value'])
    // …and two figures both about the earlier occurrence still conflict with each other.
    const c = features(
      2,
      days(3, 4, 'The last strike, in 2019, lasted four days'),
      '2026-10-08',
      year('2019'),
    )
    const d = features(
      3,
      days(4, 5, 'The previous strike, in 2019, lasted five days'),
      '2026-10-09',
      year('2019'),
    )
    expect(findConflicts([c, d]).conflicts.map((x) => x.field)).toEqual(['value'])
  })
})
