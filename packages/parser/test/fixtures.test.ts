import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Article, validate } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { type ParseResult, parse, uncoveredRanges } from '../src/index.ts'
import { loadFixtures } from './helpers.ts'

const fixtures = loadFixtures()
const results = new Map<string, ParseResult>()
async function resultOf(name: string): Promise<ParseResult> {
  let result = results.get(name)
  if (!result) {
    const fixture = fixtures.find((f) => f.name === name)!
    result = await parse(
      { bytes: fixture.bytes, path: fixture.inputName, manifest: fixture.manifest },
      fixture.options,
    )
    results.set(name, result)
  }
  return result
}

/**
 * The golden keeps the parser's own output: annotations other than sentences belong to the
 * @parallax/annotate package (and its own tests), so they are left out here.
 */
function golden(result: ParseResult) {
  const article = result.article
    ? { ...result.article, annotations: { sentences: result.article.annotations.sentences } }
    : null
  return { diagnostics: result.diagnostics, article }
}

/** An input that gives no article must say why: an error diagnostic (its golden file records which). */
function expectNoArticle(diagnostics: readonly { severity: string }[]): void {
  expect(diagnostics.some((d) => d.severity === 'error')).toBe(true)
}

describe('fixtures', () => {
  it('has fixtures', () => {
    expect(fixtures.length).toBeGreaterThan(20)
  })

  for (const fixture of fixtures) {
    describe(fixture.name, () => {
      it('matches expected.json', async () => {
        const actual = golden(await resultOf(fixture.name))
        const file = join(fixture.dir, 'expected.json')
        if (process.env.UPDATE) writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`)
        // A missing golden file fails: it is written only on purpose, with UPDATE=1.
        expect(existsSync(file), `${file} is missing (UPDATE=1 writes it)`).toBe(true)
        expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')))
      })

      it('validates against the Article schema', async () => {
        const { article, diagnostics } = await resultOf(fixture.name)
        if (!article) return expectNoArticle(diagnostics)
        const result = validate(Article, article)
        expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([])
      })

      it('slices every sentence, block and removal from the source text', async () => {
        const { article, text, diagnostics } = await resultOf(fixture.name)
        if (!article || text === null) return expectNoArticle(diagnostics)
        expect(article.source.length).toBe(text.length)
        for (const sentence of article.annotations.sentences) {
          expect(text.slice(sentence.span.start, sentence.span.end)).toBe(sentence.raw)
          expect(sentence.raw.length).toBeGreaterThan(0)
        }
        for (const block of article.blocks) {
          expect(block.span.start).toBeGreaterThanOrEqual(0)
          expect(block.span.end).toBeLessThanOrEqual(text.length)
          expect(block.span.start).toBeLessThan(block.span.end)
          expect(block.map[0]![0]).toBe(0)
          for (const ref of block.references ?? [])
            expect(text.slice(ref.span.start, ref.span.end)).toBe(`[${ref.label}]`)
        }
        for (const removal of article.removed)
          expect(removal.span.end).toBeLessThanOrEqual(text.length)
      })

      it('drops nothing silently (every non-space character is in a block or a removal)', async () => {
        const { article, text, diagnostics } = await resultOf(fixture.name)
        if (!article || text === null) return expectNoArticle(diagnostics)
        expect(uncoveredRanges(text, article).map((r) => text.slice(r.start, r.end))).toEqual([])
      })
    })
  }
})

describe('seed acceptance', () => {
  const body = async (name: string) => {
    const { article } = await resultOf(name)
    return article!
  }
  const paragraphs = (a: Article) => a.blocks.filter((b) => b.kind === 'paragraph')
  const boilerplate =
    /Show me more content|Getty Images|Image: BBC|Full size|Top Headlines|Updated \(|Dive deeper|\[\d+\]/

  it('000 markdown clip: title, TIME, 26 paragraphs, no boilerplate', async () => {
    const a = await body('seed-000-markdown-clip')
    expect([a.title, a.outlet, a.format]).toEqual([
      'Ukraine-Russia Peace Talks End Abruptly',
      'TIME',
      'markdown-clip',
    ])
    expect(paragraphs(a)).toHaveLength(26)
    expect(
      a.blocks.some((b) => boilerplate.test(b.text) || /^Putin and Trump Envoy/.test(b.text)),
    ).toBe(false)
    const noManifest = await body('seed-000-no-manifest')
    expect([noManifest.outlet, noManifest.origins.outlet]).toEqual(['TIME', 'url'])
  })

  it('001 PDF text: 25 reflowed paragraphs, hyphenation handled', async () => {
    const a = await body('seed-001-pdf-text')
    expect([a.title, a.outlet]).toEqual([
      '‘Difficult But Businesslike’: Ukraine Peace Talks in Switzerland End',
      'The Moscow Times',
    ])
    expect(paragraphs(a)).toHaveLength(25)
    const all = a.blocks.map((b) => b.text).join(' ')
    expect(all).toContain('an ultra-conservative known')
    expect(all).toContain('Power Plant remained unresolved')
    expect(all).not.toMatch(/\n| {2}/)
  })

  it('002 plain text: 4 headings, 13 paragraphs, no title', async () => {
    const a = await body('seed-002-plain-text')
    expect(a.title).toBeNull()
    expect(a.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      '‘Business-like’ but Brief',
      'Divergent Demands Stymie Progress',
      'Pressure on Kyiv Mounts',
      'Security Assurances and Future Engagement',
    ])
    expect(paragraphs(a)).toHaveLength(13)
  })

  it('003 digest: glued headings split, references, 30 timeline entries, no chrome', async () => {
    const a = await body('seed-003-digest')
    expect(a.title).toBe('U.S. Envoy Declares Meaningful Progress as Geneva Talks Enter Second Day')
    expect(paragraphs(a)).toHaveLength(5)
    expect(a.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toContain(
      'Geneva Negotiations Resume With U.S. Mediation and Russian Representation',
    )
    const timeline = a.blocks.filter((b) => b.kind === 'timeline-entry')
    expect(timeline).toHaveLength(30)
    expect(timeline[0]!.date).toEqual({
      start: '2022-02-24',
      end: '2022-02-24',
      granularity: 'day',
    })
    expect(a.blocks.some((b) => boilerplate.test(b.text))).toBe(false)
    expect(paragraphs(a)[0]!.references?.map((r) => r.label)).toEqual(['1', '1', '1'])
  })

  it('004 pasted article: title, BBC News, byline, no repeated pull-quote', async () => {
    const a = await body('seed-004-pasted-article')
    expect([a.title, a.outlet, a.byline]).toEqual([
      '‘Difficult’ Russia-Ukraine peace talks end without breakthrough',
      'BBC News',
      'Anthony Solly',
    ])
    expect(paragraphs(a)).toHaveLength(19)
    expect(a.blocks.filter((b) => b.text.includes('better come to the table'))).toHaveLength(1)
    expect(a.removed.find((r) => r.reason === 'pull-quote')?.duplicateOf).toBe('b13')
  })
})
