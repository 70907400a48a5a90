import type { Claim, ClaimCluster } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { placeOf } from '../../src/lib/compose/title.js'

/** An event claim of `article` at `where` (only the fields `placeOf` reads). */
function event(id: string, article: string, where: string | null): Claim {
  return {
    id,
    kind: 'event',
    where,
    provenance: { article, span: { start: 0, end: 1 } },
  } as unknown as Claim
}

function cluster(claims: readonly Claim[]): [ClaimCluster, Map<string, Claim>] {
  return [
    {
      id: 'c1',
      kind: 'event',
      label: 'talks',
      claims: claims.map((c) => c.id),
    } as unknown as ClaimCluster,
    new Map(claims.map((c) => [c.id, c])),
  ]
}

describe('the place a title names', () => {
  it('is one that claims of two articles agree on', () => {
    const [c, claims] = cluster([
      event('e1', 'a1', 'Lisbon'),
      event('e2', 'a2', 'Lisbon'),
      event('e3', 'a3', null),
    ])
    expect(placeOf(c, claims)).toBe('Lisbon')
  })

  it('is never one claim’s place, such as a background entry clustered with the day’s event', () => {
    const [c, claims] = cluster([
      event('e1', 'a1', null),
      event('e2', 'a2', null),
      event('e3', 'a3', 'Porto'),
    ])
    expect(placeOf(c, claims)).toBeNull()
  })

  it('is not a place two articles give when more claims place the event elsewhere', () => {
    const [c, claims] = cluster([
      event('e1', 'a1', 'Porto'),
      event('e2', 'a2', 'Porto'),
      event('e3', 'a3', 'Lisbon'),
      event('e4', 'a4', 'Lisbon'),
    ])
    expect(placeOf(c, claims)).toBeNull()
  })
})
