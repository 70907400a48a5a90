import type { DateRange } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { scorePair } from '../../src/lib/align/score.js'
import { claimsOf, pick } from '../claims/helpers.js'
import { day, eventFeatures, options } from './event-features.js'

const month = (m: string): DateRange => ({
  start: `${m}-01`,
  end: `${m}-28`,
  granularity: 'month',
})

function event(i: number, name: string, when: DateRange | null, where: string | null = null) {
  return eventFeatures(i, name, { when, where, published: '2026-08-10' })
}

describe('events on different days', () => {
  it('two different days weigh against one event as compatible dates weigh for it', () => {
    const outbreak = event(1, 'fire break at the depot', day('2026-08-08'), 'Depot')
    const sameDay = event(2, 'depot fire', day('2026-08-08'), 'Depot')
    const later = event(3, 'depot fire', day('2026-08-10'), 'Depot')
    const same = scorePair(outbreak, sameDay, options)
    const other = scorePair(outbreak, later, options)
    expect(other.reasons).toContain('dates disjoint')
    expect((same.raw ?? same.score) - (other.raw ?? other.score)).toBeCloseTo(0.3, 5)
  })

  it('a coarser date (a month) is too loose to weigh against', () => {
    const round = event(1, 'round of talks in the capital', month('2026-01'))
    const dated = event(2, 'round of talks in the capital', day('2026-02-03'))
    const s = scorePair(round, dated, options)
    expect(s.reasons).not.toContain('dates disjoint')
    expect(s.score).toBeGreaterThanOrEqual(options.link)
  })
})

describe('a timeline entry whose verb the tagger read as a plural noun', () => {
  it('is an event: its main clause, dated by the entry', async () => {
    const claims = pick(
      await claimsOf(
        'Depot fire in brief\n\nTimeline\n\nJun 2 2025 – Fire breaks out at the fuel depot.',
        'headline-verb.txt',
      ),
      'event',
    )
    expect(claims.map((c) => [c.event, c.when?.start])).toEqual([['Fire breaks', '2025-06-02']])
  })
})
