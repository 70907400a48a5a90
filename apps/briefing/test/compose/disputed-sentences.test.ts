import type { ClaimCluster, Section } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { composeBriefing } from '../../src/lib/compose/index.js'
import { day, inventedStory } from './invented-story.js'

/**
 * An invented ferry strike (no real outlet, no seed): two outlets say the strike lasted 48 hours,
 * a digest says 72 hours, in the very sentence that also says the strike ended. The end of the
 * strike is a fact all three report; the bottom line must tell it in a sentence that does not
 * state the digest's disputed length as settled, and must not cite that sentence for it.
 */
const saturday = day('2026-10-10')
const event = (article: number, find: string) => ({
  article,
  find,
  kind: 'event' as const,
  event: 'strike ended',
  when: saturday,
  where: null,
  participants: [],
})
const length = (article: number, find: string, value: number) => ({
  article,
  find,
  kind: 'quantity' as const,
  subject: 'length of the strike',
  value,
  unit: 'hour',
  hedge: null,
})

function story(tied: boolean) {
  const input = inventedStory(
    '2026-10-10',
    [
      {
        outlet: 'Harbour Wire',
        sentences: [
          'The strike by ferry crews ended at dawn on Saturday, the union said.',
          'The walkout lasted 48 hours and cancelled 118 sailings.',
        ],
        dates: [{ find: 'Saturday', value: saturday }],
      },
      {
        outlet: 'Island Tribune',
        sentences: [
          'Ferry crews ended their 48-hour strike early on Saturday, union officials said.',
          'It was the longest stoppage in a decade.',
        ],
        dates: [{ find: 'Saturday', value: saturday }],
      },
      {
        outlet: 'News Digest',
        sentences: [
          'A 72-hour strike by ferry crews ended at dawn on Saturday, leaving islanders stranded.',
        ],
        dates: [{ find: 'Saturday', value: saturday }],
      },
    ],
    [
      event(2, 'A 72-hour strike by ferry crews ended'),
      event(0, 'The strike by ferry crews ended'),
      event(1, 'Ferry crews ended their 48-hour strike'),
      length(0, '48 hours', 48),
      length(1, '48-hour', 48),
      length(2, '72-hour', 72),
    ],
    [
      { claims: [0, 1, 2], kind: 'event' },
      { claims: [3, 4, 5], kind: 'quantity', relation: 'conflict' },
    ],
  )
  const claims = input.alignment.claims
  const id = (i: number) => claims[i]!.id
  const conflict = input.alignment.clusters[1] as ClaimCluster
  const sides = tied
    ? [
        { value: '48 hours', claims: [id(4)] },
        { value: '72 hours', claims: [id(5)] },
      ]
    : [
        { value: '48 hours', claims: [id(3), id(4)] },
        { value: '72 hours', claims: [id(5)] },
      ]
  const clusters = [
    input.alignment.clusters[0] as ClaimCluster,
    { ...conflict, conflicts: [{ field: 'value', severity: 'hard' as const, values: sides }] },
  ]
  return composeBriefing({ ...input, alignment: { ...input.alignment, clusters } })
}

const bottomLine = (tied: boolean) => {
  const section = story(tied).sections.find((s) => s.kind === 'bottom-line')
  return section as Extract<Section, { kind: 'bottom-line' }> | undefined
}

describe('bottom line: no weaker side of a hard conflict stated as settled', () => {
  it('tells the fact in a sentence of the better-supported side, not the digest’s', () => {
    const items = bottomLine(false)?.items ?? []
    const ended = items.find((item) => /ended/.test(item.text))
    expect(ended).toBeDefined()
    expect(ended?.text).not.toMatch(/72/)
    const briefing = story(false)
    const cited = (ended?.citations ?? []).map(
      (c) => briefing.citations.find((citation) => citation.id === c)?.excerpt ?? '',
    )
    expect(cited.length).toBeGreaterThan(0)
    expect(cited.some((excerpt) => /72-hour/.test(excerpt))).toBe(false)
  })

  it('keeps a sentence of either side out when no side is better supported', () => {
    // Tied: the Tribune's 48-hour sentence is as disputed as the digest's 72-hour one.
    const items = bottomLine(true)?.items ?? []
    const ended = items.find((item) => /ended/.test(item.text))
    expect(ended?.text).toBe('The strike by ferry crews ended at dawn on Saturday, the union said.')
    expect(ended?.citations).toHaveLength(1)
  })

  it('lets the better-supported side’s sentence tell the fact', () => {
    const briefing = story(false)
    const items = bottomLine(false)?.items ?? []
    const ended = items.find((item) => /ended/.test(item.text))
    const cited = (ended?.citations ?? []).map(
      (c) => briefing.citations.find((citation) => citation.id === c)?.excerpt ?? '',
    )
    expect(cited.some((excerpt) => /48-hour/.test(excerpt))).toBe(true)
  })
})
