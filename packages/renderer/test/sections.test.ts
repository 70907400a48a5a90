import { describe, expect, it } from 'vitest'
import { renderHtml, renderPdf, type SectionRenderer, sectionRenderers } from '../src/index.js'
import { briefingWithAppendix } from './helpers.js'
import { readPdf } from './read-pdf.js'

describe('section renderers', () => {
  it('has one renderer per section kind, in the order sections are shown', () => {
    expect(Object.keys(sectionRenderers)).toEqual([
      'bottom-line',
      'since-last',
      'conflicts',
      'quotes',
      'positions',
      'figures',
      'timeline',
      'exclusives',
    ])
  })

  it('takes a renderer from outside for a kind: its view, its HTML partial, its PDF drawing', async () => {
    // Written as a user of the package would: only the public API.
    const compact: SectionRenderer<'exclusives'> = {
      view: (section, context) => ({
        ...sectionRenderers.exclusives.view(section, context),
        kind: 'exclusives',
        outlets: section.outlets.map((group) => ({
          outlet: `${context.source(group.source).outlet?.toUpperCase()} ONLY`,
          number: context.source(group.source).number,
          sourceTarget: `source-${context.source(group.source).number}`,
          moreLabel: null,
          items: group.items.map(context.statement),
        })),
      }),
      partial: {
        source:
          '<section id="{{anchor}}" class="compact"><h2>{{title}}</h2>{{#each outlets}}<p class="compact-outlet">{{outlet}}: {{#each items}}{{> statement}}{{/each}}</p>{{/each}}</section>',
      },
      pdf: (flow, view, outline) => sectionRenderers.exclusives.pdf(flow, view, outline),
    }
    const briefing = briefingWithAppendix()
    const html = renderHtml(briefing, { sections: { exclusives: compact } })
    expect(html).toContain('<p class="compact-outlet">TEST OUTLET ONLY: <bdi>Only this outlet')
    expect(renderHtml(briefing)).not.toContain('compact-outlet')
    const pdf = await readPdf(await renderPdf(briefing, { sections: { exclusives: compact } }))
    expect(pdf.text).toContain('TEST OUTLET ONLY')
  })

  it('refuses a renderer for a kind that does not exist', () => {
    expect(() =>
      renderHtml(briefingWithAppendix(), {
        sections: { nonsense: sectionRenderers.exclusives } as never,
      }),
    ).toThrow(/no section kind "nonsense"/)
  })

  it('says how much a section cut, in HTML and PDF', async () => {
    const briefing = briefingWithAppendix()
    const html = renderHtml(briefing)
    expect(html).toContain('<p class="more">2 more items not shown.</p>')
    expect(html).toContain('<p class="more">1 more item not shown.</p>')
    const pdf = await readPdf(await renderPdf(briefing))
    expect(pdf.text).toContain('2 more items not shown.')
  })
})

describe('evidence a reader can check', () => {
  it('highlights and anchors each cited sentence in the source text, and links to it', () => {
    const html = renderHtml(briefingWithAppendix())
    expect(html).toContain(
      '<mark class="cited-text" id="text-c1"><a class="cid" href="#cite-c1" title="Cited sentence 1">1</a> <bdi>Only this outlet has the figure.</bdi></mark><bdi> Outro.</bdi>',
    )
    // (Handlebars writes '=' in attributes as &#x3D;, which the browser reads back as '='.)
    // The marker's tooltip opens the sentence in place, with links to the text and the live page.
    expect(html).toContain('<a href="#text-c1">in the source text</a>')
    expect(html).toContain(
      '<a href="https://example.com/story#:~:text&#x3D;Only%20this%20outlet%20has%20the%20figure." rel="noopener noreferrer">on the live page ↗</a>',
    )
    expect(html).toContain('<details class="source-text" id="text-1" open>')
  })

  it('draws the source texts in the PDF, each cited sentence a destination the source list links to', async () => {
    const pdf = await readPdf(await renderPdf(briefingWithAppendix()))
    expect(pdf.text).toContain('Source texts')
    expect(pdf.text).toContain('Intro line.')
    const toText = pdf.links.filter((link) => link.dest === 'text-c1')
    expect(toText.length).toBeGreaterThan(0)
    expect(toText.every((link) => link.resolves)).toBe(true)
    const without = await readPdf(await renderPdf(briefingWithAppendix(), { appendix: false }))
    expect(without.text).not.toContain('Intro line.')
    expect(without.links.some((link) => link.dest === 'text-c1')).toBe(false)
  })
})
