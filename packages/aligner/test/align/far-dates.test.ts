import type { Claim, DateRange } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { claimFeatures } from '../../src/lib/align/features.js'
import { resolveOptions } from '../../src/lib/align/options.js'
import { scorePair } from '../../src/lib/align/score.js'

const hex = (n: number) => n.toString(16).padStart(16, '0')
const options = resolveOptions(null)
const lee = { name: 'Sam Lee', key: 'person:lee' }

function event(i: number, name: string, when: DateRange) {
  const claim: Claim = {
    id: `${hex(i)}:event:0-${name.length}`,
    kind: 'event',
    text: name,
    provenance: { article: hex(i), span: { start: 0, end: name.length } },
    event: name,
    when,
    where: null,
    participants: [lee],
  }
  return claimFeatures(i, claim, hex(i), '2026-02-18', options.lexical)
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
