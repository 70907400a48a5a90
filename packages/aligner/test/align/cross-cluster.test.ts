import type { Claim, DateRange, QuantityClaim } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { findConflicts } from '../../src/lib/align/conflicts.js'
import { crossClusterConflicts } from '../../src/lib/align/cross-cluster.js'
import { type ClaimFeatures, claimFeatures } from '../../src/lib/align/features.js'
import { qualifiedFigures, qualifierOf } from '../../src/lib/align/scope.js'
import { day, hex, options } from './event-features.js'
import { type FigureFixture, figureFeatures } from './figure-features.js'

// An invented story (a chemical leak at a river port), far from the eval sets and the seeds.

type Figure = FigureFixture
const figures = (specs: readonly Figure[]) => figureFeatures(specs, '2026-05-04')

const month = (m: string, last: string): DateRange => ({
  start: `${m}-01`,
  end: `${m}-${last}`,
  granularity: 'month',
})

function event(i: number, text: string, name: string, when: DateRange): ClaimFeatures {
  const claim: Claim = {
    id: `${hex(i)}:event:${i}`,
    kind: 'event',
    text,
    provenance: { article: hex(i), span: { start: i, end: i + 1 } },
    event: name,
    when,
    where: null,
    participants: [],
  }
  return claimFeatures(i, claim, hex(i), '2026-05-04', options.lexical)
}

const cross = (f: readonly ClaimFeatures[], clusters: number[][]) =>
  crossClusterConflicts(
    f,
    clusters.map((members) => ({ members })),
    options,
  )

/** The claim ids on each side of a detail, as sorted lists. */
const sides = (f: readonly ClaimFeatures[], ids: number[][]) =>
  ids.map((list) => list.map((i) => f[i]!.claim.id))

const evacuated = (article: number, value: number, extra: Partial<Figure> = {}): Figure => ({
  article,
  text: `About ${value} residents were ordered to evacuate their homes near the port.`,
  value,
  unit: 'resident',
  hedge: 'about',
  subject: 'residents ordered',
  ...extra,
})

describe('cross-cluster conflicts: figures of one fact the scorer kept apart', () => {
  it('two clusters giving incompatible figures for one measure are one hard value conflict', () => {
    const f = figures([evacuated(1, 4000), evacuated(2, 4000), evacuated(3, 6500)])
    const found = cross(f, [[0, 1], [2]])
    expect(found).toHaveLength(1)
    const d = found[0]!.detail
    expect([d.field, d.severity]).toEqual(['value', 'hard'])
    expect(d.values.map((v) => v.claims)).toEqual(sides(f, [[0, 1], [2]]))
    // It sits with the smaller cluster, which the reader sees as the disputed one.
    expect(found[0]!.claim).toBe(f[2]!.claim.id)
  })

  it('different scopes make it a soft scope conflict', () => {
    const f = figures([
      {
        article: 1,
        text: 'About 9,000 customers in Hale County were without power on Monday.',
        value: 9000,
        unit: 'customer',
        hedge: 'about',
      },
      {
        article: 2,
        text: 'More than 20,000 customers across the region had no power.',
        value: 20000,
        unit: 'customer',
        hedge: 'more-than',
      },
    ])
    const d = cross(f, [[0], [1]])[0]?.detail
    expect([d?.field, d?.severity]).toEqual(['scope', 'soft'])
    expect(d?.values.map((v) => v.value)).toEqual([
      'about 9000 customer in hale county',
      'more-than 20000 customer across region',
    ])
  })

  it('stays quiet on look-alikes', () => {
    const quiet = (specs: Figure[], clusters: number[][]) =>
      expect(cross(figures(specs), clusters)).toEqual([])
    // One article giving both figures counts two things.
    quiet([evacuated(1, 4000), evacuated(1, 6500)], [[0], [1]])
    // A running count in the next day's article is an update.
    quiet(
      [
        evacuated(1, 4000),
        evacuated(2, 6500, {
          text: 'The number of residents ordered to evacuate rose to 6,500.',
          published: '2026-05-05',
        }),
      ],
      [[0], [1]],
    )
    // An estimate before the event and the count after it.
    quiet([evacuated(1, 4000, { expected: true }), evacuated(2, 6500)], [[0], [1]])
    // Figures ten times apart count different things.
    quiet([evacuated(1, 4000), evacuated(2, 40000)], [[0], [1]])
    // Figures that agree within their hedges (the scorer's business, not a conflict).
    quiet([evacuated(1, 4000), evacuated(2, 4200)], [[0], [1]])
    // Nothing in common beyond the unit.
    quiet(
      [
        evacuated(1, 4000),
        {
          article: 2,
          text: 'Some 6,500 residents signed a petition against the terminal.',
          value: 6500,
          unit: 'resident',
          hedge: 'about',
        },
      ],
      [[0], [1]],
    )
    // Sentences dated to days that exclude each other are two occasions.
    quiet(
      [
        evacuated(1, 4000, { when: day('2026-05-03') }),
        evacuated(2, 6500, { when: day('2026-04-12') }),
      ],
      [[0], [1]],
    )
  })

  it('pairs a cluster with its one closest partner, not with every cluster like it', () => {
    // Two equally close partners: which one is disputed is not clear, so neither is flagged.
    const f = figures([evacuated(1, 4000), evacuated(2, 6500), evacuated(3, 9500)])
    expect(cross(f, [[0], [1], [2]])).toEqual([])
  })
})

describe('cross-cluster conflicts: an event each outlet calls the latest', () => {
  it('two dates for the last inspection are one hard date conflict', () => {
    const f = [
      event(
        0,
        'The bridge was last inspected in March, the agency said.',
        'inspection',
        month('2026-03', '31'),
      ),
      event(
        1,
        'The bridge was last inspected in January, records show.',
        'inspection',
        month('2026-01', '31'),
      ),
    ]
    const d = cross(f, [[0], [1]])[0]?.detail
    expect([d?.field, d?.severity]).toEqual(['when', 'hard'])
    expect(d?.values.map((v) => v.value)).toEqual(['2026-03 (month)', '2026-01 (month)'])
  })

  it('two inspections without "last", or "last" that only dates, are two events', () => {
    const plain = [
      event(
        0,
        'The bridge was inspected in March, the agency said.',
        'inspection',
        month('2026-03', '31'),
      ),
      event(
        1,
        'The bridge was inspected in January, records show.',
        'inspection',
        month('2026-01', '31'),
      ),
    ]
    expect(cross(plain, [[0], [1]])).toEqual([])
    const dating = [
      event(0, 'The bridge was inspected last week.', 'inspection', day('2026-04-28')),
      event(1, 'The bridge was inspected last month.', 'inspection', month('2026-04', '30')),
    ]
    expect(cross(dating, [[0], [1]])).toEqual([])
  })
})

describe('value conflicts within a cluster', () => {
  it('a figure every other figure fits takes no side', () => {
    const f = figures([
      {
        article: 1,
        text: 'At least nine people were killed.',
        value: 9,
        unit: 'person',
        hedge: 'at-least',
      },
      { article: 2, text: 'Eleven people were killed.', value: 11, unit: 'person' },
      { article: 3, text: 'The quake killed 14 people.', value: 14, unit: 'person' },
    ])
    const d = findConflicts(f).conflicts.find((c) => c.field === 'value')
    expect(d?.values.map((v) => v.value)).toEqual(['11 person', '14 person'])
  })
})

describe('a figure that says what it includes', () => {
  const fee = (id: string, text: string, value: number, hedge: QuantityClaim['hedge'] = null) =>
    ({
      id,
      kind: 'quantity',
      text,
      subject: 'fee',
      value,
      unit: 'GBP',
      hedge,
      provenance: { article: '0000000000000001', span: { start: 0, end: 1 } },
    }) satisfies QuantityClaim

  it('against a different figure without it is one fact at another scope', () => {
    const base = fee('a', 'The club paid £30 million for the goalkeeper.', 30_000_000)
    const whole = fee(
      'b',
      'The deal is worth up to £36m including add-ons, the paper understands.',
      36_000_000,
      'up-to',
    )
    expect(qualifierOf(whole)).toBe('including add-ons')
    expect(qualifiedFigures([base, whole], (c) => `${c.value}`)).toEqual([
      ['36000000 including add-ons', 'b'],
      ['30000000', 'a'],
    ])
  })

  it('a comma before "including" lists parts of the whole; an equal figure is no conflict', () => {
    const parts = fee(
      'c',
      'Police froze assets worth about €12 million, including a villa and two yachts.',
      12_000_000,
      'about',
    )
    expect(qualifierOf(parts)).toBeNull()
    const same = fee('d', 'The fee was £36 million.', 36_000_000)
    const whole = fee('e', 'It was worth £36m including add-ons.', 36_000_000)
    expect(qualifiedFigures([same, whole], (c) => `${c.value}`)).toBeNull()
  })
})
