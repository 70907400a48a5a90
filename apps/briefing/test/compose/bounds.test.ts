import { describe, expect, it } from 'vitest'
import { composeBriefing } from '../../src/lib/compose/index.js'
import { expectInvariants } from './invariants.js'
import { syntheticInput } from './synthetic.js'

describe('section bounds on a large alignment', () => {
  it('1,000 articles still give a short briefing that says how much was cut', () => {
    const input = syntheticInput(1000)
    // CPU time, not wall time: the test machine may be shared.
    const started = process.cpuUsage()
    const briefing = composeBriefing(input, { appendix: false })
    const used = process.cpuUsage(started)
    const elapsed = (used.user + used.system) / 1000
    expectInvariants(briefing, input)
    const section = <K extends string>(kind: K) =>
      briefing.sections.find((s) => s.kind === kind) as Extract<
        (typeof briefing.sections)[number],
        { kind: K }
      >
    expect(section('bottom-line').items).toHaveLength(6)
    expect(section('bottom-line').more).toBeGreaterThan(100)
    expect(section('conflicts').rows).toHaveLength(12)
    expect(section('conflicts').more).toBeGreaterThan(0)
    // Hard conflicts before soft ones.
    const severities = section('conflicts').rows.map((row) => row.severity)
    expect(
      severities.indexOf('soft') === -1 ||
        severities.lastIndexOf('hard') < severities.indexOf('soft'),
    ).toBe(true)
    expect(section('quotes').speakers.length).toBeLessThanOrEqual(8)
    for (const speaker of section('quotes').speakers)
      expect(speaker.statements.length).toBeLessThanOrEqual(4)
    expect(section('quotes').speakers.some((speaker) => (speaker.more ?? 0) > 0)).toBe(true)
    expect(section('positions').parties.length).toBeLessThanOrEqual(6)
    expect(section('figures').rows).toHaveLength(12)
    expect(section('timeline').entries).toHaveLength(15)
    const dates = section('timeline').entries.map((entry) => entry.date?.start ?? '')
    expect([...dates].sort()).toEqual(dates)
    expect(section('exclusives').outlets).toHaveLength(8)
    expect(section('exclusives').more).toBeGreaterThan(900)
    expect(briefing.citations.length).toBeLessThan(400)
    expect(briefing.sources).toHaveLength(1000)
    expect(briefing.coverage.topics.length).toBeLessThanOrEqual(12)
    expect(elapsed).toBeLessThan(5000)
    console.log(`composed 1,000 articles in ${Math.round(elapsed)} ms of CPU`)
  }, 60_000)

  it('gives the text of at most appendixMax sources, those cited most', () => {
    const input = syntheticInput(300)
    const briefing = composeBriefing(input, { appendixMax: 5 })
    const withText = briefing.sources.filter((s) => s.appendix !== undefined)
    expect(withText).toHaveLength(5)
    const count = (id: string) => briefing.citations.filter((c) => c.source === id).length
    const least = withText.reduce((n, s) => Math.min(n, count(s.id)), Number.POSITIVE_INFINITY)
    for (const source of briefing.sources)
      if (source.appendix === undefined) expect(count(source.id)).toBeLessThanOrEqual(least)
    const cited = new Set(briefing.citations.map((c) => c.source)).size
    expect(cited).toBeGreaterThan(5)
    expect(composeBriefing(input).sources.filter((s) => s.appendix).length).toBe(
      Math.min(cited, 40),
    )
  }, 60_000)

  it('limits are options', () => {
    const input = syntheticInput(60)
    const briefing = composeBriefing(input, { bottomLineMax: 3, bottomLineMin: 3, timelineMax: 2 })
    const bottom = briefing.sections.find((s) => s.kind === 'bottom-line')
    const timeline = briefing.sections.find((s) => s.kind === 'timeline')
    expect(bottom?.kind === 'bottom-line' && bottom.items.length).toBe(3)
    expect(timeline?.kind === 'timeline' && timeline.entries.length).toBe(2)
    expect(() => composeBriefing(input, { figuresMax: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: compose option figuresMax must be a positive integer, got 0]`,
    )
  })
})

describe('input that does not fit', () => {
  it('names the claim whose span lies outside its sentence', () => {
    const input = syntheticInput(2, 2)
    const claim = input.alignment.claims[0]
    if (!claim) throw new Error('no claim')
    const moved = { ...claim, provenance: { ...claim.provenance, span: { start: 0, end: 500 } } }
    const broken = {
      ...input,
      alignment: { ...input.alignment, claims: [moved, ...input.alignment.claims.slice(1)] },
    }
    expect(() => composeBriefing(broken)).toThrow(
      `claim ${claim.id}: span 0–500 is outside the source text`,
    )
  })
})

describe('a claim that runs past its sentence', () => {
  it('is cited by the part inside the sentence it starts in', () => {
    const input = syntheticInput(3, 3)
    const claim = input.alignment.claims[0]
    if (!claim) throw new Error('no claim')
    const article = input.articles.find((a) => a.id === claim.provenance.article)
    const first = article?.annotations.sentences[0]
    const second = article?.annotations.sentences[1]
    if (!first || !second) throw new Error('no sentences')
    const long = {
      ...claim,
      provenance: {
        article: claim.provenance.article,
        span: { start: first.span.start + 3, end: second.span.end },
      },
    }
    const claims = [long, ...input.alignment.claims.slice(1)]
    const briefing = composeBriefing({ ...input, alignment: { ...input.alignment, claims } })
    expectInvariants(briefing, input)
    const cited = briefing.citations.find(
      (c) => c.provenance.sentence === first.id && c.provenance.article === article?.id,
    )
    expect(cited?.provenance.span).toEqual({ start: first.span.start + 3, end: first.span.end })
  })
})
