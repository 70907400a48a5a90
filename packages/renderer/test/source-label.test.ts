import type { Source } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { sourceLabel } from '../src/lib/source-label.js'

const source = (fields: Partial<Source>): Source => ({
  id: 'S3',
  number: 3,
  article: '00000000000000a3',
  outlet: null,
  title: 'Mill Flooded as River Breaks Its Banks Overnight',
  byline: null,
  published: { status: 'known', date: '2026-04-03', datetime: null, origin: 'manifest' },
  url: null,
  format: 'plain-text',
  ...fields,
})

// The citations, exclusives and sources list must name a source as the briefing's sentences do.
describe('sourceLabel', () => {
  it('uses the name the briefing gives the source', () => {
    expect(sourceLabel(source({ label: '“Mill Flooded as River Breaks…”' }))).toBe(
      '“Mill Flooded as River Breaks…”',
    )
    expect(
      sourceLabel(source({ outlet: 'Valley Gazette', label: 'Valley Gazette, “Mill…”' })),
    ).toBe('Valley Gazette, “Mill…”')
  })

  it('falls back to the outlet, then to the number, without bidi controls', () => {
    expect(sourceLabel(source({ outlet: '\u202bValley Gazette\u202c' }))).toBe('Valley Gazette')
    expect(sourceLabel(source({ label: '\u202e ' }))).toBe('Source 3 (outlet unknown)')
  })
})
