import type { Briefing } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { renderHtml } from '../src/index.js'
import { buildView } from '../src/lib/build-view.js'
import { briefingWith, loadFixture } from './helpers.js'

const seeds = loadFixture('seeds-briefing.json')
const html = renderHtml(seeds)

/** Two sources; the statement cites source 2's sentence, then two sentences of source 1 (late one first), then source 2's again. */
function twoSources(): Briefing {
  const base = briefingWith([
    'A first sentence.',
    'A second sentence.',
    'Another outlet’s sentence.',
  ])
  const citations = base.citations.map((citation, index) => ({
    ...citation,
    source: index === 2 ? 'S2' : 'S1',
    provenance: { ...citation.provenance, span: { start: [40, 10, 0][index] as number, end: 60 } },
  }))
  const second = {
    ...(base.sources[0] as Briefing['sources'][number]),
    id: 'S2',
    number: 2,
    outlet: 'Second Outlet',
  }
  return {
    ...base,
    citations,
    sources: [...base.sources, second],
    sections: [
      {
        kind: 'bottom-line',
        title: 'Bottom line',
        items: [{ text: 'Both say so.', citations: ['c3', 'c1', 'c2', 'c3'] }],
      },
    ],
  }
}

describe('citation marks', () => {
  it('are one per source, in source order, never repeated', () => {
    expect(html.split('<span class="cites">').length).toBeGreaterThan(50)
    for (const group of html.split('<span class="cites">').slice(1)) {
      const numbers = [
        ...(group.split(/<\/span><\/span><\/span>(?!<span class="cite">)/)[0] ?? '').matchAll(
          /aria-describedby="tip-m\d+">\[(\d+)\]<\/a>/g,
        ),
      ].map((match) => Number(match[1]))
      expect(numbers.length).toBeGreaterThan(0)
      expect(numbers, group.slice(0, 200)).toEqual([...new Set(numbers)].sort((a, b) => a - b))
    }
    // The statement that used to read "refuses.[1][2][3][5][1]".
    const view = buildView(seeds)
    const bottom = view.sections.find((section) => section.kind === 'bottom-line')
    const items = bottom?.kind === 'bottom-line' ? bottom.items : []
    const refuses = items.find((item) => item.text.endsWith('Kyiv refuses.'))
    expect(refuses?.cites.map((cite) => cite.number)).toEqual([1, 2, 3, 5])
  })

  it('open every sentence of their source that the statement cites, in source order', () => {
    const view = buildView(twoSources())
    const section = view.sections[0]
    const cites = section && section.kind === 'bottom-line' ? (section.items[0]?.cites ?? []) : []
    expect(cites.map((cite) => cite.number)).toEqual([1, 2])
    expect(cites[0]?.sentences.map((sentence) => sentence.citation)).toEqual(['c2', 'c1'])
    expect(cites[0]?.target).toBe('cite-c2')
    expect(cites[1]?.sentences.map((sentence) => sentence.citation)).toEqual(['c3'])
    const out = renderHtml(twoSources())
    const tip =
      /<span class="tip" role="tooltip" id="tip-m1">(.*?)<\/span><\/span>(?=<span class="cite">)/.exec(
        out,
      )?.[1] ?? ''
    expect(tip.match(/class="tip-sentence"/g)).toHaveLength(2)
    expect(tip.indexOf('A second sentence.')).toBeLessThan(tip.indexOf('A first sentence.'))
  })
})

describe('cited sentences as shown', () => {
  const excerpts = [
    ...html.matchAll(/<bdi class="excerpt">(.*?)<\/bdi>/g),
    ...html.matchAll(/<span class="tip-sentence"><bdi>(.*?)<\/bdi>/g),
  ].map((match) => match[1] ?? '')

  it('never close a quotation twice', () => {
    expect(excerpts.length).toBeGreaterThan(100)
    const doubled = excerpts.filter((text) => /[”"][.,;]?[”"]\s*$/.test(text))
    expect(doubled).toEqual([])
    expect(html).not.toMatch(/””|”\.”|”,”/)
  })

  it('leave out the source’s own reference markers, which stay in the citation’s excerpt', () => {
    expect(seeds.citations.some((citation) => /\[\d+\]/.test(citation.excerpt))).toBe(true)
    expect(excerpts.filter((text) => /\[\d+\]/.test(text))).toEqual([])
    expect(html).toContain('urging continuation on Wednesday.</bdi>')
  })
})

describe('the source list', () => {
  it('numbers each source’s cited sentences once, in the order of the source', () => {
    expect(html).not.toMatch(/<span class="cid">c\d+<\/span>/)
    for (const source of seeds.sources) {
      const entry = html.split(`<li id="source-${source.number}" `)[1]?.split('</details>')[0] ?? ''
      const ids = [...entry.matchAll(/<li id="cite-(c\d+)" value="(\d+)">/g)]
      expect(ids.map((match) => Number(match[2]))).toEqual(ids.map((_, index) => index + 1))
      const starts = ids.map(
        (match) =>
          seeds.citations.find((citation) => citation.id === match[1])?.provenance.span.start ?? -1,
      )
      expect(starts).toEqual([...starts].sort((a, b) => a - b))
    }
  })

  it('leads back from each cited sentence to every mark that cites it', () => {
    const marks = new Set([...html.matchAll(/<a id="(mark-m\d+)"/g)].map((match) => match[1]))
    const backs = [...html.matchAll(/<a href="#(mark-m\d+)" title="Back to ([^"]+)">/g)]
    // Every mark is reached back (a mark opening two sentences is reached from both).
    expect(new Set(backs.map((match) => match[1]))).toEqual(marks)
    for (const [, target] of backs) expect(marks.has(target)).toBe(true)
    const titles = new Set(seeds.sections.map((section) => section.title))
    for (const [, , label] of backs)
      expect(titles.has((label ?? '').replace(/ \(\d+\)$/, ''))).toBe(true)
  })

  it('says once, near the top, how the marks work', () => {
    const how = html.indexOf('<p class="how">')
    expect(how).toBeGreaterThan(-1)
    expect(how).toBeLessThan(html.indexOf('<main'))
    expect(html.match(/hover over or focus/g)).toHaveLength(1)
  })

  it('lists coverage and skipped inputs in the top menu', () => {
    const nav = html.split('<nav')[1]?.split('</nav>')[0] ?? ''
    for (const [anchor, label] of [
      ['section-coverage', 'Coverage by topic'],
      ['section-skipped', 'Skipped inputs'],
    ]) {
      expect(nav).toContain(`<a href="#${anchor}">${label}</a>`)
      expect(html).toContain(`id="${anchor}"`)
    }
  })
})
