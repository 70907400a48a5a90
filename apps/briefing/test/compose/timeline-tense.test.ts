import type { Briefing, TimelineSection } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { composeBriefing } from '../../src/lib/compose/index.js'
import { day, inventedStory } from './invented-story.js'

/**
 * An invented council vote (no real outlet, no seed). One outlet wrote ahead of the vote that it
 * "is due to" take place on Monday; two wrote after it. By the briefing's day the vote has
 * happened: the timeline tells it after the fact. A public meeting on Tuesday is told only ahead
 * of time: the timeline says whose account that is.
 */
const monday = day('2026-11-02')
const tuesday = day('2026-11-03')
const build = (clusters: Parameters<typeof inventedStory>[3]): Briefing =>
  composeBriefing(
    inventedStory(
      '2026-11-04',
      [
        {
          outlet: 'Glen Herald',
          sentences: [
            'The council is due to vote on the new bypass on Monday.',
            'A public meeting on the route will be held on Tuesday evening.',
          ],
          dates: [
            { find: 'Monday', value: monday },
            { find: 'Tuesday', value: tuesday },
          ],
        },
        {
          outlet: 'Valley Times',
          sentences: ['The council approved the new bypass on Monday by nine votes to four.'],
          dates: [{ find: 'Monday', value: monday }],
        },
        {
          outlet: 'Ridge Radio',
          sentences: ['Councillors voted for the bypass on Monday.'],
          dates: [{ find: 'Monday', value: monday }],
        },
      ],
      [
        {
          article: 0,
          find: 'The council is due to vote',
          kind: 'event',
          event: 'vote',
          when: monday,
          where: null,
          participants: [],
        },
        {
          article: 1,
          find: 'The council approved the new bypass',
          kind: 'event',
          event: 'vote',
          when: monday,
          where: null,
          participants: [],
        },
        {
          article: 2,
          find: 'Councillors voted for the bypass',
          kind: 'event',
          event: 'vote',
          when: monday,
          where: null,
          participants: [],
        },
        {
          article: 0,
          find: 'A public meeting on the route',
          kind: 'event',
          event: 'public meeting',
          when: tuesday,
          where: null,
          participants: [],
        },
      ],
      clusters,
    ),
  )
const entries = (briefing: Briefing) =>
  (briefing.sections.find((s) => s.kind === 'timeline') as TimelineSection).entries.map((e) => [
    e.label,
    e.statement.text,
  ])

describe('a timeline on the day after', () => {
  it('tells an event that has happened after the fact, not as it was expected', () => {
    const rows = entries(
      build([
        { claims: [0, 1, 2], kind: 'event' },
        { claims: [3], kind: 'event' },
      ]),
    )
    expect(rows[0]?.[1]).not.toMatch(/is due to/)
    expect(rows[0]?.[0]).toBe('2 November 2026')
  })

  it('drops an entry told only ahead of time when another entry tells that day after the fact', () => {
    const rows = entries(
      build([
        { claims: [1, 2], kind: 'event' },
        { claims: [0], kind: 'event' },
        { claims: [3], kind: 'event' },
      ]),
    )
    expect(rows.filter(([label]) => label === '2 November 2026')).toHaveLength(1)
    expect(JSON.stringify(rows)).not.toMatch(/is due to/)
  })

  it('says whose account and from when an event told only ahead of time is', () => {
    const rows = entries(
      build([
        { claims: [1, 2], kind: 'event' },
        { claims: [3], kind: 'event' },
      ]),
    )
    expect(rows.at(-1)).toEqual([
      '3 November 2026',
      'Expected, as Glen Herald reported on 4 November 2026: A public meeting on the route will be held on Tuesday evening.',
    ])
  })

  it('writes a disputed date and its note as a reader does, not as the aligner records them', () => {
    const briefing = build([
      {
        claims: [1, 2],
        kind: 'event',
        relation: 'conflict',
        conflicts: [
          {
            field: 'when',
            severity: 'hard',
            values: [
              { value: '2026-11-02', claims: ['0000000000000002:event:0'] },
              { value: '2026-11 (month)', claims: ['0000000000000003:event:0'] },
            ],
            explanation: 'the articles were published on different days (2026-11-02, 2026-11-03)',
          },
        ],
      },
    ])
    const timeline = briefing.sections.find((s) => s.kind === 'timeline') as TimelineSection
    expect(timeline.entries[0]?.disputed).toBe(
      '2 November 2026 / November 2026. The articles were published on different days (2 November 2026, 3 November 2026).',
    )
  })
})
