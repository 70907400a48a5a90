import type { Briefing, Section } from '@parallax/schema'
import { beforeAll, describe, expect, it } from 'vitest'
import { composeBriefing } from '../../src/lib/compose/index.js'
import { day, inventedStory } from './invented-story.js'

/**
 * An invented gas blast (no real outlet, no seed): two reports say 12 people died, a third says
 * 15, in a sentence that also gives the injured. That sentence is one side of the conflict on the
 * dead, shown under "where accounts differ": it is not the third report's own finding. Its other
 * sentence (a street closed) is.
 */
const friday = day('2026-09-04')
const input = inventedStory(
  '2026-09-05',
  [
    {
      outlet: 'North Wire',
      sentences: ['A gas blast destroyed a block of flats in Lorne on Friday, killing 12 people.'],
      dates: [{ find: 'Friday', value: friday }],
    },
    {
      outlet: 'City Echo',
      sentences: ['Twelve people were killed when a gas blast hit flats in Lorne on Friday.'],
      dates: [{ find: 'Friday', value: friday }],
    },
    {
      outlet: 'Lorne Radio',
      sentences: [
        'Fifteen people died and 30 were hurt in the blast, the council said.',
        'Mill Street will stay closed for a week while engineers check the nearby houses.',
      ],
    },
  ],
  [
    {
      article: 0,
      find: 'killing 12 people',
      kind: 'quantity',
      subject: 'people killed',
      value: 12,
      unit: 'person',
      hedge: null,
    },
    {
      article: 1,
      find: 'Twelve people were killed',
      kind: 'quantity',
      subject: 'people killed',
      value: 12,
      unit: 'person',
      hedge: null,
    },
    {
      article: 2,
      find: 'Fifteen people died',
      kind: 'quantity',
      subject: 'people killed',
      value: 15,
      unit: 'person',
      hedge: null,
    },
    {
      article: 2,
      find: '30 were hurt',
      kind: 'quantity',
      subject: 'people hurt',
      value: 30,
      unit: 'person',
      hedge: null,
    },
    {
      article: 2,
      find: 'Mill Street will stay closed',
      kind: 'event',
      event: 'street closure',
      when: null,
      where: 'Mill Street',
      participants: [],
    },
  ],
  [],
)
const [a, b, c, d, e] = input.alignment.claims.map((claim) => claim.id)
const story = {
  ...input,
  alignment: {
    ...input.alignment,
    clusters: [
      {
        id: 'k1',
        kind: 'quantity' as const,
        label: 'people killed',
        relation: 'conflict' as const,
        articles: input.articles.map((article) => article.id),
        independent: 3,
        reasons: ['invented'],
        claims: [a, b, c] as string[],
        conflicts: [
          {
            field: 'value',
            severity: 'hard' as const,
            values: [
              { value: '12 person', claims: [a, b] as string[] },
              { value: '15 person', claims: [c] as string[] },
            ],
          },
        ],
      },
      ...[d, e].map((id, index) => ({
        id: `k${index + 2}`,
        kind: index === 0 ? ('quantity' as const) : ('event' as const),
        label: index === 0 ? 'people hurt' : 'street closure',
        relation: 'unique' as const,
        articles: [input.articles[2]?.id as string],
        independent: 1,
        reasons: ['invented'],
        claims: [id as string],
      })),
    ],
  },
}

let briefing: Briefing
const section = <K extends Section['kind']>(kind: K) =>
  briefing.sections.find((s) => s.kind === kind) as Extract<Section, { kind: K }> | undefined
beforeAll(() => {
  briefing = composeBriefing(story)
})

describe('exclusives', () => {
  it('leave out a sentence that gives one side of a conflict, shown where accounts differ', () => {
    const conflicts = JSON.stringify(section('conflicts'))
    expect(conflicts).toContain('Fifteen people died and 30 were hurt')
    const exclusives = section('exclusives')?.outlets.flatMap((o) => o.items.map((i) => i.text))
    expect(exclusives).toEqual([
      'Mill Street will stay closed for a week while engineers check the nearby houses.',
    ])
  })
})
