import { describe, expect, it } from 'vitest'
import { isDateStamp } from '../src/lib/markdown/date-stamps.ts'
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
    expect(isDateStamp('Updated an hour ago')).toBe(false)
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
