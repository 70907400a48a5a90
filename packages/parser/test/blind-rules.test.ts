import { describe, expect, it } from 'vitest'
import { findNames } from '../src/lib/annotate/find-names.js'
import { findQuantities, localCurrencies } from '../src/lib/annotate/find-quantities.js'
import { isPromotion } from '../src/lib/clean/promotion.js'
import { paragraphRanges } from '../src/lib/paragraphs.js'
import { readPlainText } from '../src/lib/read-plain.js'
import { reflowPdfText } from '../src/lib/reflow-pdf-text.js'

const kinds = (text: string) => findNames(text).map((c) => `${c.kind}:${c.surface}`)

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

  it('reads the rand, the sol and pounds by the country named most', () => {
    expect(findQuantities('about R25 billion in maintenance', []).map((q) => q.unit)).toEqual([
      'ZAR',
    ])
    expect(findQuantities('take the R40 north', [])).toEqual([])
    expect(findQuantities('1,500 soles a month', [])[0]?.unit).toBe('PEN')
    const egypt = localCurrencies('Egypt’s canal… Egyptian officials… London')
    expect(findQuantities('90 billion pounds', [], { currencies: egypt })[0]?.unit).toBe('EGP')
    expect(findQuantities('90 billion pounds', [])[0]?.unit).toBe('GBP')
    expect(kinds('debt climbed to R95 billion')).toEqual([])
  })

  it('reads "over" after a verb before a span of time as "during"', () => {
    const built = findQuantities('what we built over two years', [])[0]
    expect(built?.hedge).toBeNull()
    expect(findQuantities('the strike lasted over two years', [])[0]?.hedge).toBe('more-than')
    expect(findQuantities('it began over two years ago', [])[0]?.hedge).toBe('more-than')
    expect(findQuantities('over 300 people were moved', [])[0]?.hedge).toBe('more-than')
  })

  it('reads a name after an organisation noun phrase as that organisation', () => {
    expect(kinds('the metalworkers’ union Numsa said')).toEqual(['organization:Numsa'])
    expect(kinds('South Africa’s state power utility Eskom said')).toContain('organization:Eskom')
  })

  it('splits "Title Name of X University" into a person and an organisation', () => {
    const found = findNames('Economist Jane Roe of Dhaka University told reporters')
    expect(found.map((c) => `${c.kind}:${c.surface}`)).toEqual([
      'person:Jane Roe',
      'organization:Dhaka University',
    ])
    expect(found[0]?.affiliation).toBe('Dhaka University')
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
