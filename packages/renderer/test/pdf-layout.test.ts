import type { Briefing } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { renderPdf } from '../src/index.js'
import { briefingWith, loadFixture } from './helpers.js'
import { readPdf } from './read-pdf.js'

const seeds = loadFixture('seeds-briefing.json')
/** A4 body box: text baselines lie between these, measured from the top of the page. */
const top = 62
const bottom = 842 - 58

/** A briefing of `fillers` one-line claims, then a timeline of `rows` events. */
function withTimeline(fillers: number, rows: number): Briefing {
  const claims = Array.from({ length: fillers }, (_, index) => `Filler claim ${index + 1}.`)
  const briefing = briefingWith(claims.length > 0 ? claims : ['One claim.'], { title: 'Layout' })
  briefing.sections.push({
    kind: 'timeline',
    title: 'Timeline',
    entries: Array.from({ length: rows }, (_, index) => ({
      date: {
        start: `2026-02-${String((index % 27) + 1).padStart(2, '0')}`,
        end: `2026-02-${String((index % 27) + 1).padStart(2, '0')}`,
        granularity: 'day',
      },
      label: `${(index % 27) + 1} Feb 2026`,
      statement: {
        text: `Event ${index + 1} happened, told over enough words to take two lines of the event column of the table.`,
        citations: ['c1'],
      },
    })),
  })
  return briefing
}

describe('renderPdf page layout', async () => {
  const seedsPdf = await readPdf(await renderPdf(seeds))

  it('keeps every heading on the page of what follows it', () => {
    const pdf = seedsPdf
    pdf.tagged.forEach((node, index) => {
      if (node.role !== 'H2' && node.role !== 'H3') return
      expect(pdf.tagged[index + 1]?.page, node.text).toBe(node.page)
    })
  })

  it('fills each page but the last to at least 70% (no near-blank page before a section)', () => {
    const pdf = seedsPdf
    for (let page = 1; page < pdf.pages; page += 1) {
      let lowest = 0
      for (const item of pdf.items)
        if (item.page === page && item.str.trim() !== '' && !/^Page \d+ of/.test(item.str))
          lowest = Math.max(lowest, 842 - item.y)
      expect((lowest - top) / (bottom - top), `page ${page}`).toBeGreaterThanOrEqual(0.7)
    }
  })

  it('starts a section on the same page when its heading and first rows fit there', async () => {
    // About a third of the page left after the bottom line: the timeline starts on page 1.
    const pdf = await readPdf(await renderPdf(withTimeline(24, 6)))
    expect(pdf.pageTexts[0]).toContain('Timeline')
    expect(pdf.pageTexts[0]).toContain('Event 1 happened')
  })

  it('never carries the last table row alone onto a page', async () => {
    let crossings = 0
    for (let fillers = 12; fillers <= 22; fillers += 1) {
      const pdf = await readPdf(await renderPdf(withTimeline(fillers, 8)))
      const pageOf = (event: number) =>
        pdf.pageTexts.findIndex((text) => text.includes(`Event ${event} happened`))
      const pages = Array.from({ length: 8 }, (_, index) => pageOf(index + 1))
      if (new Set(pages).size > 1) crossings += 1
      expect(pages[7], `fillers ${fillers}: ${pages.join(',')}`).toBe(pages[6])
    }
    // The sweep does move the table across a page break.
    expect(crossings).toBeGreaterThan(3)
  })
})
