import type { Article, BottomLineSection, Claim, ClaimCluster, DateRange } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { composeBriefing } from '../../src/lib/compose/index.js'
import { deriveTitle, leadEvent } from '../../src/lib/compose/title.js'
import { day, inventedStory } from './invented-story.js'

const month = (start: string, end: string): DateRange => ({ start, end, granularity: 'month' })

/** An event claim of `article` (only the fields `leadEvent` reads). */
function event(id: string, article: string, when: DateRange | null): Claim {
  return {
    id,
    kind: 'event',
    when,
    where: null,
    provenance: { article, span: { start: 0, end: 1 } },
  } as unknown as Claim
}

function cluster(id: string, claims: readonly Claim[]): ClaimCluster {
  const articles = [...new Set(claims.map((c) => c.provenance.article))]
  return {
    id,
    kind: 'event',
    label: id,
    claims: claims.map((c) => c.id),
    articles,
    independent: articles.length,
  } as unknown as ClaimCluster
}

describe('the story’s own event', () => {
  it('is the cluster most articles date to the story’s days, not the one most articles touch', () => {
    // 'talks': one outlet dates it today; three others only mention talks (a quote, a digest
    // entry of months before). 'summit': three outlets date it to today.
    const today = day('2026-05-06')
    const talks = [
      event('t1', 'a1', today),
      event('t2', 'a2', null),
      event('t3', 'a3', day('2025-11-02')),
      event('t4', 'a4', null),
    ]
    const summit = [event('s1', 'a1', today), event('s2', 'a2', today), event('s3', 'a4', today)]
    const clusters = [cluster('talks', talks), cluster('summit', summit)]
    const claims = new Map([...talks, ...summit].map((c) => [c.id, c]))
    expect(leadEvent(clusters, claims, '2026-05-06')?.id).toBe('summit')
  })
})

/** An invented licence hearing: the day's ruling, an earlier month's step, a stale expectation. */
const thursday = day('2027-09-09')
const story = inventedStory(
  '2027-09-10',
  [
    {
      outlet: 'Valley Ledger',
      sentences: [
        'A tribunal in Ostrava revoked the Kestrel dam licence on Thursday.',
        'Aug 2027 – Objectors ask for the licence to be revoked in closing submissions.',
        'The operator was founded in 2009.',
      ],
      dates: [
        { find: 'Thursday', value: thursday },
        { find: 'Aug 2027', value: month('2027-08-01', '2027-08-31') },
        { find: '2009', value: { start: '2009-01-01', end: '2009-12-31', granularity: 'year' } },
      ],
    },
    {
      outlet: 'Riverside Wire',
      sentences: [
        'The Kestrel dam licence was revoked by a tribunal in Ostrava on Thursday.',
        'In August objectors asked for the licence to be revoked in closing submissions.',
        'The ruling is due to be read on Thursday, ending a hearing over the operator founded in 2009.',
      ],
      dates: [
        { find: 'on Thursday.', value: thursday },
        { find: 'In August', value: month('2027-08-01', '2027-08-31') },
        { find: 'read on Thursday', value: thursday },
      ],
    },
  ],
  [
    ...[
      [0, 'A tribunal in Ostrava revoked'],
      [1, 'The Kestrel dam licence was revoked'],
    ].map(([article, find]) => ({
      article: article as number,
      find: find as string,
      kind: 'event' as const,
      event: 'revocation',
      when: thursday,
      where: 'Ostrava',
      participants: [],
    })),
    ...[
      [0, 'Objectors ask for the licence'],
      [1, 'objectors asked for the licence'],
    ].map(([article, find]) => ({
      article: article as number,
      find: find as string,
      kind: 'event' as const,
      event: 'closing submissions',
      when: month('2027-08-01', '2027-08-31'),
      where: null,
      participants: [],
    })),
    // The operator's founding: a background year in one article, and an undated mention in a
    // sentence that tells the ruling ahead of time.
    {
      article: 0,
      find: 'The operator was founded',
      kind: 'event',
      event: 'founding',
      when: { start: '2009-01-01', end: '2009-12-31', granularity: 'year' },
      where: null,
      participants: [],
    },
    {
      article: 1,
      find: 'operator founded in 2009',
      kind: 'event',
      event: 'founding',
      when: null,
      where: null,
      participants: [],
    },
  ],
  [
    { claims: [0, 1], kind: 'event', label: 'revocation in Ostrava' },
    { claims: [2, 3], kind: 'event', label: 'closing submissions' },
    { claims: [4, 5], kind: 'event', label: 'founding' },
  ],
)

describe('the bottom line of a day after month-precise steps', () => {
  const items = (composeBriefing(story).sections[0] as BottomLineSection).items
  const texts = items.map((item) => item.text).join('\n')

  it('opens on the day’s event', () => {
    expect(items[0]?.text).toMatch(/revoked/)
  })

  it('leaves out an earlier month’s step, though its date is no single day', () => {
    expect(texts).not.toMatch(/closing submissions/)
  })

  it('leaves out a sentence that tells the day ahead of time, though its claim has no date', () => {
    expect(texts).not.toMatch(/is due to/)
  })
})

describe('a title with two sides', () => {
  /** The story's articles, each naming the two parties and the place. */
  const withParties = (articles: readonly Article[]): Article[] =>
    articles.map((article) => ({
      ...article,
      annotations: {
        ...article.annotations,
        entities: [
          { id: 'e1', key: 'party:norland', name: 'Norland', kind: 'party' },
          { id: 'e2', key: 'party:sudmark', name: 'Sudmark', kind: 'party' },
        ],
      },
    })) as unknown as Article[]

  it('names them before the event, as a headline does', () => {
    const claims = new Map(story.alignment.claims.map((c) => [c.id, c]))
    const title = deriveTitle(
      withParties(story.articles),
      story.alignment.clusters,
      claims,
      story.date,
    )
    expect(title).toBe('Norland–Sudmark revocation in Ostrava')
  })

  it('keeps a colon before names that are not both parties', () => {
    const claims = new Map(story.alignment.claims.map((c) => [c.id, c]))
    expect(deriveTitle(story.articles, story.alignment.clusters, claims, story.date)).toBe(
      'Revocation in Ostrava',
    )
  })
})

describe('a figure told after the fact', () => {
  // The aligner marks a forecast `expected`; a figure it does not mark is an outcome, though its
  // sentence has a 'will open' of another clause.
  const monday = day('2027-02-01')
  const input = inventedStory(
    '2027-02-02',
    [
      {
        outlet: 'Mill Town Echo',
        sentences: [
          'The Dunmore plant, which will open a new line in May, cut 300 jobs on Monday.',
        ],
        dates: [{ find: 'Monday', value: monday }],
      },
      {
        outlet: 'Northern Trade Wire',
        sentences: ['Dunmore cut 300 jobs at its plant on Monday.'],
        dates: [{ find: 'Monday', value: monday }],
      },
    ],
    [0, 1].map((article) => ({
      article,
      find: '300 jobs',
      kind: 'quantity' as const,
      subject: 'jobs cut at the Dunmore plant',
      value: 300,
      unit: 'job',
      hedge: null,
      expected: false,
    })),
    [{ claims: [0, 1], kind: 'quantity', label: 'jobs cut: 300 job' }],
  )

  it('keeps both accounts in the bottom line', () => {
    const items = (composeBriefing(input).sections[0] as BottomLineSection).items
    expect(items[0]?.citations).toHaveLength(2)
  })
})
