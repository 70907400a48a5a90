import type { DateRange } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { scorePair } from '../../src/lib/align/score.js'
import { eventFeatures, options } from './event-features.js'

const lee = { name: 'Sam Lee', key: 'person:lee' }

function event(i: number, name: string, when: DateRange) {
  return eventFeatures(i, name, { when, participants: [lee], published: '2026-02-18' })
}

describe('events of one person at dates far apart', () => {
  it('are not one event, whatever the granularity of their dates', () => {
    const deal = event(1, 'deal', { start: '2026-01-22', end: '2026-01-22', granularity: 'day' })
    const old = event(2, 'pact', { start: '1938-01-01', end: '1938-12-31', granularity: 'year' })
    expect(scorePair(deal, old, options).score).toBe(0)
  })

  it('weeks apart they may be one event whose date the outlets dispute', () => {
    const talks = event(1, 'round of talks', {
      start: '2026-01-01',
      end: '2026-01-31',
      granularity: 'month',
    })
    const other = event(2, 'meeting', {
      start: '2026-02-04',
      end: '2026-02-04',
      granularity: 'day',
    })
    expect(scorePair(talks, other, options).score).toBeGreaterThan(0)
  })
})
