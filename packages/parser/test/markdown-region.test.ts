import { describe, expect, it } from 'vitest'
import { describesTheSite } from '../src/lib/markdown/about-the-site.ts'
import { cardLinkBlocks } from '../src/lib/markdown/card-links.ts'
import {
  articleBlocks,
  blockScore,
  contentRegion,
  isLinkDenseBlock,
  type RegionBlock,
} from '../src/lib/markdown/content-region.ts'
import { parse } from '../src/lib/parse.ts'

const read = async (text: string) =>
  parse(
    { bytes: new TextEncoder().encode(text), path: 'page.md' },
    { annotate: false, format: 'markdown-clip' },
  )

const prose = (chars: number): RegionBlock => ({ chars, links: 0, heading: false, gone: false })
const links = (chars: number): RegionBlock => ({ chars, links: 1, heading: false, gone: false })
const label = (chars: number): RegionBlock => ({ chars, links: 0, heading: true, gone: false })

describe('content region of a Markdown page', () => {
  it('scores paragraphs for, links and removed chrome against, labels neither', () => {
    expect(blockScore(prose(100))).toBe(100)
    expect(blockScore(links(100))).toBe(-100)
    expect(blockScore({ ...prose(100), gone: true })).toBe(-100)
    expect(blockScore(prose(20))).toBe(0)
    expect(blockScore(label(80))).toBe(0)
    expect(blockScore(prose(20), { shortWeight: 0.5 })).toBe(-10)
    expect(blockScore(prose(60), { paragraphMin: 80 })).toBe(0)
    expect(isLinkDenseBlock(100, 0.6)).toBe(true)
    expect(isLinkDenseBlock(200, 0.6)).toBe(false)
  })
  it('picks the run with the most prose net of links, across a small link block inside it', () => {
    const blocks = [
      links(300),
      prose(50),
      links(200),
      prose(400),
      links(30),
      prose(300),
      links(500),
    ]
    expect(contentRegion(blocks)).toEqual({ first: 3, last: 5 })
    expect(contentRegion([links(10), label(5)])).toBeNull()
  })
  it('ends a run at a wall of blocks that add nothing (a comment widget between prose)', () => {
    const wall = Array.from({ length: 10 }, () => label(8))
    const blocks = [prose(500), ...wall, prose(900), links(50)]
    expect(contentRegion(blocks)).toEqual({ first: 11, last: 11 })
    expect(contentRegion(blocks, { gapBlocks: 11 })).toEqual({ first: 0, last: 11 })
    expect(contentRegion([prose(500), ...wall.slice(0, 9), prose(900)])).toEqual({
      first: 0,
      last: 10,
    })
  })
  it('adds the header between the headline and the run, and plain neighbours of the run', () => {
    const blocks = [links(100), label(30), prose(90), links(120), label(20), prose(400), prose(10)]
    const region = contentRegion(blocks)!
    expect(region).toEqual({ first: 5, last: 5 })
    expect([...articleBlocks(blocks, region, 1)].sort()).toEqual([2, 4, 5, 6])
    expect([...articleBlocks(blocks, region, -1)].sort()).toEqual([4, 5, 6])
  })
})

describe('the site describing itself', () => {
  it('reads a paragraph whose subject names the host or site as the site’s "About" paragraph', () => {
    const host = 'acmewidgets'
    expect(describesTheSite('Acme Widgets is a maker of valves for ships.', host, null)).toBe(true)
    expect(describesTheSite('Acme Widgets, Inc. employs 900 people.', host, null)).toBe(true)
    expect(describesTheSite('Harbour Co is a maker of valves.', host, 'Harbour Co')).toBe(true)
    expect(describesTheSite('Boeing is a maker of aircraft.', host, null)).toBe(false)
    expect(describesTheSite('Acme Widgets said on Monday it would cut jobs.', host, null)).toBe(
      false,
    )
  })
})

describe('links wrapped around whole blocks (teaser cards)', () => {
  it('finds the blocks from `[Headline` to a bare `](url)`, not a closing line with text', () => {
    const source =
      '[Card headline\n\nBy Staff\n\n](/story "t")\n\n[Deal\n\n](/go)Body text follows.'
    const spans = source.split('\n\n').map((part) => {
      const start = source.indexOf(part)
      return { start, end: start + part.length }
    })
    expect([...cardLinkBlocks(source, spans)]).toEqual([0, 1, 2, 3])
  })
})

describe('a whole crawled page', () => {
  it('keeps the article and drops menus, teaser cards, related lists and comments', async () => {
    const page = [
      '---',
      'title: "Dam repairs finish early"',
      '---',
      '',
      '* [Home](/)',
      '* [News](/news)',
      '',
      '# Dam repairs finish early',
      '',
      'By [Jane Roe](/authors/jane-roe) and [John Doe](/authors/john-doe)',
      '',
      'Crews completed the spillway work two weeks ahead of schedule.',
      '',
      'The county said on Tuesday that the reservoir could be refilled from next month, after engineers signed off on the new concrete.',
      '',
      '## Related articles',
      '',
      '* [Flood warnings lifted across the valley](/a)',
      '* [Council approves new budget for roads](/b)',
      '',
      'Engineers had found cracks in the spillway in March, and the lake was drawn down to half its level while the repairs went on.',
      '',
      'Residents who rely on the lake for irrigation will be told the refill dates by letter.',
      '',
      '[Storm season outlook',
      '',
      'By Staff',
      '',
      '](/outlook "Storm season outlook")',
      '',
      '### 12 responses to “Dam repairs finish early”',
      '',
      '* About time too, the lake has been empty all summer and the fishing club has had to close for good.',
      '* Well done to the crews, who worked through the heatwave without a single day lost to the weather.',
    ].join('\n')
    const r = await read(page)
    expect(r.article!.blocks.map((b) => b.text)).toEqual([
      'Crews completed the spillway work two weeks ahead of schedule.',
      'The county said on Tuesday that the reservoir could be refilled from next month, after engineers signed off on the new concrete.',
      'Engineers had found cracks in the spillway in March, and the lake was drawn down to half its level while the repairs went on.',
      'Residents who rely on the lake for irrigation will be told the refill dates by letter.',
    ])
    expect(r.article!.byline).toBe('Jane Roe and John Doe')
    const details = r.article!.removed.map((x) => x.detail)
    expect(details).toContain('boilerplate: a closing section of the page')
    // The teaser card's blocks are link text (a link wrapped around them).
    expect(details).toContain('navigation: a block of link text (menu, share bar, related links)')
  })
})

describe('closing sections and cookie notices', () => {
  it('takes the site’s own "More …" teasers, linked teaser titles included, and cookie notices', async () => {
    const page = [
      '---',
      'title: "Harbour dredging starts"',
      'source: "https://www.harbourtimes.example/news/dredging"',
      'site_name: "Harbour Times"',
      '---',
      '',
      '# Harbour dredging starts',
      '',
      'Dredgers began clearing the silted channel on Monday, the port authority said in a statement.',
      '',
      'The work will take six weeks and close the inner berths to larger ships until it is done.',
      '',
      '## More Harbour Times',
      '',
      '## [Ferry timetable changes for winter](/ferry)',
      '',
      'The ferry company has cut its winter sailings to four a day, blaming the cost of fuel and crews.',
      '',
      'Necessary cookies are absolutely essential for the website to function properly and store no personal data.',
    ].join('\n')
    const r = await read(page)
    expect(r.article!.blocks.map((b) => b.text)).toEqual([
      'Dredgers began clearing the silted channel on Monday, the port authority said in a statement.',
      'The work will take six weeks and close the inner berths to larger ships until it is done.',
    ])
  })
})
