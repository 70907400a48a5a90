import type { Diagnostic } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { renderPdf } from '../src/index.js'
import { briefingWith } from './helpers.js'
import { readPdf } from './read-pdf.js'

async function render(lines: readonly string[]) {
  const warnings: Diagnostic[] = []
  const briefing = briefingWith(lines, { title: 'Scripts' })
  const bytes = await renderPdf(briefing, { onWarning: (w) => warnings.push(w) })
  return { pdf: await readPdf(bytes), warnings, bytes }
}

describe('renderPdf scripts beyond Latin and Cyrillic', () => {
  it('draws Chinese, Japanese, Korean, Hebrew, Arabic and emoji with embedded fallback fonts', async () => {
    const lines = [
      'Beijing said 你好世界 today.',
      'Tokyo: 日本語のテキスト and Seoul: 한국어 문장.',
      'Jerusalem: שלום עולם (test) end.',
      'Cairo: قال الرئيس إن المحادثات مفيدة 2026 today.',
      'Mood: 🙂 🌍 done.',
    ]
    const { pdf, warnings } = await render(lines)
    expect(warnings).toEqual([])
    for (const sample of ['你好世界', '日本語のテキスト', '한국어 문장', 'שלום עולם', '🙂', '🌍'])
      expect(pdf.text).toContain(sample)
    // pdf.js splits Arabic where marks are positioned and reads joining glyphs without a
    // character as control codes; each word is there, in its letters.
    const letters = pdf.text.replace(/[\s\p{Cc}]+/gu, '')
    for (const word of ['قال', 'الرئيس', 'إن', 'المحادثات', 'مفيدة'])
      expect(letters).toContain(word)
    const names = pdf.fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, ''))
    for (const family of [
      'NotoSansSC',
      'NotoSansKR',
      'NotoSansHebrew',
      'NotoSansArabic',
      'NotoEmoji',
    ])
      expect(
        names.some((name) => name.startsWith(family)),
        family,
      ).toBe(true)
    for (const font of pdf.fonts) expect(font.missingFile, font.name).toBe(false)
  })

  it('draws right-to-left runs in visual order, words and letters right to left', async () => {
    const { pdf } = await render(['Before שלום עולם after.'])
    const drawn = pdf.drawn[0]?.join('') ?? ''
    // Logical "שלום עולם" is drawn left to right as the reversed letters: "םלוע םולש".
    expect(drawn.replace(/\s+/g, ' ')).toContain('םלוע םולש')
    expect(drawn.indexOf('Before')).toBeLessThan(drawn.indexOf('םלוע'))
    expect(drawn.indexOf('םולש')).toBeLessThan(drawn.indexOf('after.'))
  })

  it('keeps numbers inside an Arabic run left to right, after the run on the page', async () => {
    const { pdf } = await render(['Cairo: قال الرئيس 2026 today.'])
    const all = pdf.drawn[0]?.join('') ?? ''
    const drawn = all.slice(all.indexOf('Cairo:'))
    // Visually: "Cairo: 2026 <the Arabic, right to left> today.": the number leads the RTL run.
    expect(drawn.indexOf('2026')).toBeGreaterThan(0)
    expect(drawn.indexOf('2026')).toBeLessThan(drawn.indexOf('ق'))
  })

  it('warns once per character no font can draw, naming its code point', async () => {
    const { warnings } = await render(['Linear B 𐀀 and 𐀁 and 𐀀 again.'])
    expect(warnings.map((w) => [w.code, w.severity])).toEqual([
      ['render/missing-glyph', 'warning'],
      ['render/missing-glyph', 'warning'],
    ])
    expect(warnings[0]?.message).toContain('U+10000')
    expect(warnings[1]?.message).toContain('U+10001')
  })

  it('drops bidi override characters, so text is drawn as it reads', async () => {
    const { pdf } = await render(['Pay \u202Eevil\u202C now.'])
    const drawn = pdf.drawn[0]?.join('') ?? ''
    expect(drawn).toContain('evil')
    expect(drawn).not.toContain('\u202E')
  })

  it('is byte-identical when rendered twice with fallback fonts', async () => {
    const lines = ['中文 عربي עברית 🙂']
    const first = await renderPdf(briefingWith(lines), { onWarning: () => {} })
    const second = await renderPdf(briefingWith(lines), { onWarning: () => {} })
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true)
  })
})
