import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseMany } from '@parallax/parser'
import type { Briefing, Statement } from '@parallax/schema'
import { expect } from 'vitest'
import { defaultDeps } from '../../src/commands/deps.js'

export const repo = new URL('../../../..', import.meta.url).pathname
export const realDeps = defaultDeps
export const fixedTime = '2026-12-01T06:00:00Z'

export const readBriefing = (dir: string): Briefing =>
  JSON.parse(readFileSync(join(dir, 'briefing.json'), 'utf8')) as Briefing

/** Source text of every input that gives an article, by article id (what every span indexes). */
export async function sourceTexts(files: readonly string[]): Promise<Map<string, string>> {
  const inputs = files.map((path) => ({ path, bytes: readFileSync(path) }))
  const { results } = await parseMany(inputs, { annotate: false })
  const texts = new Map<string, string>()
  for (const r of results) if (r.article && r.text !== null) texts.set(r.article.id, r.text)
  return texts
}

/** Every statement of a briefing, wherever it sits. */
export function statements(briefing: Briefing): Statement[] {
  const found: Statement[] = []
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) for (const v of value) visit(v)
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>
      if (typeof o.text === 'string' && Array.isArray(o.citations))
        found.push(o as unknown as Statement)
      for (const v of Object.values(o)) visit(v)
    }
  }
  visit(briefing.sections)
  return found
}

/** Every statement has citations, and every citation's span slices to its source sentence. */
export function expectCitationsResolve(briefing: Briefing, texts: Map<string, string>): void {
  const citations = new Map(briefing.citations.map((c) => [c.id, c]))
  const all = statements(briefing)
  expect(all.length).toBeGreaterThan(10)
  for (const statement of all) {
    expect(statement.citations.length, statement.text).toBeGreaterThan(0)
    for (const id of statement.citations) {
      const citation = citations.get(id)
      expect(citation, `${id} of “${statement.text}”`).toBeDefined()
      if (!citation) continue
      const text = texts.get(citation.provenance.article)
      expect(text, `source text of ${citation.provenance.article}`).toBeDefined()
      const { start, end } = citation.provenance.span
      const slice = (text ?? '').slice(start, end)
      expect(end).toBeGreaterThan(start)
      expect(slice.length).toBe(end - start)
      // The span is the claim's words inside the cited sentence; the excerpt is that sentence as
      // read (line breaks and hyphenation undone): the slice's letters and digits are in it.
      const bare = (t: string) => t.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '')
      // A digest's own `[n]` markers stay in the source text but not in the readable excerpt.
      const unmarked = slice.replace(/\[\d+\]/g, '')
      expect(bare(citation.excerpt), `${id}: “${slice}”`).toContain(bare(unmarked))
    }
  }
}

/** The numbers of the sources a statement cites, distinct. */
export function sourcesOf(briefing: Briefing, statement: Statement): Set<string> {
  const citations = new Map(briefing.citations.map((c) => [c.id, c]))
  return new Set(statement.citations.map((id) => citations.get(id)?.source ?? '?'))
}
