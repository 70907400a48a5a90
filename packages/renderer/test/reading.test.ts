import type { Briefing } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { renderHtml } from '../src/index.js'
import { markContentWords } from '../src/lib/diff-words.js'
import { briefingWith, loadFixture } from './helpers.js'

const seeds = loadFixture('seeds-briefing.json')

describe('the marked difference between quote variants', () => {
  it('skips function words and keeps the text exact', () => {
    const runs = [
      { text: 'We ', changed: false },
      { text: 'have the', changed: true },
      { text: ' ', changed: false },
      { text: 'firm assurance, not', changed: true },
      { text: ' a promise', changed: false },
    ]
    const out = markContentWords(runs, 'en')
    expect(out.map((run) => run.text).join('')).toBe(runs.map((run) => run.text).join(''))
    expect(out.filter((run) => run.changed).map((run) => run.text)).toEqual(['firm assurance, not'])
  })

  it('marks every differing word in a language without a pack', () => {
    const runs = [{ text: 'the have', changed: true }]
    expect(markContentWords(runs, 'xx')).toEqual([{ text: 'the have', changed: true }])
  })

  it('never marks a lone function word in the seeds', () => {
    const html = renderHtml(seeds)
    const marked = [...html.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1]?.toLowerCase())
    expect(marked.length).toBeGreaterThan(5)
    for (const word of ['the', 'have', 'a', 'that', 'to', 'is']) expect(marked).not.toContain(word)
  })
})

describe('bidi controls', () => {
  const override = '\u202e'
  const hostile = (): Briefing => {
    const base = briefingWith([`Tallies ${override}etar mumixam eht${'\u202c'} stay.`])
    const source = base.sources[0] as Briefing['sources'][number]
    return {
      ...base,
      title: `Title ${override}evil`,
      sources: [
        {
          ...source,
          outlet: `Outlet\u2066${override}moc.live`,
          title: `Head\u202bline`,
          byline: `By${'\u2067'} someone`,
          url: `https://example.com/${override}fdp.exe`,
        },
      ],
      skipped: [{ file: `in\u202ebox.txt`, reason: 'Unreadable.', diagnostics: [] }],
    }
  }

  it('are removed from metadata', () => {
    const html = renderHtml(hostile())
    const controls = /[\u202a-\u202e\u2066-\u2069]/
    const head = html.split('<body')[0] ?? ''
    expect(head).not.toMatch(controls)
    for (const value of [
      'Outletmoc.live',
      'Headline',
      'By someone',
      'https://example.com/fdp.exe',
      'inbox.txt',
    ])
      expect(html).toContain(value)
  })

  it('stay in source text only inside an isolating <bdi>', () => {
    const html = renderHtml(hostile())
    let depth = 0
    let outside = 0
    let inside = 0
    for (const match of html.matchAll(/<bdi\b[^>]*>|<\/bdi>|[\u202a-\u202e\u2066-\u2069]/g)) {
      if (match[0].startsWith('</')) depth -= 1
      else if (match[0].startsWith('<')) depth += 1
      else if (depth > 0) inside += 1
      else outside += 1
    }
    expect(depth).toBe(0)
    expect(inside).toBeGreaterThan(0)
    expect(outside).toBe(0)
  })

  it('keeps the page’s CSP and escaping', () => {
    const html = renderHtml(hostile())
    expect(html).toContain("default-src 'none'; style-src 'unsafe-inline'; font-src data:;")
    expect(html).not.toMatch(/<script/i)
  })
})

describe('the reader edition', () => {
  const brief = renderHtml({ ...seeds, edition: 'brief' })
  const dossier = renderHtml(seeds)

  it('is the compact layout, without the coverage chart and the source texts', () => {
    expect(brief).toContain('<body class="edition-brief">')
    expect(dossier).toContain('<body class="edition-dossier">')
    expect(brief).toContain('Reader edition ·')
    expect(brief).not.toContain('id="section-coverage"')
    expect(dossier).toContain('id="section-coverage"')
    const withText = renderHtml({ ...loadFixture('seeds-briefing.json'), edition: 'brief' })
    expect(withText).not.toContain('id="section-appendix"')
  })

  it('still cites every statement and lists every source', () => {
    const marks = (html: string) => html.match(/<a id="mark-m\d+"/g)?.length ?? 0
    expect(marks(brief)).toBe(marks(dossier))
    for (const source of seeds.sources) expect(brief).toContain(`<li id="source-${source.number}"`)
  })
})
