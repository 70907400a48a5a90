import { describe, expect, it } from 'vitest'
import { renderPdf } from '../src/index.js'
import { briefingWith, loadFixture, seedSectionTitles } from './helpers.js'
import { readPdf } from './read-pdf.js'

const seeds = loadFixture('seeds-briefing.json')

describe('renderPdf on the seeds fixture', async () => {
  const bytes = await renderPdf(seeds)
  const pdf = await readPdf(bytes)

  it('shows every section title, in order, and the back matter', () => {
    // 'Sources [1] TIME': the heading and the first entry ('Sources agree' is in the figures table).
    const positions = [
      ...seedSectionTitles,
      'Sources [1] TIME',
      'Coverage by topic',
      'Skipped inputs',
    ].map((title) => pdf.text.indexOf(title))
    for (const position of positions) expect(position).toBeGreaterThan(-1)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('contains a sample of claims, quotes, figures and cited source sentences', () => {
    for (const sample of [
      'Territory remains the main obstacle: Moscow insists that Ukraine give up the rest of the Donbas region, and Kyiv refuses.',
      'Dmytro Umerov',
      'earlier this month (February)',
      'White House press secretary Karoline Leavitt',
      'about 20% of the Donetsk region',
      'Fourth anniversary of the full-scale invasion.',
      // A cited sentence, exactly as in the source (line breaks of the PDF-extracted seed collapsed).
      'Echoing that statement, U.S. Special Envoy Steve Witkoff wrote on X that “meaningful progress” had been made this week',
      'inbox/geneva-liveblog.html',
    ]) {
      expect(pdf.text).toContain(sample)
    }
    // One marker per source, in source order (the statement cites source 1 twice).
    expect(pdf.text).toMatch(/refuses\.\[1\]\[2\]\[3\]\[5\] /)
  })

  it('links every citation marker to a named destination that exists', () => {
    const citationIds = new Set(seeds.citations.map((citation) => `cite-${citation.id}`))
    const citeLinks = pdf.links.filter((link) => link.dest.startsWith('cite-'))
    // One link per marker, one marker per source of each statement.
    const sourceOf = new Map(seeds.citations.map((citation) => [citation.id, citation.source]))
    let markers = 0
    JSON.stringify(seeds.sections, (key, value) => {
      if (key === 'citations')
        markers += new Set((value as string[]).map((id) => sourceOf.get(id))).size
      return value
    })
    expect(citeLinks.length).toBe(markers)
    expect(citeLinks.every((link) => link.resolves && citationIds.has(link.dest))).toBe(true)
    expect(pdf.links.filter((link) => !link.resolves)).toEqual([])
    expect(pdf.urls).toContain(
      'https://time.com/7379321/ukraine-russia-peace-talks-end-zelensky-trump-clash/',
    )
  })

  it('has one bookmark per section', () => {
    expect(pdf.outline).toEqual([...seedSectionTitles, 'Sources'])
  })

  it('embeds its fonts (TrueType subsets, no standard Type 1 fonts)', () => {
    expect(pdf.fonts.length).toBeGreaterThanOrEqual(4)
    for (const font of pdf.fonts) {
      expect(font.missingFile, font.name).toBe(false)
      expect(font.name).toMatch(/^[A-Z]{6}\+IBMPlex/)
    }
    const raw = Buffer.from(bytes).toString('latin1')
    expect(raw).not.toMatch(/\/Subtype \/Type1\b/)
    expect(raw.match(/\/FontFile2 /g)?.length).toBe(pdf.fonts.length)
  })

  it('sets metadata from the briefing', () => {
    expect(pdf.info.Title).toBe(seeds.title)
    expect(pdf.info.Subject).toBe(
      'Briefing for 18 February 2026: 5 sources · 3 named outlets · 2 without a known outlet',
    )
    expect(pdf.info.CreationDate).toBe('D:20260218213000Z')
    expect(pdf.info.ModDate).toBe('D:20260218213000Z')
  })

  it('puts page numbers and a running header on the pages', () => {
    expect(pdf.pages).toBeGreaterThan(3)
    expect(pdf.pageTexts[0]).toContain(`Page 1 of ${pdf.pages}`)
    expect(pdf.pageTexts[1]).toContain(`Page 2 of ${pdf.pages}`)
    expect(pdf.pageTexts[0]).not.toContain(`${seeds.title} 18 February 2026`)
    expect(pdf.pageTexts[1]).toContain(`${seeds.title} 18 February 2026`)
  })

  it('is A4 by default and Letter on request', async () => {
    expect(pdf.sizes[0]).toEqual({ width: 595, height: 842 })
    const letter = await readPdf(await renderPdf(seeds, { pageSize: 'Letter' }))
    expect(letter.sizes.every((size) => size.width === 612 && size.height === 792)).toBe(true)
    expect(letter.outline).toEqual(pdf.outline)
  })

  it('is byte-identical when rendered twice', async () => {
    const again = await renderPdf(structuredClone(seeds))
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true)
  })
})

describe('renderPdf glyphs and layout', () => {
  it('prints typographic punctuation, the euro sign and Cyrillic with the embedded fonts', async () => {
    const line = 'Зеленский сказал: «Мы готовы» — “quotes” ‘single’ – €90 billion… non‑breaking'
    const pdf = await readPdf(await renderPdf(briefingWith([line])))
    expect(pdf.text).toContain(line)
    expect(pdf.fonts.every((font) => !font.missingFile)).toBe(true)
  })

  it('breaks long tables across pages between rows, repeating the header, inside the margins', async () => {
    const long =
      'A long account that has to wrap over several lines of the table cell to test row heights.'
    const rows = Array.from({ length: 60 }, (_, index) => ({
      label: `Figure row ${index + 1} end`,
      value: `${index + 1}`,
      agreement: 'single' as const,
      accounts: [
        {
          value: `${index + 1}`,
          statement: { text: `${long} Row ${index + 1} closes here.`, citations: ['c1'] },
        },
      ],
    }))
    const briefing = briefingWith(['One claim.'], {})
    briefing.sections.push({ kind: 'figures', title: 'Figures', rows })
    const pdf = await readPdf(await renderPdf(briefing))
    expect(pdf.pages).toBeGreaterThan(2)
    for (let index = 1; index <= 60; index += 1) {
      const pages = pdf.pageTexts.filter((text) => text.includes(`Row ${index} closes here.`))
      expect(pages.length, `row ${index}`).toBe(1)
      // The whole row is on the page that has its label: rows are not cut.
      expect(pages[0]).toContain(`Figure row ${index} end`)
    }
    const tablePages = pdf.pageTexts.filter(
      (text) => text.includes('Row 30 closes here.') || text.includes('Row 60 closes here.'),
    )
    for (const text of tablePages) expect(text).toContain('FIGURE VALUE AGREEMENT ACCOUNTS')
    // Text stays between the running header and the footer.
    const body = pdf.items.filter(
      (item) => item.str.trim() !== '' && !/^Page \d+ of \d+$/.test(item.str),
    )
    for (const item of body) {
      expect(item.y).toBeGreaterThan(58 - 1)
      expect(item.y).toBeLessThan(842 - 30)
    }
  })

  it('splits a coverage matrix with many topics into charts that fit the page width', async () => {
    const topics = Array.from({ length: 40 }, (_, index) => ({
      id: `t${index + 1}`,
      label: `Topic number ${index + 1}`,
    }))
    const briefing = briefingWith(['One claim.'], {
      coverage: {
        topics,
        cells: topics.map((topic, index) => ({ source: 'S1', topic: topic.id, count: index % 4 })),
      },
    })
    const pdf = await readPdf(await renderPdf(briefing))
    for (const topic of topics) expect(pdf.text).toContain(topic.label)
    const width = pdf.sizes[0]!.width
    for (const item of pdf.items.filter((i) => i.str.trim() !== '')) {
      expect(item.x, item.str).toBeGreaterThanOrEqual(0)
      expect(item.x, item.str).toBeLessThan(width - 30)
    }
    // Each chart repeats the row labels: more than one chart was drawn.
    expect(pdf.items.filter((i) => i.str.includes('[1] Test Outlet')).length).toBeGreaterThan(1)
  })

  it('rejects an invalid briefing with the JSON paths of the problems', async () => {
    const broken = { ...briefingWith(['x']), date: '18/02/2026', sources: [{ id: 'S1' }] }
    await expect(renderPdf(broken as never)).rejects.toThrowErrorMatchingInlineSnapshot(`
      [TypeError: Invalid briefing:
        $.date: expected a string matching ^\\d{4}-\\d{2}-\\d{2}$
        $.sources[0].number: expected a value (property is required)
        $.sources[0].article: expected a value (property is required)
        $.sources[0].outlet: expected a value (property is required)
        $.sources[0].title: expected a value (property is required)
        $.sources[0].byline: expected a value (property is required)
        $.sources[0].published: expected a value (property is required)
        $.sources[0].url: expected a value (property is required)
        $.sources[0].format: expected a value (property is required)]
    `)
  })
})
