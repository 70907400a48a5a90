import type { Claim } from '@parallax/schema'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { align } from '../../src/index.js'
import { loadFixture } from './helpers.js'

describe('order independence and determinism', () => {
  for (const name of ['earthquake', 'court', 'transfer']) {
    const { articles, claims } = loadFixture(name)
    const reference = JSON.stringify(align(articles, { claims }))

    it(`${name}: the same bytes for shuffled articles and claims (fast-check)`, () => {
      fc.assert(
        fc.property(
          fc.shuffledSubarray(articles, { minLength: articles.length }),
          fc.integer({ min: 0, max: 1000 }),
          (shuffled, seed) => {
            const given = new Map<string, Claim[]>()
            for (const [id, list] of claims) {
              const copy = [...list]
              // rotate each article's claims by a seed-dependent amount
              const k = list.length ? seed % list.length : 0
              given.set(id, [...copy.slice(k), ...copy.slice(0, k)])
            }
            expect(JSON.stringify(align(shuffled, { claims: given }))).toBe(reference)
          },
        ),
        { numRuns: 25 },
      )
    })

    it(`${name}: two runs give the same bytes`, () => {
      expect(JSON.stringify(align(articles, { claims }))).toBe(reference)
    })
  }
})
