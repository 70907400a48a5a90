import { expect, it } from 'vitest'
import { type CaseScore, type Tally, total } from './score.js'

/** Measures an evaluation set is held to, each with the least share of expected items to get right. */
export type Floors = Readonly<Partial<Record<keyof CaseScore, number>>>

const rate = (t: Tally) => t.ok / (t.expected || 1)

/**
 * One test per floor: the set's total for that measure must reach it. A failing test prints the
 * total and every failure of the set, so the regression is visible without the report script.
 */
export function itMeetsFloors(scores: readonly CaseScore[], floors: Floors): void {
  for (const [key, floor] of Object.entries(floors) as Array<[keyof CaseScore, number]>) {
    it(`${key} ≥ ${floor}`, () => {
      const t = total(scores, key)
      const failures = scores.flatMap((s) => s.failures.map((f) => `${s.name}: ${f}`))
      expect(
        rate(t),
        `${key} ${t.ok}/${t.expected}\n${failures.join('\n')}`,
      ).toBeGreaterThanOrEqual(floor)
    })
  }
}
