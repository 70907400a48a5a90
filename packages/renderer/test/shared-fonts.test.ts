import { Briefing, Section, validate } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { renderPdf } from '../src/index.js'
import { fontFace } from '../src/lib/pdf/fonts.js'
import { pdfLibraries } from '../src/lib/pdf/libraries.js'
import { warmBriefing } from '../src/lib/pdf/warm-briefing.js'
import { briefingWith, loadFixture } from './helpers.js'

/** The parts of a pdfkit 0.17 document this file reads. */
interface Internals {
  _font: { font: { _glyphs: Record<number, unknown> } }
}

async function documentWith(face: 'serif' | 'sansBold'): Promise<Internals> {
  const { PDFDocument } = await pdfLibraries()
  const doc = new PDFDocument({ font: null as unknown as string })
  doc.registerFont(face, fontFace(face))
  doc.font(face)
  return doc as unknown as Internals
}

// One file, run in order: fonts are shared by the whole process.
describe('fonts the documents of a process share', () => {
  const first = briefingWith(
    ['The council approved the budget on Tuesday, 7–2.', 'Rents rose by 4.5% in “the old town”.'],
    { title: 'Budget passed' },
  )
  let firstBytes: Uint8Array

  it('a document drawn after others has the same bytes as when drawn first', async () => {
    firstBytes = await renderPdf(first, { onWarning: () => {} })
    // Other documents, with other words, quotes and faces (the warm-up has every section kind).
    await renderPdf(warmBriefing(2), { onWarning: () => {} })
    await renderPdf(loadFixture('seeds-briefing.json'), { onWarning: () => {} })
    await renderPdf(
      briefingWith(['Fünf Minister — ‘ohne Einigung’ — trafen sich in Genf (17.–18. Februar).'], {
        title: 'Gespräche',
      }),
      { onWarning: () => {} },
    )
    const again = await renderPdf(first, { onWarning: () => {} })
    expect(Buffer.from(again).equals(Buffer.from(firstBytes))).toBe(true)
  })

  it('each document reads the tables of one font object per file, with glyphs of its own', async () => {
    const a = await documentWith('serif')
    const b = await documentWith('serif')
    const c = await documentWith('sansBold')
    expect(a._font.font).not.toBe(b._font.font)
    expect(Object.getPrototypeOf(a._font.font)).toBe(Object.getPrototypeOf(b._font.font))
    expect(Object.getPrototypeOf(c._font.font)).not.toBe(Object.getPrototypeOf(a._font.font))
    expect(a._font.font._glyphs).not.toBe(b._font.font._glyphs)
  })
})

describe('warmBriefing', () => {
  it('is a valid briefing with one section of every kind the schema has', () => {
    const briefing = warmBriefing(1)
    expect(validate(Briefing, briefing).ok).toBe(true)
    const kinds = (
      Section as unknown as { anyOf: { properties: { kind: { const: string } } }[] }
    ).anyOf.map((kind) => kind.properties.kind.const)
    expect(briefing.sections.map((section) => section.kind)).toEqual(kinds)
  })
})
