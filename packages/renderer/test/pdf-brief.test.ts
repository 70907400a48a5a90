import { writeFileSync } from 'node:fs'
import type { Briefing, Section } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { renderPdf } from '../src/index.js'
import { loadFixture } from './helpers.js'
import { readPdf } from './read-pdf.js'

const seeds = loadFixture('seeds-briefing.json')

/**
 * The seeds briefing cut to what a reader edition holds (until the briefing command makes one):
 * the bottom line, the conflicts, three quotes, the key figures, a short timeline, the sources.
 */
function readerEdition(briefing: Briefing): Briefing {
  const keep = (section: Section): Section | null => {
    switch (section.kind) {
      case 'bottom-line':
        return { ...section, items: section.items.slice(0, 4) }
      case 'conflicts':
        return { ...section, rows: section.rows.slice(0, 3) }
      case 'quotes': {
        let left = 3
        const speakers = []
        for (const speaker of section.speakers) {
          if (left === 0) break
          const statements = speaker.statements.slice(0, Math.min(left, 1))
          left -= statements.length
          speakers.push({ ...speaker, statements })
        }
        return { ...section, speakers }
      }
      case 'figures':
        return { ...section, rows: section.rows.slice(0, 4) }
      case 'timeline':
        return { ...section, entries: section.entries.slice(0, 5) }
      default:
        return null
    }
  }
  return {
    ...briefing,
    edition: 'brief',
    sections: briefing.sections.map(keep).filter((section) => section !== null),
  }
}

describe('renderPdf: the reader edition', () => {
  const brief = readerEdition(seeds)

  for (const pageSize of ['A4', 'Letter'] as const) {
    it(`fits the seeds' reader edition on two ${pageSize} pages, every citation resolving`, async () => {
      const bytes = await renderPdf(brief, { pageSize })
      if (process.env.PDF_OUT) writeFileSync(`${process.env.PDF_OUT}/brief-${pageSize}.pdf`, bytes)
      const pdf = await readPdf(bytes)
      expect(pdf.pages).toBeLessThanOrEqual(2)
      const cites = pdf.links.filter((link) => link.dest.startsWith('cite-'))
      expect(cites.length).toBeGreaterThan(10)
      expect(pdf.links.filter((link) => !link.resolves)).toEqual([])
      for (const source of brief.sources) expect(pdf.text).toContain(`[${source.number}]`)
    })
  }

  it('is laid out more compactly than the dossier of the same content', async () => {
    const dossier = await readPdf(await renderPdf({ ...brief, edition: 'dossier' }))
    const compact = await readPdf(await renderPdf(brief))
    expect(compact.pages).toBeLessThan(dossier.pages)
    // No back matter and no source texts in the reader edition.
    expect(compact.outline).not.toContain('Source texts')
    expect(compact.text).not.toContain('Coverage by topic')
    expect(dossier.text).toContain('Coverage by topic')
  })
})
