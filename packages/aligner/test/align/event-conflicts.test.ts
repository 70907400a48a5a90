import type { DateRange } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { eventDateFindings } from '../../src/lib/align/event-conflicts.js'
import type { ClaimFeatures } from '../../src/lib/align/features.js'

const range = (start: string, end = start, granularity: DateRange['granularity'] = 'day') => ({
  start,
  end,
  granularity,
})

const member = (id: string, text: string, when: DateRange, published: string) =>
  ({ claim: { id, kind: 'event', text }, when, published }) as unknown as ClaimFeatures

describe('dates of one event', () => {
  it('a current date and one decades before it are two events; two past dates years apart conflict', () => {
    const joined = eventDateFindings([
      member('a', 'The deal was signed.', range('2026-01-22'), '2026-02-18'),
      member(
        'b',
        'The deal echoed the 1938 agreement.',
        range('1938-01-01', '1938-12-31', 'year'),
        '2026-02-18',
      ),
    ])
    expect(joined.conflict).toBeNull()
    expect(joined.notes.join(' ')).toMatch(/different events/)
    const past = eventDateFindings([
      member(
        'a',
        'The town was last hit by a quake in 1986.',
        range('1986-01-01', '1986-12-31', 'year'),
        '2026-10-12',
      ),
      member('b', 'An earthquake struck near the town.', range('1981-09-13'), '2026-10-13'),
    ])
    expect(past.conflict?.map(([, id]) => id)).toEqual(['a', 'b'])
  })

  it('each article dating an ongoing event to its own day is no conflict; another day is', () => {
    const ongoing = eventDateFindings([
      member(
        'a',
        'The fire was 10 per cent contained on Monday.',
        range('2026-08-10'),
        '2026-08-10',
      ),
      member(
        'b',
        'The fire was 25 per cent contained by Tuesday.',
        range('2026-08-11'),
        '2026-08-11',
      ),
    ])
    expect(ongoing.conflict).toBeNull()
    expect(ongoing.notes.join(' ')).toMatch(/day by day/)
    const other = eventDateFindings([
      member('a', 'The quake struck on Monday.', range('2026-08-10'), '2026-08-10'),
      member('b', 'The quake struck on Sunday.', range('2026-08-09'), '2026-08-11'),
    ])
    expect(other.conflict).not.toBeNull()
  })
})
