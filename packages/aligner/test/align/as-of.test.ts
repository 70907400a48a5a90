import type { Article, Claim, DateRange } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { findConflicts } from '../../src/lib/align/conflicts.js'
import { claimFeatures } from '../../src/lib/align/features.js'
import { quantityOccasion } from '../../src/lib/align/occasion.js'
import { resolveOptions } from '../../src/lib/align/options.js'
import { scorePair } from '../../src/lib/align/score.js'

// A figure's occasion: the date of its own clause (not of a relative clause before it), and
// whether the figure is a count as of that date ('by Monday'), which another day's figure updates.
const hex = (n: number) => n.toString(16).padStart(16, '0')
const options = resolveOptions({})
const day = (d: string): DateRange => ({ start: d, end: d, granularity: 'day' })

/** One article of one sentence at offset 100, with the given dates (text → day) in it. */
function sentence(raw: string, figure: string, dates: Record<string, string>) {
  const at = (s: string) => 100 + raw.indexOf(s)
  const article = {
    id: hex(1),
    annotations: {
      sentences: [{ id: 's1', span: { start: 100, end: 100 + raw.length }, raw }],
      dates: Object.entries(dates).map(([text, d], i) => ({
        id: `d${i}`,
        span: { start: at(text), end: at(text) + text.length },
        raw: text,
        text,
        value: day(d),
        relative: true,
      })),
    },
  } as unknown as Article
  const claim = {
    id: `${hex(1)}:quantity:0`,
    text: raw,
    provenance: {
      article: hex(1),
      sentence: 's1',
      span: { start: at(figure), end: at(figure) + figure.length },
    },
    kind: 'quantity',
    subject: 'acres burned',
    value: 1,
    unit: 'acre',
    hedge: null,
  } as Claim
  return quantityOccasion([article])(claim)
}

function acres(i: number, value: number, hedge: 'more-than' | null = null): Claim {
  return {
    id: `${hex(i)}:quantity:0`,
    text: `The fire has burned ${value} acres.`,
    provenance: { article: hex(i), span: { start: 0, end: 5 } },
    kind: 'quantity',
    subject: 'acres burned',
    value,
    unit: 'acre',
    hedge,
  }
}
const features = (i: number, c: Claim, published: string, when: DateRange | null, asOf: boolean) =>
  claimFeatures(
    i,
    c,
    hex(i),
    published,
    options.lexical,
    when,
    { people: [], places: [] },
    '',
    asOf,
  )

describe('a figure’s occasion', () => {
  it('skips a date in a relative clause before the figure', () => {
    const o = sentence(
      'A wildfire that broke out on Saturday near Halden Creek has burned about 12,000 acres.',
      'about 12,000 acres',
      { Saturday: '2026-08-08' },
    )
    expect(o).toEqual({ when: null, asOf: false })
  })

  it('keeps a date before the figure after reported speech ("said that")', () => {
    const o = sentence('Officials said that on Monday crews saved 40 homes.', '40 homes', {
      Monday: '2026-08-10',
    })
    expect(o).toEqual({ when: day('2026-08-10'), asOf: false })
  })

  it('marks a date introduced by "by" as a count as of that day', () => {
    expect(
      sentence('The fire had burned 12,400 acres by Monday.', '12,400 acres', {
        Monday: '2026-08-10',
      }),
    ).toEqual({ when: day('2026-08-10'), asOf: true })
    expect(
      sentence('By Tuesday, 1,100 firefighters were on the lines.', '1,100 firefighters', {
        Tuesday: '2026-08-11',
      }),
    ).toEqual({ when: day('2026-08-11'), asOf: true })
  })

  it('reads a time of day after "before" as part of the figure’s clause', () => {
    const o = sentence(
      'A magnitude 6.4 earthquake struck the region before dawn on Monday.',
      'magnitude 6.4',
      { Monday: '2026-10-12' },
    )
    expect(o.when).toEqual(day('2026-10-12'))
    // …but a clause after "before" still ends the figure's clause.
    expect(
      sentence('Crews saved 40 homes before the wind turned on Monday.', '40 homes', {
        Monday: '2026-08-10',
      }).when,
    ).toBeNull()
  })
})

describe('counts as of a day', () => {
  it('link with another day’s count of the same thing, and are no conflict', () => {
    const a = features(0, acres(1, 12400), '2026-08-10', day('2026-08-10'), true)
    const b = features(1, acres(2, 15000, 'more-than'), '2026-08-11', day('2026-08-11'), true)
    expect(scorePair(a, b, options).score).toBeGreaterThanOrEqual(options.link)
    const c = features(2, acres(3, 15300), '2026-08-11', null, false)
    const found = findConflicts([a, b, c])
    expect(found.conflicts).toEqual([])
    expect(found.notes.join(' ')).toContain('change with time')
  })

  it('figures dated to different days without "by" stay different facts', () => {
    const a = features(0, acres(1, 12400), '2026-08-10', day('2026-08-08'), false)
    const b = features(1, acres(2, 15000), '2026-08-11', day('2026-08-11'), false)
    expect(scorePair(a, b, options).score).toBe(0)
  })

  it('undated figures of different days still conflict when no member is a count as of a day', () => {
    const a = features(0, acres(1, 3500), '2026-08-10', null, false)
    const b = features(1, acres(2, 5300), '2026-08-11', null, false)
    expect(findConflicts([a, b]).conflicts.map((c) => c.field)).toEqual(['value'])
  })
})
