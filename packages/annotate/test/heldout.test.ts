import { describe, expect, it } from 'vitest'
import { annotate } from '../src/index.js'
import { heldoutCases, paragraphInput } from './support/cases.js'
import { type Floors, itMeetsFloors } from './support/floors.js'
import { scoreHeldout } from './support/score.js'

/**
 * The held-out evaluation (fixtures/heldout-*, expected lists written by hand before looking at
 * the output) must stay at or above these floors. Details: `pnpm exec tsx
 * test/heldout-report.ts --failures` in packages/annotate.
 */
const floors = {
  recall: 1,
  speaker: 0.95,
  details: 0.95,
  entities: 0.95,
  quantities: 0.9,
  dates: 0.9,
} as const satisfies Floors

describe('annotate: held-out articles from other regions and domains', () => {
  const scores = scoreHeldout()

  it('covers at least eight articles with quotes, entities, quantities and dates', () => {
    expect(scores.length).toBeGreaterThanOrEqual(8)
    for (const s of scores) expect(s.recall.expected, s.name).toBeGreaterThan(0)
  })

  itMeetsFloors(scores, floors)

  it('every annotation span slices the source to its raw text', () => {
    for (const c of heldoutCases()) {
      const a = annotate(paragraphInput(c.text, c.expected.published ?? null))
      for (const x of [...a.mentions, ...a.quotations, ...a.quantities, ...a.dates])
        expect(c.text.slice(x.span.start, x.span.end), `${c.name} ${x.id}`).toBe(x.raw)
    }
  })

  it('finds no quotation the hand-written lists do not name', () => {
    expect(scores.filter((s) => s.spurious > 0).map((s) => s.name)).toEqual([])
  })
})
