import type { BottomLineSection } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { composeBriefing } from '../../src/lib/compose/index.js'
import { day, inventedStory } from './invented-story.js'

/**
 * An invented river flood (no real outlet, no seed). Besides the flood two reports share, one
 * report gives a warning from three weeks before (not background yet, but not the day's news),
 * one an inquiry "due to open" on a day now past, and one the roads reopening today. The bottom
 * line tells the day: the flood and the roads, not the old warning nor the stale expectation.
 */
const friday = day('2026-06-19')
const input = inventedStory(
  '2026-06-20',
  [
    {
      outlet: 'Weir Gazette',
      sentences: [
        'The river Alder burst its banks in Colby on Friday, flooding 200 homes.',
        'Engineers warned of the risk to the embankment on 1 June.',
      ],
      dates: [
        { find: 'Friday', value: friday },
        { find: '1 June', value: day('2026-06-01') },
      ],
    },
    {
      outlet: 'Alder Radio',
      sentences: [
        'Floodwater from the Alder swept through Colby on Friday.',
        'An inquiry into the embankment is due to open on Friday.',
        'Most roads in Colby reopened on Saturday morning.',
      ],
      dates: [
        { find: 'on Friday.', value: friday },
        { find: 'open on Friday', value: friday },
        { find: 'Saturday', value: day('2026-06-20') },
      ],
    },
  ],
  [
    {
      article: 0,
      find: 'The river Alder burst its banks',
      kind: 'event',
      event: 'flood',
      when: friday,
      where: 'Colby',
      participants: [],
    },
    {
      article: 1,
      find: 'Floodwater from the Alder swept',
      kind: 'event',
      event: 'flood',
      when: friday,
      where: 'Colby',
      participants: [],
    },
    {
      article: 0,
      find: 'Engineers warned of the risk',
      kind: 'event',
      event: 'warning',
      when: day('2026-06-01'),
      where: null,
      participants: [],
    },
    {
      article: 1,
      find: 'An inquiry into the embankment',
      kind: 'event',
      event: 'inquiry',
      when: friday,
      where: null,
      participants: [],
    },
    {
      article: 1,
      find: 'Most roads in Colby reopened',
      kind: 'event',
      event: 'reopening',
      when: day('2026-06-20'),
      where: 'Colby',
      participants: [],
    },
  ],
  [
    { claims: [0, 1], kind: 'event' },
    { claims: [2], kind: 'event' },
    { claims: [3], kind: 'event' },
    { claims: [4], kind: 'event' },
  ],
)

describe('the bottom line of the day', () => {
  it('leaves out an earlier day’s step and an expectation whose day has passed', () => {
    const briefing = composeBriefing(input)
    const items = (briefing.sections.find((s) => s.kind === 'bottom-line') as BottomLineSection)
      .items
    const texts = items.map((item) => item.text).join('\n')
    expect(texts).toMatch(/Alder/)
    expect(texts).not.toMatch(/warned|is due to/)
  })
})
