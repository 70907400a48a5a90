import { describe, expect, it } from 'vitest'
import { type Floors, itMeetsFloors } from '../../../annotate/test/support/floors.js'
import { parse } from '../../src/index.js'
import { freshCases } from './helpers.js'
import { scoreFresh } from './score-fresh.js'

/**
 * An evaluation set parsed from bytes with `parse()` and no manifest: its scores must reach the
 * floors, it finds no quotation the hand-written lists do not name, and every annotation span
 * slices the source to its raw text.
 */
function describeParsedSet(title: string, prefix: 'fresh-' | 'blind-', floors: Floors): void {
  describe(title, async () => {
    const scores = await scoreFresh(prefix)

    it('covers six articles, each with quotes and metadata', () => {
      expect(scores.length).toBeGreaterThanOrEqual(6)
      for (const s of scores) {
        expect(s.recall.expected, s.name).toBeGreaterThan(0)
        expect(s.metadata.expected, s.name).toBe(4)
      }
    })

    itMeetsFloors(scores, floors)

    it('finds no quotation the hand-written lists do not name', () => {
      expect(scores.filter((s) => s.spurious > 0).map((s) => s.name)).toEqual([])
    })

    it('every annotation span slices the source to its raw text', async () => {
      for (const c of freshCases(prefix)) {
        const { article, text } = await parse({ bytes: c.bytes, path: c.file })
        expect(article, c.name).not.toBeNull()
        const a = article!.annotations
        for (const x of [...a.mentions, ...a.quotations, ...a.quantities, ...a.dates])
          expect(text!.slice(x.span.start, x.span.end), `${c.name} ${x.id}`).toBe(x.raw)
      }
    })
  })
}

/**
 * The fresh evaluation (fixtures/fresh-*: six invented articles, one per input shape, expected
 * lists and metadata written by hand before the parser ran on them) must stay at or above these
 * floors. First score, before any fix: speaker 32/48, details 40/53, entities 50/55, quantities
 * 23/33, dates 20/23, metadata 19/24, cleaning 14/15. After the first round of general fixes:
 * speaker 39/48, details 45/53, entities 58/60, quantities 32/33, dates 22/23. After the
 * organisation, occupation and affiliation rules: speaker 48/48, details 53/53, entities 63/63,
 * quantities 33/33, dates 22/23, metadata 24/24, cleaning 15/15. Both rounds of fixes were made
 * by reading these articles' failures, so the set is no longer blind: it guards against
 * regressions, and a new unseen set is needed to measure generalisation. Details: `pnpm exec
 * tsx test/annotate/parsed-report.ts --failures`.
 */
const floors = {
  recall: 1,
  speaker: 1,
  details: 1,
  entities: 1,
  quantities: 1,
  dates: 0.95,
  metadata: 1,
  cleaning: 1,
} as const satisfies Floors

/**
 * The blind set (fixtures/blind-*: six more invented articles in the same input shapes, expected
 * lists and metadata written by another evaluator who never saw the parser's rules). First,
 * untuned score: speakers 42/53, metadata 17/24, quantities 39/44, dates 28/31, spurious 0.
 * After the general fixes it prompted (header lines without blank lines, the rand, sol and
 * country-specific pounds, "over" meaning "during", organisations named after an organisation
 * noun, "Title Name of X University", named-newsletter pitches): speaker 45/53, details 68/73,
 * entities 60/61, quantities 44/44, dates 31/31, metadata 24/24, cleaning 14/14. Those fixes were
 * made by reading these failures, so from now on this set guards regressions too. Details:
 * `pnpm exec tsx test/annotate/parsed-report.ts --blind --failures`.
 */
const blindFloors = {
  recall: 1,
  speaker: 0.84,
  details: 0.93,
  entities: 0.98,
  quantities: 1,
  dates: 1,
  metadata: 1,
  cleaning: 1,
} as const satisfies Floors

describeParsedSet('fresh articles in every input shape, through parse()', 'fresh-', floors)
describeParsedSet('blind articles in every input shape, through parse()', 'blind-', blindFloors)
