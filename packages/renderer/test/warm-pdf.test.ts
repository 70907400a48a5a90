import { describe, expect, it } from 'vitest'
import { renderPdf, warmPdf } from '../src/index.js'
import { loadedFallbacks } from '../src/lib/pdf/font-set.js'
import { loadedFaces } from '../src/lib/pdf/fonts.js'
import { briefingWith } from './helpers.js'

// One file, run in order: what is loaded depends on what ran before in this process.
describe('warmPdf', () => {
  it('loads the Plex faces a PDF draws with, and no fallback font', async () => {
    expect(loadedFaces()).toEqual([])
    await warmPdf()
    expect(loadedFaces()).toEqual(expect.arrayContaining(['serif', 'sans', 'sansBold']))
    expect(loadedFallbacks()).toEqual([])
  })

  it('changes no byte of a PDF drawn after it', async () => {
    const briefing = briefingWith(
      ['The court upheld the ruling on Tuesday, 3–2.', 'Damages were set at $1.2 million.'],
      { title: 'Appeal rejected' },
    )
    const before = await renderPdf(briefing)
    await warmPdf({ repeat: 2 })
    const after = await renderPdf(briefing)
    expect(Buffer.from(after).equals(Buffer.from(before))).toBe(true)
  })
})
