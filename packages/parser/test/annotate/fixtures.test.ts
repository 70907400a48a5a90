import { Annotations, validate } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { annotate } from '../../src/lib/annotate/index.js'
import {
  type Case,
  inventedCases,
  normalise,
  paragraphInput,
  parseSeed,
  pick,
  quoteView,
  seedCases,
} from './helpers.js'

type Result = Omit<Annotations, 'sentences'>

function checkQuotes(result: Result, c: Case): void {
  const got = result.quotations.map((q, i) =>
    pick(quoteView(result, q), c.expected.quotations[i] ?? { text: '', speaker: '' }),
  )
  expect(got).toEqual(c.expected.quotations.map(normalise))
}

function checkSpans(text: string, result: Result): void {
  const all = [...result.mentions, ...result.quotations, ...result.quantities, ...result.dates]
  for (const a of all) {
    expect(text.slice(a.span.start, a.span.end), `${a.id} ${a.text}`).toBe(a.raw)
    // The readable text is the raw slice with line breaks, hyphenation and markup undone.
    const letters = (x: string) => x.replace(/[^\p{L}\p{N}]/gu, '')
    expect(letters(a.text), `${a.id} text vs raw`).toBe(letters(a.raw))
  }
  const check = validate(Annotations, { ...result, sentences: [] })
  expect(check.ok ? [] : check.errors).toEqual([])
}

describe('annotate: invented fixtures (one per attribution pattern)', () => {
  for (const c of inventedCases()) {
    it(c.name, () => {
      const result = annotate(paragraphInput(c.text, c.expected.published ?? null))
      checkQuotes(result, c)
      checkSpans(c.text, result)
      if (c.expected.reference) expect(result.reference).toEqual(c.expected.reference)
      for (const e of c.expected.entities ?? []) {
        const found = result.entities.find((x) => x.key === e.key)
        expect(found, e.key).toBeDefined()
        if (e.forms) expect(found!.forms).toEqual(expect.arrayContaining(e.forms))
        for (const role of e.roles ?? [])
          expect(
            found!.roles.some((r) => r.includes(role)),
            `${e.key} role ${role} in ${found!.roles}`,
          ).toBe(true)
        if (e.party) expect(found!.party).toBe(e.party)
      }
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

describe('annotate: seeds through parse(), hand-checked quote lists', () => {
  for (const c of seedCases()) {
    it(`${c.name}: every direct quote with its speaker`, async () => {
      const { text, annotations } = await parseSeed(c.expected.seed!)
      checkQuotes(annotations, c)
      checkSpans(text, annotations)
    })
  }
})
