import type { Article, Claim, DateRange } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { findConflicts } from '../../src/lib/align/conflicts.js'
import { claimFeatures } from '../../src/lib/align/features.js'
import { quantityClauses } from '../../src/lib/align/occasion.js'
import { resolveOptions } from '../../src/lib/align/options.js'
import { scorePair } from '../../src/lib/align/score.js'

// A quantity's own clause says what happened to what is counted when its subject only names the
// unit ('customers'); figures dated to the day their article appeared are running counts.
const hex = (n: number) => n.toString(16).padStart(16, '0')
const options = resolveOptions({})

function count(
  i: number,
  text: string,
  value: number,
  unit: string,
  hedge: 'about' | 'more-than' | null = null,
) {
  const claim: Claim = {
    id: `${hex(i)}:quantity:0`,
    text,
    provenance: { article: hex(i), span: { start: 0, end: 5 } },
    kind: 'quantity',
    subject: `${unit}s`,
    value,
    unit,
    hedge,
  }
  return claim
}
const day = (d: string): DateRange => ({ start: d, end: d, granularity: 'day' })
const features = (
  i: number,
  c: Claim,
  clause: string,
  published = '2026-08-10',
  when: DateRange | null = null,
) =>
  claimFeatures(i, c, hex(i), published, options.lexical, when, { people: [], places: [] }, clause)

describe('quantity clauses', () => {
  it('cut the figure’s own clause out of its sentence, without names', () => {
    const raw =
      'The fire was 10 per cent contained on Monday, and about 9,000 customers in Marlow County were without power.'
    const start = raw.indexOf('about 9,000')
    const article = {
      id: hex(1),
      annotations: { sentences: [{ id: 's1', span: { start: 100, end: 100 + raw.length }, raw }] },
    } as unknown as Article
    const claim: Claim = {
      ...count(1, raw, 9000, 'customer', 'about'),
      provenance: {
        article: hex(1),
        sentence: 's1',
        span: { start: 100 + start, end: 100 + start + 'about 9,000 customers'.length },
      },
    }
    expect(quantityClauses([article])(claim)).toBe('about 9,000 customers in were without power.')
  })

  it('link different figures whose subject only names the unit when their clauses agree', () => {
    const a = count(1, 'About 9,000 customers were without power.', 9000, 'customer', 'about')
    const b = count(2, 'More than 20,000 customers had lost power.', 20000, 'customer', 'more-than')
    const fa = features(0, a, 'about 9,000 customers were without power')
    const fb = features(1, b, 'more than 20,000 customers across the region had lost power')
    const s = scorePair(fa, fb, options)
    expect(s.score).toBeGreaterThanOrEqual(options.link)
    expect(s.reasons[0]).toBe('same unit: customer')
    // Without the clause, the unit alone says nothing about what is counted.
    expect(scorePair(features(0, a, ''), features(1, b, ''), options).score).toBe(0)
  })

  it('do not link figures more than a factor of three apart on clause words alone', () => {
    const a = count(1, 'About 9,000 customers were without power.', 9000, 'customer', 'about')
    const b = count(2, '40,000 customers lost power.', 40000, 'customer')
    const fa = features(0, a, 'about 9,000 customers were without power')
    const fb = features(1, b, '40,000 customers lost power')
    expect(scorePair(fa, fb, options).score).toBe(0)
  })
})

describe('running counts', () => {
  it('a figure dated to its own article’s day and another day’s figure are no conflict', () => {
    const a = count(1, 'The fire was 10 per cent contained on Monday.', 10, 'percent')
    const b = count(2, 'Crews held it at 25 per cent contained.', 25, 'percent')
    const found = findConflicts([
      features(0, a, '', '2026-08-10', day('2026-08-10')),
      features(1, b, '', '2026-08-11'),
    ])
    expect(found.conflicts).toEqual([])
    expect(found.notes.join(' ')).toContain('change with time')
  })

  it('figures of one dated occasion still conflict across days', () => {
    const a = count(1, 'It signed him on Thursday for 42 million.', 42, 'GBP')
    const b = count(2, 'It signed him on Thursday in a 45 million deal.', 45, 'GBP')
    const found = findConflicts([
      features(0, a, '', '2026-07-09', day('2026-07-09')),
      features(1, b, '', '2026-07-10', day('2026-07-09')),
    ])
    expect(found.conflicts.map((c) => c.field)).toEqual(['value'])
  })

  it('undated figures of the same day’s articles conflict', () => {
    const a = count(1, 'About 3,500 residents were ordered out.', 3500, 'resident', 'about')
    const b = count(2, 'Some 5,300 residents were ordered out.', 5300, 'resident', 'about')
    const found = findConflicts([features(0, a, ''), features(1, b, '')])
    expect(found.conflicts.map((c) => c.field)).toEqual(['value'])
  })
})
