import { Annotations, validate } from '@parallax/schema'
import { expect } from 'vitest'
import { type Case, normalise, pick, quoteView } from './cases.js'

type Result = Omit<Annotations, 'sentences'>

/** The article's quotations, restricted to the fields each expected quote states, equal the expected list. */
export function checkQuotes(result: Result, c: Case): void {
  const got = result.quotations.map((q, i) =>
    pick(quoteView(result, q), c.expected.quotations[i] ?? { text: '', speaker: '' }),
  )
  expect(got).toEqual(c.expected.quotations.map(normalise))
}

/** Every annotation span slices `text` to its raw text, the readable text keeps its letters, and the result is valid. */
export function checkSpans(text: string, result: Result): void {
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
