import { Briefing, type SinceLastSection, validate } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { addSinceLast } from '../src/lib/since-last/add-since-last.js'
import { matchClusters } from '../src/lib/since-last/match-clusters.js'
import { DAY1, DAY2, day2Briefing, TEXTS } from './helpers/runs.js'

const previous = {
  date: '2026-03-04',
  generatedAt: '2026-03-04T18:00:00Z',
  briefing: { ...day2Briefing(), date: '2026-03-04' },
  alignment: DAY1,
}

describe('matchClusters', () => {
  it('pairs clusters across runs by content, not by id', () => {
    const matched = matchClusters(DAY1, DAY2)
    expect(Object.fromEntries([...matched].map(([id, c]) => [id, c.id]))).toEqual({
      x1: 'k1',
      x2: 'k2',
      x9: 'k3',
    })
  })

  it('never pairs quotes of different speakers', () => {
    expect(matchClusters(DAY1, DAY2).has('x3')).toBe(false)
  })
})

describe('addSinceLast', () => {
  const briefing = addSinceLast(day2Briefing(), DAY2, previous)
  const section = briefing.sections[1] as SinceLastSection

  it('inserts a valid section right after the bottom line', () => {
    expect(validate(Briefing, briefing).ok).toBe(true)
    expect(briefing.sections.map((s) => s.kind)).toEqual([
      'bottom-line',
      'since-last',
      'exclusives',
    ])
    expect(section.previous).toEqual({ date: '2026-03-04', generatedAt: '2026-03-04T18:00:00Z' })
  })

  it('reports the resolved conflict, the moved position, the new quote and the new figure, in that order', () => {
    expect(section.items.map((i) => [i.change, i.statement.text])).toEqual([
      [
        'resolved',
        'Sources now agree on vehicles crossing the bridge each day, disputed on 2026-03-04: 40,000 vehicles.',
      ],
      [
        'changed',
        'The city moved from demand to offer since 2026-03-04: partial reopening of the bridge.',
      ],
      ['new', 'Engineer Diaz: “The cracks are spreading”'],
      ['new', 'Repairs will cost 12 million dollars.'],
    ])
  })

  it('cites current sentences whose spans slice to the source, reusing the briefing’s citations', () => {
    const byId = new Map(briefing.citations.map((c) => [c.id, c]))
    expect(section.items[0]?.statement.citations[0]).toBe('c1')
    for (const item of section.items) {
      expect(item.statement.citations.length).toBeGreaterThan(0)
      for (const id of item.statement.citations) {
        const citation = byId.get(id)
        expect(citation).toBeDefined()
        const { article, span } = citation?.provenance ?? {
          article: '',
          span: { start: 0, end: 0 },
        }
        expect(TEXTS[article]?.slice(span.start, span.end)).toBe(citation?.excerpt)
      }
    }
    expect(new Set(briefing.citations.map((c) => c.id)).size).toBe(briefing.citations.length)
  })

  it('says how many more changes there are when it cuts', () => {
    const cut = addSinceLast(day2Briefing(), DAY2, previous, { maxItems: 2 })
    const s = cut.sections[1] as SinceLastSection
    expect(s.items).toHaveLength(2)
    expect(s.title).toBe('Since the last briefing (2 more changes not shown)')
  })

  it('flags a changed figure and a new conflict the other way round', () => {
    const back = addSinceLast(
      { ...day2Briefing(), sources: day2Briefing().sources.concat([]) },
      DAY1,
      {
        ...previous,
        date: '2026-03-03',
        alignment: DAY2,
      },
    )
    const items = (back.sections[1] as SinceLastSection).items.map((i) => [
      i.change,
      i.statement.text,
    ])
    expect(items).toContainEqual([
      'new',
      'New conflict on the figure (vehicles crossing the bridge each day): “40,000” or “38,000” (counted on different days).',
    ])
    expect(items).toContainEqual([
      'changed',
      'The city moved from offer to demand since 2026-03-03: reopening of the bridge after inspection.',
    ])
  })

  it('leaves the briefing as it is when nothing changed', () => {
    const same = addSinceLast(day2Briefing(), DAY2, { ...previous, alignment: DAY2 })
    expect(same).toEqual(day2Briefing())
  })
})
