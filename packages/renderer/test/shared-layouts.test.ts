import { createRequire } from 'node:module'
import type { Font } from 'fontkit'
import { describe, expect, it } from 'vitest'
import { fallbackFonts } from '../src/lib/pdf/fallback-fonts.js'
import { fontFace } from '../src/lib/pdf/fonts.js'
import { pdfLibraries } from '../src/lib/pdf/libraries.js'
import { layoutStats } from '../src/lib/pdf/shared-layouts.js'

const require = createRequire(import.meta.url)
const fontkit = require('fontkit') as { create: (bytes: Buffer) => Font }

/** The part of a pdfkit 0.17 embedded font this file calls. */
interface Embedded {
  layout(
    text: string,
    features?: unknown,
    onlyWidth?: boolean,
  ): {
    glyphs: { id: number; codePoints: number[] }[]
    positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[]
    advanceWidth: number
  }
}

/** A fresh document in the font registered as `name` from `bytes`, and its embedded font. */
async function fontOf(name: string, bytes: Buffer): Promise<Embedded> {
  const { PDFDocument } = await pdfLibraries()
  const doc = new PDFDocument({ font: null as unknown as string })
  doc.registerFont(name, bytes)
  doc.font(name)
  return (doc as unknown as { _font: Embedded })._font
}

/** Glyph ids, code points and positions of a layout, for comparison. */
function described(run: ReturnType<Embedded['layout']>): string[] {
  return run.glyphs.map((glyph, index) => {
    const p = run.positions[index] as ReturnType<Embedded['layout']>['positions'][number]
    return `${glyph.id}:${glyph.codePoints.join('+')}:${p.xAdvance},${p.yAdvance},${p.xOffset},${p.yOffset}`
  })
}

/** Pieces shaped anew while `run` runs. */
function shapedDuring(run: () => void): number {
  const before = layoutStats().misses
  run()
  return layoutStats().misses - before
}

// One file, run in order: the layouts are shared by the whole process.
describe('the layouts documents share', () => {
  it('lays out a line as fontkit does, word by word, with its width', async () => {
    const font = await fontOf('serif', fontFace('serif'))
    const reference = fontkit.create(fontFace('serif'))
    for (const line of ['Tharvex officials said “no”, twice.', 'a\tb  c ', 'ﬁnal ﬂow office', '']) {
      const laid = font.layout(line)
      const expected = reference.layout(line)
      expect(described(laid), line).toEqual(described(expected as never))
      expect(laid.advanceWidth, line).toBe(expected.advanceWidth)
      expect(font.layout(line, undefined, true).advanceWidth, line).toBe(expected.advanceWidth)
    }
  })

  it('shapes a Plex word once, with or without its trailing space', async () => {
    const font = await fontOf('sansBold', fontFace('sansBold'))
    const reference = fontkit.create(fontFace('sansBold'))
    font.layout(' ')
    expect(shapedDuring(() => font.layout('Quorblevant '))).toBe(1)
    expect(shapedDuring(() => font.layout('Quorblevant'))).toBe(0)
    expect(shapedDuring(() => font.layout('office'))).toBe(1)
    expect(shapedDuring(() => font.layout('office '))).toBe(0)
    for (const word of ['Quorblevant', 'Quorblevant ', 'office', 'office '])
      expect(described(font.layout(word)), word).toEqual(described(reference.layout(word) as never))
  })

  it('shapes each form in a font that is not a Plex face', async () => {
    const arabic = fallbackFonts[0]?.regular as string
    const font = await fontOf(
      'NotoSansArabic',
      require('node:fs').readFileSync(require.resolve(arabic)),
    )
    font.layout(' ')
    expect(shapedDuring(() => font.layout('مرحبا '))).toBe(1)
    expect(shapedDuring(() => font.layout('مرحبا'))).toBe(1)
  })
})
