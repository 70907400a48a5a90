import type { Briefing, Section } from '@parallax/schema'
import { beforeAll, describe, expect, it } from 'vitest'
import { composeBriefing } from '../../src/lib/compose/index.js'
import { buildInput } from './build-input.js'

// What an editor checks on the hand-aligned seeds, beyond the golden bytes.
let briefing: Briefing
const section = <K extends Section['kind']>(kind: K) =>
  briefing.sections.find((s) => s.kind === kind) as Extract<Section, { kind: K }>
const outletsOf = (citations: readonly string[]) =>
  citations.map((id) => {
    const source = briefing.citations.find((c) => c.id === id)?.source
    return briefing.sources.find((s) => s.id === source)?.number
  })

beforeAll(async () => {
  briefing = composeBriefing(
    await buildInput(new URL('./fixtures/seeds/', import.meta.url).pathname),
  )
}, 60_000)

describe('the seeds briefing', () => {
  it('leads with the facts most reports share, each cited to all of them', () => {
    const items = section('bottom-line').items
    expect(items.length).toBeGreaterThanOrEqual(3)
    expect(items.length).toBeLessThanOrEqual(6)
    // The talks themselves open it, with where and when they were held.
    expect(items[0]?.text).toMatch(/meetings, held in Geneva, went on late on Tuesday/)
    // The two days' lengths follow, in the order of the days: the first day's before the second's.
    const first = items.findIndex((item) => /first day of talks lasted 6 hours/.test(item.text))
    const second = items.findIndex((item) => /second day of talks lasted 2 hours/.test(item.text))
    expect(first).toBeGreaterThan(0)
    expect(second).toBe(first + 1)
    expect(new Set(outletsOf(items[second]?.citations ?? [])).size).toBe(4)
    expect(items.some((item) => /businesslike/.test(item.text))).toBe(true)
  })

  it('lists the hard conflicts before the soft one, with each account', () => {
    const rows = section('conflicts').rows
    expect(rows.map((row) => [row.topic, row.severity])).toEqual([
      ['Who said “meaningful progress”', 'hard'],
      ['Previous round of talks in Abu Dhabi', 'hard'],
      ['Umerov’s first name', 'hard'],
      ['Russia’s demand on territory', 'soft'],
    ])
    expect(rows[2]?.accounts.map((a) => a.value)).toEqual(['Rustem Umerov', 'Dmytro Umerov'])
    expect(rows[3]?.note).toMatch(/different scopes/)
  })

  it('gives every wording of a quote and says when outlets disagree on the speaker', () => {
    const speakers = section('quotes').speakers
    const zelensky = speakers.find((s) => s.name === 'Volodymyr Zelensky')
    // Two wordings; the outlet that quoted only part of the first is cited with it.
    const variants = zelensky?.statements[0]?.variants ?? []
    expect(variants.map((v) => /drag out/.test(v.text))).toEqual([true, false])
    expect(variants[0]?.citations).toHaveLength(2)
    const witkoff = speakers.find((s) => s.name === 'Steve Witkoff')
    expect(witkoff?.statements[0]?.note).toBe(
      'Outlets differ on who said it: The Moscow Times and “U.S. Envoy Declares Meaningful Progress…” attribute it to Steve Witkoff; TIME attributes it to Karoline Leavitt.',
    )
  })

  it('dates the talks on 17 and 18 February, oldest first, and marks the disputed Abu Dhabi date', () => {
    const entries = section('timeline').entries
    const labels = entries.map((e) => e.label)
    expect(labels).toContain('17 February 2026')
    expect(labels).toContain('18 February 2026')
    expect(labels.indexOf('17 February 2026')).toBeLessThan(labels.indexOf('18 February 2026'))
    expect(entries.find((e) => e.label === 'January 2026')?.disputed).toBe(
      'BBC News: January 2026; The Moscow Times: February 2026.',
    )
  })

  it('keeps the drone figures as one report’s exclusives', () => {
    const digest = section('exclusives').outlets.find((o) =>
      o.items.some((i) => /drones/.test(i.text)),
    )
    expect(digest?.items.filter((i) => /drones/.test(i.text))).toHaveLength(2)
  })

  it('gives every outlet Russia’s Donbas demand in its own words', () => {
    const russia = section('positions').parties.find((p) => p.party === 'Russia')
    expect(russia?.positions[0]?.wordings).toHaveLength(5)
  })
})
