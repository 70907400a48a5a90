import { renderHtml, renderPdf } from '@parallax/renderer'
import { describe, expect, it } from 'vitest'
import { composeBriefing } from '../../src/lib/compose/index.js'
import { buildInput } from './build-input.js'

describe('a composed briefing, rendered', () => {
  it('highlights every cited sentence in its source text and keeps every citation in the PDF', async () => {
    const input = await buildInput(new URL('./fixtures/court/', import.meta.url).pathname)
    const briefing = composeBriefing(input)
    const html = renderHtml(briefing)
    for (const citation of briefing.citations) {
      const escaped = citation.excerpt
        .replace(/&/g, '&amp;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#x27;')
      // The mark links back to the sentence's entry (labelled with its number there).
      expect(html).toContain(
        `<mark class="cited-text" id="text-${citation.id}"><a class="cid" href="#cite-${citation.id}" `,
      )
      expect(html).toContain(`</a> <bdi>${escaped}</bdi></mark>`)
    }
    expect(html).toContain(
      'Wire Report and Harbour Herald put the prison sentence at 12 years; Delta News says 14 years.',
    )
    const pdf = await renderPdf(briefing)
    expect(Buffer.from(pdf).toString('latin1')).toMatch(/^%PDF-1\.7/)
  }, 60_000)
})
