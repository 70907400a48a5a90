import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.js'

describe('pages without an article', () => {
  it('reports html/no-article with its place instead of empty success', () => {
    const html =
      '<html><body>\n<nav><a href="/">Home</a> <a href="/about">About</a></nav>\n</body></html>'
    const result = extractArticle(html)
    expect(result.blocks).toEqual([])
    expect(result.diagnostics).toMatchInlineSnapshot(`
      [
        {
          "code": "html/no-article",
          "column": 7,
          "expected": "at least 80 characters of paragraph text",
          "file": null,
          "line": 1,
          "message": "No article body found: the page has no run of paragraph text outside navigation and other boilerplate.",
          "offset": 6,
          "severity": "error",
        },
      ]
    `)
  })

  it('reports a too-short body but keeps what it found', () => {
    const html =
      '<html><body><article><p>A short note of a single sentence, sixty letters long.</p></article></body></html>'
    const result = extractArticle(html)
    expect(result.blocks.map((block) => block.text)).toEqual([
      'A short note of a single sentence, sixty letters long.',
    ])
    expect(
      result.diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`),
    ).toMatchInlineSnapshot(`
      [
        "error html/no-article: No article body found: the best candidate holds only 45 characters of text.",
      ]
    `)
  })

  it('never throws on broken markup or an empty string', () => {
    for (const html of ['', '<', '<p>unclosed <b>bold <i>italic', '<table><td>cell</table></p>']) {
      const result = extractArticle(html)
      expect(result.diagnostics.map((d) => d.code)).toContain('html/no-article')
    }
  })

  it('reads a page nested just under the depth limit', () => {
    const prose =
      'A paragraph of ordinary prose, long enough by far to count as the article body of this deeply nested page.'
    const html = `<html><body>${'<div class="a">'.repeat(1000)}<p>${prose}</p></body></html>`
    const result = extractArticle(html)
    expect(result.diagnostics).toEqual([])
    expect(result.blocks.map((block) => block.text)).toEqual([prose])
  })

  it('reports a page nested too deeply to read instead of crashing', () => {
    const result = extractArticle(`<html><body>${'<div>'.repeat(20000)}text</body></html>`)
    expect(result.diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual([
      'error html/too-deep',
    ])
  })

  it('warns about a JSON-LD block it cannot read, with its line', () => {
    const html = `<html><head>\n<script type="application/ld+json">{"@type": "NewsArticle",</script></head><body></body></html>`
    const warning = extractArticle(html).diagnostics.find((d) => d.code === 'html/invalid-json-ld')
    expect(warning).toMatchObject({ severity: 'warning', line: 2, column: 1 })
  })
})
