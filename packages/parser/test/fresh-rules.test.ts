import { describe, expect, it } from 'vitest'
import { readByline } from '../src/lib/clean/byline.js'
import { readFrontMatter } from '../src/lib/front-matter.js'
import { gluedHeadingSplit } from '../src/lib/glued-heading.js'
import { reflowPdfText } from '../src/lib/reflow-pdf-text.js'

describe('rules found by the fresh evaluation', () => {
  it('drops a job title from a byline and a wiki link from front matter', () => {
    expect(readByline('By Jane Roe, Southeast Asia Correspondent')).toEqual({
      names: 'Jane Roe',
      outlet: null,
    })
    expect(
      readFrontMatter('author:\n  - "[[Jane Roe]]"\n', { file: null, line: 1, offset: 0 }).metadata
        .byline?.value,
    ).toBe('Jane Roe')
  })

  it('splits glued headings before a hedged number, a role noun, and across a comma', () => {
    const a = 'Town Emptied for the Ninth Time About 40 residents were told to leave.'
    expect(a.slice(gluedHeadingSplit(a)!)).toMatch(/^About 40/)
    const b =
      'Scientists See No End Soon Volcanologist Jane Roe of the University of Iceland told reporters.'
    expect(b.slice(gluedHeadingSplit(b)!)).toMatch(/^Volcanologist/)
    const c = 'Lagoon Closes, Flights Unaffected The spa closed for three days.'
    expect(c.slice(gluedHeadingSplit(c)!)).toMatch(/^The spa/)
  })

  it('keeps short PDF header lines apart and drops a lone running head by a page number', () => {
    const long = `Word ${'word '.repeat(16).trim()}`
    const text = `A Short Title Line\nBy Jane Roe\n${long}\n${long}.\n1\nTHE REVIEW\n\n ${long}\n${long}.\n`
    const { ranges, removed } = reflowPdfText(text)
    expect(ranges.map((r) => text.slice(r.start, r.end).split('\n')[0]?.trim())).toEqual([
      'A Short Title Line',
      'By Jane Roe',
      long,
      long,
    ])
    expect(removed.map((r) => r.detail)).toContain('page-break: running head beside a page number')
  })
})
