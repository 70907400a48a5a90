import { createRequire } from 'node:module'
import type { Font, GlyphPosition } from 'fontkit'
import { describe, expect, it } from 'vitest'
import { Flow } from '../src/lib/pdf/flow.js'
import { FontSet } from '../src/lib/pdf/font-set.js'
import { fontFace, fontKeys } from '../src/lib/pdf/fonts.js'
import { pdfLibraries } from '../src/lib/pdf/libraries.js'

const require = createRequire(import.meta.url)
const fontkit = require('fontkit') as { create: (bytes: Buffer) => Font }

// The layout measures a word from the shaping of the word with its trailing space (what drawing
// shapes anyway). That is exact only while every Plex face has 1,000 units to the em and never
// kerns or substitutes across a space; a font update that breaks either fails here.
describe('a word measured from its shaping with a trailing space', () => {
  it('is exact for every character of every Plex face', () => {
    for (const key of fontKeys) {
      const font = fontkit.create(fontFace(key))
      expect(font.unitsPerEm, key).toBe(1000)
      const advance = (text: string) => font.layout(text).advanceWidth
      const space = advance(' ')
      const wrong: string[] = []
      for (const point of font.characterSet) {
        const char = String.fromCodePoint(point)
        if (/\s/u.test(char)) continue
        for (const word of [char, `x${char}`, `${char}${char}`])
          if (advance(`${word} `) - space !== advance(word)) wrong.push(word)
      }
      expect(wrong, key).toEqual([])
    }
  })

  // The shared layouts (`shared-layouts.ts`) take a word's glyphs and positions from the word
  // with its trailing space, and the reverse: exact only while the space is one glyph after the
  // word's, which changes neither their glyphs nor their positions.
  it('has the glyphs and positions of the word, then the space, for every character of every Plex face', () => {
    for (const key of fontKeys) {
      const font = fontkit.create(fontFace(key))
      const shaped = (text: string) => {
        const run = font.layout(text)
        return run.glyphs.map((glyph, index) => {
          const { xAdvance, yAdvance, xOffset, yOffset } = run.positions[index] as GlyphPosition
          return `${glyph.id}:${glyph.codePoints.join('+')}:${xAdvance},${yAdvance},${xOffset},${yOffset}`
        })
      }
      const space = shaped(' ')
      expect(space, key).toHaveLength(1)
      const wrong: string[] = []
      for (const point of font.characterSet) {
        const char = String.fromCodePoint(point)
        if (/\s/u.test(char)) continue
        for (const word of [char, `x${char}`, `${char}${char}`, `${char}x`]) {
          const alone = shaped(word)
          alone.push(space[0] as string)
          if (shaped(`${word} `).join(' ') !== alone.join(' ')) wrong.push(word)
        }
      }
      expect(wrong, key).toEqual([])
    }
  })

  it('gives the width pdfkit gives for the word alone, at any size', async () => {
    const { PDFDocument, createFont } = await pdfLibraries()
    const doc = new PDFDocument({ font: null as unknown as string })
    const fonts = new FontSet(doc, createFont)
    const flow = new Flow(doc, { left: 50, top: 50, width: 400, bottom: 700 }, fonts)
    // A second document measures each word alone, as pdfkit does, with nothing cached by the flow.
    const other = new PDFDocument({ font: null as unknown as string })
    for (const key of fontKeys) other.registerFont(key, fontFace(key))
    const words = [
      'Geneva',
      'six-hour',
      '“difficult',
      'businesslike”',
      '1,000',
      'Zelensky’s',
      'ÉTÉ',
      'Київ',
    ]
    for (const key of fontKeys)
      for (const size of [6.5, 8.6, 9, 10.32, 19])
        for (const word of words) {
          const alone = other.font(key).fontSize(size).widthOfString(word)
          fonts.face(key)
          expect(flow.fontWidth(word, key, size), `${key} ${size} ${word}`).toBe(alone)
        }
  })
})
