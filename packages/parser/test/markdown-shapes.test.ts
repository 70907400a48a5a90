import { describe, expect, it } from 'vitest'
import { isDateStamp } from '../src/lib/markdown/date-stamps.ts'
import { htmlTableRows } from '../src/lib/markdown/html-table.ts'
import { parse } from '../src/lib/parse.ts'

const read = async (text: string) =>
  parse(
    { bytes: new TextEncoder().encode(text), path: 'page.md' },
    { annotate: false, format: 'markdown-clip' },
  )
const kept = async (text: string) => ((await read(text)).article?.blocks ?? []).map((b) => b.text)

const prose = [
  'The council voted on Tuesday to close the old bridge to traffic after engineers found deep cracks.',
  'Repairs will take at least two years and cost about four million euros, the mayor told reporters.',
  'Residents who cross the river each day will be offered a free ferry until the work is finished.',
]

describe('date stamps of a Markdown page', () => {
  it('reads a date stamp by its shape, in any language', () => {
    expect(isDateStamp('Chris Davies - Nov 19, 2019, 10:31 pm CST')).toBe(true)
    expect(isDateStamp('sexta-feira, 22 de outubro de 2010 às 20:13')).toBe(true)
    expect(isDateStamp('Posted on Maret 30, 2015 by Admin')).toBe(true)
    expect(isDateStamp('Published Wed, Nov 20 20194:29 AM ESTUpdated an hour ago')).toBe(true)
    expect(
      isDateStamp('Published: Nov. 19, 2019, 6:18 p.m. Updated: Nov. 19, 2019, 7:10 p.m.'),
    ).toBe(true)
    // A sentence, a lead-in, a line without a year or with one number only are not.
    expect(isDateStamp('The bridge opened on 12 May 2019.')).toBe(false)
    expect(isDateStamp('The 50th Anniversary Tour 2020 dates:')).toBe(false)
    expect(isDateStamp('Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM')).toBe(true)
    expect(isDateStamp('Updated an hour ago')).toBe(false)
    expect(isDateStamp('Gates open at 6:30')).toBe(false)
    expect(isDateStamp('Season 2019')).toBe(false)
  })
  it('removes one in the header or footer, keeps a timeline line among the paragraphs', async () => {
    const text = [
      '---',
      'title: "Bridge closed"',
      '---',
      '# Bridge closed',
      'Jane Roe - 19.11.2019, 10:31',
      prose[0],
      '12 May 2019 – cracks found',
      prose[1],
      prose[2],
      'Zuletzt aktualisiert 20.11.2019 08:15',
      '',
    ].join('\n\n')
    const blocks = await kept(text)
    expect(blocks).toContain('12 May 2019 – cracks found')
    expect(blocks.some((b) => b.startsWith('Jane Roe'))).toBe(false)
    expect(blocks.some((b) => b.startsWith('Zuletzt'))).toBe(false)
    expect(blocks).toContain(prose[2])
  })
})

describe('captions set apart under an image', () => {
  const page = (caption: string) =>
    [
      '---',
      'title: "Bridge closed"',
      '---',
      '# Bridge closed',
      prose[0],
      '![](https://example.org/bridge.jpg)',
      caption,
      prose[1],
      prose[2],
      '',
    ].join('\n\n')
  it('takes a line shorter than prose, or one closing with a credit in brackets', async () => {
    expect(await kept(page('The old bridge at dusk.'))).not.toContain('The old bridge at dusk.')
    const credited =
      'Engineers inspect the cracked pier of the old bridge over the river on Monday, Nov. 18, 2019. (Jane Roe/Agency)'
    expect(await kept(page(credited))).not.toContain(credited)
  })
  it('keeps prose, a question and a quotation under an image', async () => {
    const question = 'Have you ever seen anything so gorgeous?'
    expect(await kept(page(question))).toContain(question)
    const quote = '"We had no choice at all."'
    expect(await kept(page(quote))).toContain(quote)
    expect(await kept(page(prose[2]!))).toContain(prose[1])
  })
})

describe('a table kept as raw HTML in a Markdown clip', () => {
  it('reads its rows as blocks: cells spaced, tags left out, references read, links measured', () => {
    const source =
      'x\n\n<table class="t"><tr><th>Pos.</th><th>Driver</th></tr><tr><td>1</td><td><a href="/d/1">Ann&nbsp;Roe</a></td></tr></table>\n'
    const start = source.indexOf('<table')
    const rows = htmlTableRows(source, { start, end: source.length - 1 })
    expect(rows).toHaveLength(2)
    expect(source.slice(rows[1]!.span.start, rows[1]!.span.end)).toMatch(/^<td>1<\/td>.*<\/td>$/)
    expect(rows.map((r) => r.row)).toEqual([true, true])
    expect(rows[0]!.links).toBe(0)
    expect(rows[1]!.links).toBeGreaterThan(0.5)
    expect(rows[1]!.hrefs).toEqual(['/d/1'])
    expect(htmlTableRows('<div>no table</div>', { start: 0, end: 19 })).toEqual([])
  })
  it("reads a layout table as HTML: a cell's headings and paragraphs are blocks, scripts are markup", () => {
    const source = [
      '<table><tr><td><table><tr><td><img src="a.jpg"><div>A caption.</div></td></tr></table>',
      '<h1 class="t">Bridge closed</h1><script>var x = "not text";</script><!-- note -->',
      `<p>${prose[0]}</p><p><strong>Mayor</strong> ${prose[1]}</p>${prose[2]}<br><br>Last line.</td></tr></table>`,
    ].join('')
    const rows = htmlTableRows(source, { start: 0, end: source.length })
    const texts = rows.map((r) =>
      source
        .slice(r.span.start, r.span.end)
        .replace(/<!--[\s\S]*?-->|<script[\s\S]*?<\/script>|<[^>]+>/g, ''),
    )
    expect(texts).toEqual([
      'A caption.',
      'Bridge closed',
      prose[0],
      `Mayor ${prose[1]}`,
      prose[2],
      'Last line.',
    ])
    expect(rows.map((r) => r.heading ?? 0)).toEqual([0, 1, 0, 0, 0, 0])
    expect(rows.every((r) => !r.row)).toBe(true)
  })
  it('keeps the paragraphs of an article laid out in a table', async () => {
    const text = [
      '---',
      'title: "Bridge closed"',
      '---',
      '[Home](/) [News](/news) [Sport](/sport)',
      `<table><tr><td><h1>Bridge closed</h1><p>${prose.join('</p><p>')}</p></td><td><a href="/a">Other story</a></td></tr></table>`,
      '',
    ].join('\n\n')
    const blocks = await kept(text)
    for (const p of prose) expect(blocks).toContain(p)
  })
  it('keeps a results table between the paragraphs of the article', async () => {
    const rows = Array.from(
      { length: 14 },
      (_, i) =>
        `<tr><td>${i + 1}</td><td>Driver ${String.fromCharCode(65 + i)}</td><td>${5000 - i * 7}</td></tr>`,
    )
    const text = [
      '---',
      'title: "Final standings"',
      '---',
      '# Final standings',
      prose[0],
      `<table class="standings"><tbody>${rows.join('')}</tbody></table>`,
      prose[1],
      prose[2],
      '',
    ].join('\n\n')
    const blocks = await kept(text)
    expect(blocks).toContain('1 Driver A 5000')
    expect(blocks).toContain('14 Driver N 4909')
    expect(blocks).toContain(prose[2])
  })
})

describe('a link-heavy paragraph inside the article', () => {
  it('does not end the article: the paragraphs after it are kept', async () => {
    const card = Array.from(
      { length: 8 },
      (_, i) => `[Another headline number ${i} about something else](/story/${i})`,
    ).join(' ')
    const text = [
      '---',
      'title: "Bridge closed"',
      '---',
      '# Bridge closed',
      prose[0],
      prose[1],
      `Rep. [Jane Roe](/people/jane-roe) ${card} said on Tuesday that the closure of the old bridge was long overdue.`,
      prose[2],
      'The ferry will run every twenty minutes from six in the morning until midnight, the operator said.',
      '',
    ].join('\n\n')
    const blocks = await kept(text)
    expect(blocks).toContain(prose[2])
    expect(blocks.some((b) => b.startsWith('The ferry will run'))).toBe(true)
  })
})
