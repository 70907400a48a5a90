import { describe, expect, it } from 'vitest'
import { renderPdf } from '../src/index.js'
import { fitText } from '../src/lib/pdf/fit-text.js'
import { briefingWith } from './helpers.js'
import { readPdf } from './read-pdf.js'

describe('fitText', () => {
  const widthOf = (text: string) => Array.from(text).length * 5

  it('keeps a value that fits', () => {
    expect(fitText('short', 100, widthOf)).toBe('short')
  })

  it('cuts to the longest prefix that fits with the ellipsis, in log2(n) measurements', () => {
    let calls = 0
    const value = 'word '.repeat(2000)
    const fitted = fitText(value, 200, (text) => {
      calls += 1
      return widthOf(text)
    })
    expect(fitted.endsWith('…')).toBe(true)
    expect(widthOf(fitted)).toBeLessThanOrEqual(200)
    expect(value.startsWith(fitted.slice(0, -1))).toBe(true)
    expect(calls).toBeLessThanOrEqual(16)
  })

  it('never cuts a character in two', () => {
    const fitted = fitText('🙂'.repeat(50), 50, widthOf)
    expect(Array.from(fitted).every((char) => char === '🙂' || char === '…')).toBe(true)
  })
})

describe('renderPdf with a very long title', () => {
  it('renders a 10,000-character title in seconds, the running header cut to fit', async () => {
    const title = 'Longtitle '.repeat(1000).trim()
    const briefing = { ...briefingWith(['One claim.']), title }
    const started = process.cpuUsage()
    const pdf = await readPdf(await renderPdf(briefing))
    const cpuSeconds = process.cpuUsage(started).user / 1e6
    // Before the fix this took more than 180 s; it now takes about 2 s of CPU here.
    expect(cpuSeconds).toBeLessThan(30)
    expect(pdf.pages).toBeGreaterThan(1)
    const header = pdf.items.find(
      (item) => item.page === 2 && item.y > 842 - 62 && item.str.startsWith('Longtitle'),
    )
    expect(header?.str.endsWith('…')).toBe(true)
    expect(header?.str.length ?? 0).toBeLessThan(200)
  }, 120_000)
})
