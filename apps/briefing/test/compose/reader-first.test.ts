import type { Briefing, Section } from '@parallax/schema'
import { beforeAll, describe, expect, it } from 'vitest'
import { composeBriefing } from '../../src/lib/compose/index.js'
import { conflictNote } from '../../src/lib/compose/sections/conflicts.js'
import { named } from '../../src/lib/compose/sections/positions.js'
import { day, inventedStory } from './invented-story.js'

/**
 * An invented mill fire (no real outlet, no seed): two named outlets and one article that names
 * no outlet and no byline, only its title. A quote three reports share competes with the fire
 * itself for the bottom line's lead; the plant's earlier fire (1998, 12 killed) is background
 * that more reports give than today's count of workers.
 */
const sunday = day('2026-05-17')
const y1998 = { start: '1998-01-01', end: '1998-12-31', granularity: 'year' } as const
const base = inventedStory(
  '2026-05-18',
  [
    {
      outlet: 'Ridge Courier',
      sentences: [
        '“We lost everything in one night,” the owner, Lena Ortiz, said on Monday.',
        'Fire destroyed the old textile mill on Sunday night, the fire service said.',
        'The blaze put 40 workers out of a job.',
        'In 1998 a fire at the same mill killed 12 people.',
        'The union demanded an independent inquiry into the fire.',
      ],
      dates: [
        { find: 'Sunday', value: sunday },
        { find: '1998', value: y1998 },
      ],
    },
    {
      outlet: 'Valley Gazette',
      sentences: [
        '“We lost everything in one night,” Lena Ortiz told reporters.',
        'The textile mill burned down on Sunday night.',
        'Some 40 workers lost their jobs in the blaze.',
        'A 1998 fire at the mill killed 12 people.',
        'An independent inquiry into the fire is what the union wants, its leader said.',
      ],
      dates: [
        { find: 'Sunday', value: sunday },
        { find: '1998', value: y1998 },
      ],
    },
    {
      outlet: 'placeholder',
      sentences: [
        'Owner Lena Ortiz said: “We lost everything in one night.”',
        'The old textile mill was destroyed by fire on Sunday night.',
        'The mill had burned before: a fire in 1998 killed 12 people there.',
        'Nearly 40 workers are now without a job.',
        'The union called for an independent inquiry.',
      ],
      dates: [
        { find: 'Sunday', value: sunday },
        { find: '1998', value: y1998 },
      ],
    },
  ],
  [
    ...[0, 1, 2].map((article) => ({
      article,
      find: 'We lost everything in one night',
      kind: 'quote' as const,
      speaker: { key: 'person:lena-ortiz', name: 'Lena Ortiz', role: 'owner' },
      quote: 'We lost everything in one night',
      partial: false,
    })),
    ...[
      [0, 'Fire destroyed the old textile mill'],
      [1, 'The textile mill burned down'],
      [2, 'The old textile mill was destroyed by fire'],
    ].map(([article, find]) => ({
      article: article as number,
      find: find as string,
      kind: 'event' as const,
      event: 'mill fire',
      when: sunday,
      where: null,
      participants: [],
    })),
    ...[0, 1].map((article) => ({
      article,
      find: '40 workers',
      kind: 'quantity' as const,
      subject: 'workers out of a job',
      value: 40,
      unit: 'worker',
      hedge: null,
    })),
    ...[0, 1, 2].map((article) => ({
      article,
      find: '12 people',
      kind: 'quantity' as const,
      subject: 'people killed',
      value: 12,
      unit: 'person',
      hedge: null,
    })),
    {
      article: 2,
      find: '40 workers',
      kind: 'quantity' as const,
      subject: 'workers out of a job',
      value: 40,
      unit: 'worker',
      hedge: 'nearly',
    },
    ...[0, 1].map((article) => ({
      article,
      find: 'independent inquiry into the fire',
      kind: 'position' as const,
      party: { key: 'org:union', name: 'Union' },
      stance: 'demand',
      object: 'an independent inquiry into the fire',
    })),
    {
      article: 2,
      find: 'called for an independent inquiry',
      kind: 'position' as const,
      party: { key: 'org:union', name: 'Union' },
      stance: 'demand',
      object: 'an independent inquiry into the fire',
    },
  ],
  [
    // The quote is k1: on reports and articles alone it would rank first.
    { claims: [0, 1, 2], kind: 'quote' },
    { claims: [3, 4, 5], kind: 'event' },
    { claims: [6, 7, 11], kind: 'quantity' },
    { claims: [8, 9, 10], kind: 'quantity' },
    { claims: [12, 13, 14], kind: 'position' },
  ],
)
// The third article names no outlet and no byline: only its title.
const input = {
  ...base,
  articles: base.articles.map((article, index) =>
    index === 2
      ? { ...article, outlet: null, title: 'Fire Guts Textile Mill on Edge of Town' }
      : article,
  ),
}

let briefing: Briefing
const section = <K extends Section['kind']>(kind: K) =>
  briefing.sections.find((s) => s.kind === kind) as Extract<Section, { kind: K }>
beforeAll(() => {
  briefing = composeBriefing(input)
})

describe('a briefing that reads first what happened', () => {
  it('opens the bottom line on the fire, not on the quote as many reports share', () => {
    const texts = section('bottom-line').items.map((item) => item.text)
    expect(texts[0]).toMatch(/textile mill/)
    expect(texts.findIndex((t) => /lost everything/.test(t))).not.toBe(0)
  })

  it('lists today’s figures before the earlier fire’s, though more reports give that', () => {
    const labels = section('figures').rows.map((row) => row.value)
    expect(labels).toEqual(['40 workers', '12 people'])
  })

  it('names the untitled outlet by its title everywhere, never as "source n"', () => {
    const source = briefing.sources.find((s) => s.outlet === null)
    expect(source?.label).toBe('“Fire Guts Textile Mill…”')
    const all = JSON.stringify(briefing.sections)
    expect(all).toContain('“Fire Guts Textile Mill…”: “called for an independent inquiry”')
    expect(all).not.toMatch(/\bsource \d/i)
  })

  it('summarises a position in a clause that says who holds it', () => {
    const union = section('positions').parties.find((p) => p.party === 'Union')
    expect(union?.positions[0]?.summary).toBe(
      'The union demanded an independent inquiry into the fire',
    )
    expect(named('We want the mill rebuilt')).toBe(false)
    expect(named('make a deal')).toBe(false)
  })
})

describe('conflictNote', () => {
  it('says once that the accounts appeared on different days', () => {
    const published =
      'The accounts were published on different days: Valley Gazette (“40”) on 17 May 2026 and Ridge Courier (“38”) on 18 May 2026.'
    expect(
      conflictNote(
        [
          'the articles were published on different days (2026-05-17, 2026-05-18)',
          'One counts staff only',
        ],
        published,
      ),
    ).toBe(`One counts staff only. ${published}`)
    expect(
      conflictNote(
        ['the articles were published on different days (2026-05-17, 2026-05-18)'],
        null,
      ),
    ).toBe('The articles were published on different days (17 May 2026, 18 May 2026).')
  })
})

describe('a conflict between days', () => {
  it('names each account’s value in its note as the row shows it, and the days once', () => {
    const claims = input.alignment.claims
    const id = (index: number) => claims[index]?.id as string
    const earlier = { status: 'known', date: '2026-05-17', datetime: null, origin: 'manifest' }
    const story = {
      ...input,
      articles: input.articles.map((article, index) =>
        index < 2 ? { ...article, published: earlier as typeof article.published } : article,
      ),
      alignment: {
        ...input.alignment,
        clusters: input.alignment.clusters.map((cluster, index) =>
          index === 2
            ? {
                ...cluster,
                relation: 'conflict' as const,
                conflicts: [
                  {
                    field: 'value',
                    severity: 'hard' as const,
                    values: [
                      { value: 'more-than 40 worker', claims: [id(6), id(7)] },
                      { value: 'nearly 40 worker', claims: [id(11)] },
                    ],
                    explanation:
                      'the articles were published on different days (2026-05-17, 2026-05-18)',
                  },
                ],
              }
            : cluster,
        ),
      },
    }
    const conflicts = composeBriefing(story).sections.find((s) => s.kind === 'conflicts')
    const row = conflicts && 'rows' in conflicts ? conflicts.rows[0] : undefined
    expect(row?.accounts.map((a) => a.value)).toEqual(['more than 40 workers', 'nearly 40 workers'])
    expect(row?.note).toBe(
      'The accounts were published on different days: Ridge Courier and Valley Gazette (“more than 40 workers”) on 17 May 2026 and “Fire Guts Textile Mill…” (“nearly 40 workers”) on 18 May 2026.',
    )
  })
})
