import type { Actor, QuantityClaim, QuoteClaim } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { isAttribute } from '../../src/lib/align/attribute.js'
import { findConflicts } from '../../src/lib/align/conflicts.js'
import { type ClaimFeatures, claimFeatures } from '../../src/lib/align/features.js'
import { shareOf } from '../../src/lib/align/scope.js'
import { day, hex, options } from './event-features.js'
import { type FigureFixture, figureFeatures } from './figure-features.js'

// An invented story (a dockers' strike at a grain port), far from the eval sets and the seeds.

type Figure = FigureFixture & { published: string }
const figures = (specs: readonly Figure[]) => figureFeatures(specs)

const fields = (f: readonly ClaimFeatures[]) =>
  findConflicts(f).conflicts.map(
    (d) => `${d.field}/${d.severity}: ${d.values.map((v) => v.value).join(' | ')}`,
  )

describe('a figure that names a property of its thing', () => {
  it('is read from a number joined by a hyphen to the unit before a noun', () => {
    const q = (text: string, value: number, unit: string) =>
      isAttribute({ text, value, unit } as QuantityClaim)
    expect(q('Dockers began a 36-hour strike on Monday.', 36, 'hour')).toBe(true)
    expect(q('The three-day stoppage ended.', 3, 'day')).toBe(true)
    expect(q('Dockers have been on strike for 36 hours.', 36, 'hour')).toBe(false)
    expect(q('A 36-hour strike left 40 ships waiting.', 40, 'ship')).toBe(false)
  })

  it('differs across days as a conflict, not as an update of a running count', () => {
    const f = figures([
      {
        article: 1,
        text: 'Dockers at Rimport began a 36-hour strike on Monday.',
        value: 36,
        unit: 'hour',
        published: '2026-05-04',
        when: day('2026-05-04'),
      },
      {
        article: 2,
        text: 'Loading resumed at Rimport after a 60-hour strike by dockers.',
        value: 60,
        unit: 'hour',
        published: '2026-05-06',
      },
    ])
    expect(fields(f)).toEqual(['value/hard: 36 hour | 60 hour'])
  })

  it('look-alike: a count as of its day that grows the next day stays quiet', () => {
    const f = figures([
      {
        article: 1,
        text: 'Dockers at Rimport had been on strike for 36 hours on Monday.',
        value: 36,
        unit: 'hour',
        published: '2026-05-04',
        when: day('2026-05-04'),
      },
      {
        article: 2,
        text: 'Dockers at Rimport have now been on strike for 60 hours.',
        value: 60,
        unit: 'hour',
        published: '2026-05-06',
      },
    ])
    expect(fields(f)).toEqual([])
    expect(findConflicts(f).notes.join(' ')).toMatch(/change with time/)
  })
})

describe('an estimate explains a different figure only when written before it', () => {
  const spec = (published: string): Figure[] => [
    {
      article: 1,
      text: 'The new crane is planned to last 20 years.',
      value: 20,
      unit: 'year',
      published,
      expected: true,
    },
    {
      article: 2,
      text: 'The new crane is designed to operate for 25 years.',
      value: 25,
      unit: 'year',
      published: '2026-05-04',
    },
  ]

  it('a plan and a different figure published the same day are a conflict', () => {
    expect(fields(figures(spec('2026-05-04')))).toEqual(['value/hard: 20 year | 25 year'])
  })

  it('look-alike: the estimate published a day before the figure is not a conflict', () => {
    const f = figures(spec('2026-05-03'))
    expect(fields(f)).toEqual([])
    expect(findConflicts(f).notes.join(' ')).toMatch(/an estimate/)
  })
})

describe('one share of different wholes', () => {
  const spec = (whole: string): Figure[] => [
    {
      article: 1,
      text: "The port handles 60% of Tarvia's grain exports every year.",
      value: 60,
      unit: 'percent',
      published: '2026-05-04',
    },
    {
      article: 2,
      text: `The port handles 60% of ${whole} in a normal year.`,
      value: 60,
      unit: 'percent',
      published: '2026-05-04',
    },
  ]

  it('reads what a share is of, up to the end of its noun phrase', () => {
    expect(shareOf(figures(spec("the country's trade"))[0]!.claim as QuantityClaim)).toEqual([
      'tarvia',
      'grain',
      'exports',
    ])
  })

  it('equal shares of wholes with no word in common are a soft scope conflict', () => {
    expect(fields(figures(spec("the country's trade")))).toEqual([
      'scope/soft: 60 percent of tarvia grain exports | 60 percent of country trade',
    ])
  })

  it('look-alike: the same whole worded differently stays quiet', () => {
    expect(fields(figures(spec('the grain exports')))).toEqual([])
  })
})

describe('a body and its officer saying the same words', () => {
  const quote = (article: number, text: string, speaker: Actor) => {
    const claim: QuoteClaim = {
      id: `${hex(article)}:quote:${article}`,
      kind: 'quote',
      text,
      provenance: { article: hex(article), span: { start: article, end: article + 1 } },
      speaker,
      quote: 'reckless and unfair to every farmer',
      partial: false,
    }
    return claimFeatures(article, claim, hex(article), '2026-05-04', options.lexical)
  }
  const officer = quote(
    1,
    'Tarvia Mills chief executive Dana Orr called the levy "reckless and unfair to every farmer".',
    { name: 'Dana Orr', key: 'person:orr', role: 'Tarvia Mills chief executive' },
  )

  it('are one source when the body is named as the speaker in its sentence', () => {
    const body = quote(2, 'Tarvia Mills called the levy "reckless and unfair to every farmer".', {
      name: 'Tarvia Mills',
      key: 'person:mills',
    })
    expect(fields([officer, body])).toEqual([])
  })

  it('look-alike: a body resolved from a pronoun stays another speaker', () => {
    const body = quote(2, '"Reckless and unfair to every farmer," he told reporters.', {
      name: 'Tarvia Mills',
      key: 'person:mills',
    })
    expect(fields([officer, body])).toEqual(['speaker/hard: Dana Orr | Tarvia Mills'])
  })

  it('look-alike: a person not named in the title stays another speaker', () => {
    const other = quote(
      2,
      'Farm minister Lea Brandt called the levy "reckless and unfair to every farmer".',
      {
        name: 'Lea Brandt',
        key: 'person:brandt',
        role: 'Farm minister',
      },
    )
    expect(fields([officer, other])).toEqual(['speaker/hard: Dana Orr | Lea Brandt'])
  })
})

describe('figures of one cluster that measure different things', () => {
  const spec = (verb: string): Figure[] => [
    {
      article: 1,
      text: 'At the port clinic 40 people were treated for burns.',
      value: 40,
      unit: 'person',
      subject: 'people treated',
      published: '2026-05-04',
    },
    {
      article: 2,
      text: `Seven people ${verb} in the silo blast.`,
      value: 7,
      unit: 'person',
      subject: `people ${verb}`,
      published: '2026-05-04',
    },
    {
      article: 3,
      text: 'Nine people died in the silo blast on Monday.',
      value: 9,
      unit: 'person',
      subject: 'people died',
      published: '2026-05-04',
    },
  ]

  it('are not a conflict when neither what happened nor their clauses share a word', () => {
    expect(fields(figures(spec('died').slice(0, 2)))).toEqual([])
  })

  it('look-alike: two counts of one thing still conflict beside a different measure', () => {
    expect(fields(figures(spec('died')))).toEqual(['value/hard: 7 person | 9 person'])
  })
})

describe('a quote with no speaker whose sentence names a person next to a verb of saying', () => {
  const unattributed = (text: string, named: Actor) => {
    const claim: QuoteClaim = {
      id: `${hex(2)}:quote:2`,
      kind: 'quote',
      text,
      provenance: { article: hex(2), span: { start: 2, end: 3 } },
      speaker: null,
      quote: 'the cleanest harvest we have had',
      partial: false,
    }
    return claimFeatures(
      2,
      claim,
      hex(2),
      '2026-05-04',
      options.lexical,
      null,
      undefined,
      '',
      false,
      named,
    )
  }
  const attributed = (() => {
    const claim: QuoteClaim = {
      id: `${hex(1)}:quote:1`,
      kind: 'quote',
      text: '"It was the cleanest harvest we have had," Nora Vik said.',
      provenance: { article: hex(1), span: { start: 1, end: 2 } },
      speaker: { name: 'Nora Vik', key: 'person:vik' },
      quote: 'the cleanest harvest we have had',
      partial: false,
    }
    return claimFeatures(1, claim, hex(1), '2026-05-04', options.lexical)
  })()
  const lind = { name: 'Petr Lind', key: 'person:lind' }

  it('gives the words to that person, so another speaker of them is a conflict', () => {
    const f = unattributed(
      '"It was the cleanest harvest we have had," silo manager Petr Lind said.',
      lind,
    )
    expect(fields([attributed, f])).toEqual(['speaker/hard: Nora Vik | Petr Lind'])
  })

  it('look-alike: a person the words are about is no speaker', () => {
    const f = unattributed(
      '"It was the cleanest harvest we have had," she wrote of Petr Lind\'s farm.',
      lind,
    )
    expect(fields([attributed, f])).toEqual([])
  })
})
