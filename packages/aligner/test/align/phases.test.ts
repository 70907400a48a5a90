import type { DateRange } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { aspectOnly, phaseOfSameDay } from '../../src/lib/align/aspect.js'
import { scorePair } from '../../src/lib/align/score.js'
import { claimsOf, pick } from '../claims/helpers.js'
import { day, eventFeatures, options } from './event-features.js'

function event(i: number, name: string, when: DateRange | null, where: string | null = null) {
  return eventFeatures(i, name, { when, where, published: '2026-08-10' })
}

describe('an event named only by its phase', () => {
  it('is the start or end of the event of its day', () => {
    const start = event(1, 'start', day('2026-08-08'))
    const fire = event(2, 'wildfire near the creek', day('2026-08-08'))
    const later = event(3, 'wildfire near the creek', day('2026-08-09'))
    expect(aspectOnly(start)).toBe(true)
    expect(aspectOnly(fire)).toBe(false)
    expect(phaseOfSameDay(start, fire)).toBe(true)
    expect(scorePair(start, fire, options).score).toBeGreaterThanOrEqual(options.link)
    expect(scorePair(start, later, options).score).toBeLessThan(options.link)
  })

  it('two events that name more than a phase are not one for their day alone', () => {
    const verdict = event(1, 'verdict', day('2026-03-12'))
    const trial = event(2, 'trial', day('2026-03-12'))
    expect(phaseOfSameDay(verdict, trial)).toBe(false)
    expect(scorePair(verdict, trial, options).score).toBeLessThan(options.link)
  })

  it('in a timeline entry, a verb whose object is an event noun leaves the event to that noun', async () => {
    const claims = pick(
      await claimsOf(
        'Talks in brief\n\nTimeline\n\nMar 11 2026 – Rate-setting committee begins two-day meeting.\n\nMar 12 2026 – The two clubs conclude negotiations.',
        'phases.txt',
      ),
      'event',
    )
    const names = claims.map((c) => c.event)
    expect(names.some((n) => /meeting/.test(n))).toBe(true)
    expect(names.some((n) => /negotiation/.test(n))).toBe(true)
    expect(names).not.toContain('start')
    expect(names).not.toContain('conclusion')
  })
})
