import type { Claim, QuoteClaim } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { align } from '../../src/index.js'
import { candidatePairs } from '../../src/lib/align/candidates.js'
import { claimFeatures } from '../../src/lib/align/features.js'
import { resolveOptions } from '../../src/lib/align/options.js'
import { toArticle } from './helpers.js'

const hex = (n: number) => n.toString(16).padStart(16, '0')

function quote(article: string, quote: string, speaker = 'person:lee'): QuoteClaim {
  return {
    id: `${article}:quote:0-${quote.length}`,
    kind: 'quote',
    text: quote,
    provenance: { article, span: { start: 0, end: quote.length } },
    speaker: { name: 'Sam Lee', key: speaker },
    quote,
    partial: false,
  }
}

function story(quotes: string[]) {
  const articles = quotes.map((q, i) =>
    toArticle({
      id: hex(i + 1),
      outlet: `Outlet ${i}`,
      published: { status: 'known', date: '2026-04-01', datetime: null, origin: 'text' },
      text: q,
    }),
  )
  const claims = new Map<string, Claim[]>(
    quotes.map((q, i) => [hex(i + 1), [quote(hex(i + 1), q)]]),
  )
  return { articles, claims }
}

describe('clusters', () => {
  it('do not chain unrelated claims through an intermediate one', () => {
    const { articles, claims } = story([
      'harbour cranes stopped working overnight',
      'cranes stopped working and ferries were cancelled',
      'ferries were cancelled and schools closed early',
    ])
    const result = align(articles, { claims })
    const first = result.clusters.find((c) => c.claims.some((id) => id.startsWith(hex(1))))!
    expect(first.claims.some((id) => id.startsWith(hex(3)))).toBe(false)
  })

  it('every claim sits in exactly one cluster', () => {
    const { articles, claims } = story(['a b c', 'port strike ends', 'port strike ends today'])
    const result = align(articles, { claims })
    const ids = result.clusters.flatMap((c) => c.claims)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.sort()).toEqual(result.claims.map((c) => c.id).sort())
  })

  it('candidate pairs grow linearly, not with all pairs, for a crowded block', () => {
    const options = resolveOptions(null)
    const count = (n: number) => {
      const features = Array.from({ length: n }, (_, i) =>
        claimFeatures(
          i,
          quote(hex(i + 1), `talks resumed in round ${i} with delegation ${i * 7}`),
          'r1',
          null,
          [],
        ),
      )
      return candidatePairs(features, options).length
    }
    const small = count(200)
    const large = count(2000)
    expect(large).toBeLessThan(small * 12)
    expect(large).toBeLessThan((2000 * 1999) / 2 / 10)
  })
})
