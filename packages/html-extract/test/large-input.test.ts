import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.js'

describe('large inputs', () => {
  it('reads 20,000 flat paragraphs without a stack overflow, each block on its source', () => {
    const paragraph = (n: number) =>
      `<p>Paragraph ${n} holds an ordinary sentence of prose, long enough to count as text.</p>\n`
    const parts: string[] = []
    for (let n = 0; n < 20_000; n++) parts.push(paragraph(n))
    const html = `<html><body><article>${parts.join('')}</article></body></html>`
    const { blocks, diagnostics } = extractArticle(html)
    expect(diagnostics).toEqual([])
    expect(blocks.length).toBe(20_000)
    const last = blocks[blocks.length - 1]
    expect(last?.text).toBe(
      'Paragraph 19999 holds an ordinary sentence of prose, long enough to count as text.',
    )
    expect(html.slice(last?.span.start, last?.span.end)).toBe(last?.text)
  })

  it('keeps the words of many tiny inline elements apart and in order', () => {
    const html = `<article><p>${'<b>x</b> <i>y</i> '.repeat(5_000)}</p><p>${'<em>w</em>'.repeat(100)} and prose after it to pass the length check.</p></article>`
    const { blocks } = extractArticle(html)
    expect(blocks[0]?.text).toBe('x y '.repeat(5_000).trim())
    expect(blocks[0]?.map[1]).toEqual([2, html.indexOf('y')])
  })
})
