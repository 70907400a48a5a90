import { Briefing, validate } from '@parallax/schema'
import { expect } from 'vitest'
import type { ComposeInput } from '../../src/lib/compose/index.js'

/** Every statement of a briefing, wherever it sits. */
export function statementsOf(briefing: Briefing): { text: string; citations: string[] }[] {
  const out: { text: string; citations: string[] }[] = []
  const walk = (value: unknown) => {
    if (Array.isArray(value)) for (const item of value) walk(item)
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>
      if (typeof record.text === 'string' && Array.isArray(record.citations))
        out.push(record as { text: string; citations: string[] })
      for (const child of Object.values(record)) walk(child)
    }
  }
  walk(briefing.sections)
  return out
}

/**
 * What must hold for every composed briefing: it validates; every statement cites; every
 * citation resolves to a source and a span that slices to the source text inside its sentence,
 * with the sentence's text as excerpt; citations are numbered in order of first use and cited;
 * appendix marks lie in their block and name a citation of that source.
 */
export function expectInvariants(briefing: Briefing, input: ComposeInput): void {
  const result = validate(Briefing, briefing)
  expect(result.ok ? [] : result.errors).toEqual([])
  const statements = statementsOf(briefing)
  expect(statements.length).toBeGreaterThan(0)
  for (const statement of statements) expect(statement.citations.length).toBeGreaterThan(0)
  const sources = new Map(briefing.sources.map((s) => [s.id, s]))
  const articles = new Map(input.articles.map((a) => [a.id, a]))
  briefing.citations.forEach((citation, index) => {
    expect(citation.id).toBe(`c${index + 1}`)
    const source = sources.get(citation.source)
    expect(source?.article).toBe(citation.provenance.article)
    const text = input.texts.get(citation.provenance.article) as string
    const { start, end } = citation.provenance.span
    expect(end).toBeLessThanOrEqual(text.length)
    expect(start).toBeLessThanOrEqual(end)
    const article = articles.get(citation.provenance.article)
    const sentence = article?.annotations.sentences.find(
      (s) => s.id === citation.provenance.sentence,
    )
    expect(sentence, citation.id).toBeDefined()
    if (!sentence) return
    expect(text.slice(sentence.span.start, sentence.span.end)).toBe(sentence.raw)
    expect(start).toBeGreaterThanOrEqual(sentence.span.start)
    expect(end).toBeLessThanOrEqual(sentence.span.end)
    expect(citation.excerpt).toBe(sentence.text.trim())
  })
  // Numbered in order of first use: walking the sections meets c1, c2, … in order.
  const firstUse: string[] = []
  for (const statement of statements)
    for (const id of statement.citations) if (!firstUse.includes(id)) firstUse.push(id)
  expect(firstUse).toEqual(briefing.citations.map((c) => c.id))
  // One citation per distinct sentence.
  const keys = briefing.citations.map((c) => `${c.provenance.article}/${c.provenance.sentence}`)
  expect(new Set(keys).size).toBe(keys.length)
  for (const source of briefing.sources)
    for (const block of source.appendix ?? [])
      for (const mark of block.marks) {
        expect(mark.end).toBeLessThanOrEqual(block.text.length)
        expect(briefing.citations.find((c) => c.id === mark.citation)?.source).toBe(source.id)
      }
}
