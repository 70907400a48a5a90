import { describe, expect, it } from 'vitest'
import { annotate } from '../src/index.js'
import { inventedCases, paragraphInput } from './support/cases.js'
import { checkQuotes, checkSpans } from './support/checks.js'

describe('annotate: invented fixtures (one per attribution pattern)', () => {
  for (const c of inventedCases()) {
    // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: pre-existing (41); to split by pattern (issue 9)
    it(c.name, () => {
      const result = annotate(paragraphInput(c.text, c.expected.published ?? null))
      checkQuotes(result, c)
      checkSpans(c.text, result)
      if (c.expected.reference) expect(result.reference).toEqual(c.expected.reference)
      for (const e of c.expected.entities ?? []) {
        const found = result.entities.find((x) => x.key === e.key)
        expect(found, e.key).toBeDefined()
        if (e.name) expect(found!.name).toBe(e.name)
        if (e.forms) expect(found!.forms).toEqual(expect.arrayContaining(e.forms))
        for (const role of e.roles ?? [])
          expect(
            found!.roles.some((r) => r.includes(role)),
            `${e.key} role ${role} in ${found!.roles}`,
          ).toBe(true)
        if (e.party) expect(found!.party).toBe(e.party)
      }
      for (const key of c.expected.absentEntities ?? [])
        expect(
          result.entities.map((e) => e.key),
          `${key} must not be an entity`,
        ).not.toContain(key)
      for (const n of c.expected.quantities ?? []) {
        const found = result.quantities.find((x) => x.text === n.text)
        expect(found, `quantity ${n.text} in ${result.quantities.map((x) => x.text)}`).toBeDefined()
        expect(found).toMatchObject(n)
      }
      for (const d of c.expected.dates ?? []) {
        const found = result.dates.find((x) => x.text === d.text)
        expect(found, `date ${d.text} in ${result.dates.map((x) => x.text)}`).toBeDefined()
        expect(found!.value?.start).toBe(d.start)
        if (d.end) expect(found!.value?.end).toBe(d.end)
        if (d.granularity) expect(found!.value?.granularity).toBe(d.granularity)
        if (d.relative !== undefined) expect(found!.relative).toBe(d.relative)
      }
    })
  }
})
