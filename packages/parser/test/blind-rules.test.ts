import { describe, expect, it } from 'vitest'
import { isPromotion } from '../src/lib/clean/promotion.js'
import { paragraphRanges } from '../src/lib/paragraphs.js'
import { readPlainText } from '../src/lib/read-plain.js'
import { reflowPdfText } from '../src/lib/reflow-pdf-text.js'

describe('rules found by the blind evaluation', () => {
  it('keeps title, byline and date lines apart without blank lines between them', () => {
    const text =
      'Storm Halts Ferries Across the Islands\nBy Ana Cruz | The Island Courier\nJuly 9, 2025\n\nMANILA — More than 25,000 passengers were stranded on Tuesday.\n'
    expect(paragraphRanges(text).map((r) => text.slice(r.start, r.end))).toEqual([
      'Storm Halts Ferries Across the Islands',
      'By Ana Cruz | The Island Courier',
      'July 9, 2025',
      'MANILA — More than 25,000 passengers were stranded on Tuesday.',
    ])
    const read = readPlainText(text)
    expect(read.metadata.title?.value).toBe('Storm Halts Ferries Across the Islands')
    expect(read.metadata.published?.value.date).toBe('2025-07-09')
  })

  it('keeps a PDF title apart from the byline under it, whatever its width', () => {
    const wide = 'x'.repeat(90)
    const text = `A Fairly Long Headline About Canal Revenue Falling by Half\nBy Ana Cruz and Ben Ode\nApril 23, 2025\n\nCAIRO - The canal earned about $4 billion in the fiscal year to June, ${wide}\nless than half the record it set two years earlier, the authority said.\n`
    const { ranges } = reflowPdfText(text)
    expect(ranges.slice(0, 3).map((r) => text.slice(r.start, r.end))).toEqual([
      'A Fairly Long Headline About Canal Revenue Falling by Half',
      'By Ana Cruz and Ben Ode',
      'April 23, 2025',
    ])
  })

  it('removes a pitch for a named newsletter', () => {
    expect(
      isPromotion('Sign up for the Harbour Energy Brief, delivered every weekday morning'),
    ).toBe(true)
    expect(isPromotion('Workers were told to sign up for the union’s brief training course.')).toBe(
      false,
    )
  })
})
