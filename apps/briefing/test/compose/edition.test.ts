import { Briefing, validate } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { composeBriefing, editions } from '../../src/lib/compose/index.js'
import { expectInvariants, statementsOf } from './invariants.js'
import { syntheticInput } from './synthetic.js'

type Sections = Briefing['sections']
const find = <K extends Sections[number]['kind']>(sections: Sections, kind: K) =>
  sections.find((s) => s.kind === kind) as Extract<Sections[number], { kind: K }> | undefined

describe('the reader edition (edition: brief)', () => {
  const input = syntheticInput(200)
  const dossier = composeBriefing(input)
  const brief = composeBriefing(input, { edition: 'brief' })

  it('is a valid briefing marked brief, every statement cited', () => {
    expect(validate(Briefing, brief).ok).toBe(true)
    expect(brief.edition).toBe('brief')
    expect(dossier.edition).toBeUndefined()
    expectInvariants(brief, input)
    for (const statement of statementsOf(brief))
      expect(statement.citations.length).toBeGreaterThan(0)
  })

  it('has the bottom line, conflicts, quotes, figures and timeline, in that order', () => {
    expect(brief.sections.map((s) => s.kind)).toEqual([
      'bottom-line',
      'conflicts',
      'quotes',
      'figures',
      'timeline',
    ])
    expect(dossier.sections.map((s) => s.kind)).toContain('positions')
  })

  it('keeps the three most important quotes, and says what was cut', () => {
    const quotes = find(brief.sections, 'quotes')
    const all = find(dossier.sections, 'quotes')
    const shown = quotes?.speakers.flatMap((s) => s.statements) ?? []
    expect(shown).toHaveLength(3)
    // The first quote is the dossier's first: the most important one.
    expect(shown[0]?.variants[0]?.text).toEqual(all?.speakers[0]?.statements[0]?.variants[0]?.text)
    const cut =
      (quotes?.more ?? 0) + (quotes?.speakers ?? []).reduce((n, s) => n + (s.more ?? 0), 0)
    expect(cut).toBeGreaterThan(0)
  })

  it('cuts each section to its limits, with counts of the rest', () => {
    const { limits } = editions.brief
    const bottom = find(brief.sections, 'bottom-line')
    expect(bottom?.items.length).toBeLessThanOrEqual(limits.bottomLineMax ?? 0)
    expect(bottom?.more).toBeGreaterThan(0)
    expect(find(brief.sections, 'conflicts')?.rows.length).toBeLessThanOrEqual(
      limits.conflictsMax ?? 0,
    )
    expect(find(brief.sections, 'figures')?.rows).toHaveLength(limits.figuresMax ?? 0)
    expect(find(brief.sections, 'timeline')?.entries).toHaveLength(limits.timelineMax ?? 0)
    expect(find(brief.sections, 'timeline')?.more).toBeGreaterThan(0)
    expect(brief.citations.length).toBeLessThan(dossier.citations.length / 2)
    expect(brief.sources.every((s) => s.appendix === undefined)).toBe(true)
  })

  it('lets an option still win over the edition', () => {
    const wider = composeBriefing(input, { edition: 'brief', figuresMax: 7 })
    expect(find(wider.sections, 'figures')?.rows).toHaveLength(7)
  })
})
