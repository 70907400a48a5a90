import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { renderHtml, renderPdf } from '../src/index.js'
import { fallbackFonts } from '../src/lib/pdf/fallback-fonts.js'
import { loadedFallbacks } from '../src/lib/pdf/font-set.js'
import { loadedFaces } from '../src/lib/pdf/fonts.js'
import { briefingWith, loadFixture } from './helpers.js'

const require = createRequire(import.meta.url)

/** Whether this process has loaded pdfkit's module. */
const pdfkitLoaded = () => Object.keys(require.cache).some((path) => /[/\\]pdfkit[/\\]/.test(path))

// One file, run in order: what is loaded depends on what ran before in this process.
describe('what a render loads', () => {
  it('an HTML page reads the six faces it shows, no fallback font, and not pdfkit', () => {
    expect(pdfkitLoaded()).toBe(false)
    expect(loadedFaces()).toEqual([])
    renderHtml(loadFixture('seeds-briefing.json'))
    expect(loadedFaces()).toEqual([
      'serif',
      'serifBold',
      'serifItalic',
      'sans',
      'sansBold',
      'sansItalic',
    ])
    expect(loadedFallbacks()).toEqual([])
    expect(pdfkitLoaded()).toBe(false)
  })

  it('a PDF of Latin text loads pdfkit, and still no fallback font', async () => {
    await renderPdf(loadFixture('seeds-briefing.json'), { onWarning: () => {} })
    expect(pdfkitLoaded()).toBe(true)
    expect(loadedFallbacks()).toEqual([])
  })

  it('an Arabic word loads the Arabic fallback only, never the large CJK faces', async () => {
    const briefing = briefingWith(['Cairo: قال الرئيس إن المحادثات مفيدة.'], { title: 'Talks' })
    await renderPdf(briefing, { onWarning: () => {} })
    const arabic = fallbackFonts.find((font) => font.name === 'NotoSansArabic')
    expect(loadedFallbacks()).toEqual([arabic?.regular])
  })
})
