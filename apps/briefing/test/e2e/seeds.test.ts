import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Briefing, Section, Statement } from '@parallax/schema'
import { beforeAll, describe, expect, it } from 'vitest'
import { runBrief } from '../../src/lib/brief/run-brief.js'
import { tempDir } from '../helpers/paths.js'
import { expectEditorial } from './editorial.js'
import {
  expectCitationsResolve,
  fixedTime,
  readBriefing,
  realDeps,
  repo,
  sourcesOf,
  sourceTexts,
} from './helpers.js'

// The README's main job, end to end with the real parser, aligner, composition and renderer:
// what a careful reader of the five seeds expects to find in the briefing.
const seeds = join(repo, 'seeds')
let briefing: Briefing
let texts: Map<string, string>

const section = <K extends Section['kind']>(kind: K): Extract<Section, { kind: K }> => {
  const found = briefing.sections.find((s) => s.kind === kind)
  if (!found) throw new Error(`no ${kind} section`)
  return found as Extract<Section, { kind: K }>
}
const excerpts = (statement: Statement): string =>
  statement.citations
    .map((id) => briefing.citations.find((c) => c.id === id)?.excerpt ?? '')
    .join(' ')

beforeAll(async () => {
  const out = tempDir()
  const result = await runBrief(
    { inputs: [seeds], out, formats: ['json'], archive: false, workers: 0, generatedAt: fixedTime },
    realDeps,
  )
  expect(result.error).toBeNull()
  expect(result.exitCode).toBe(0)
  briefing = readBriefing(out)
  const files = readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(seeds, f))
  texts = await sourceTexts(files)
}, 240_000)

describe('the seeds briefing', () => {
  it('uses all five seeds, dated by their publication date, with every section filled', () => {
    expect(briefing.date).toBe('2026-02-18')
    expect(briefing.sources).toHaveLength(5)
    expect(briefing.skipped).toEqual([])
    const kinds = briefing.sections.map((s) => s.kind)
    for (const kind of [
      'bottom-line',
      'conflicts',
      'quotes',
      'positions',
      'figures',
      'timeline',
      'exclusives',
    ])
      expect(kinds).toContain(kind)
  })

  it('reads as an editor would have it: whole sentences, clean labels, quotes placed in English', () => {
    expectEditorial(briefing)
  })

  it('cites every statement, and every citation slices to its source sentence', () => {
    expectCitationsResolve(briefing, texts)
  })

  it('gives the durations of both days with the outlets that agree on them', () => {
    const rows = section('figures').rows
    const text = (r: (typeof rows)[number]) =>
      r.accounts.map((a) => excerpts(a.statement)).join(' ')
    const first = rows.find(
      (r) => /\bsix\b|six-hour|6 hours/i.test(text(r)) && r.agreement === 'agree',
    )
    const second = rows.find((r) => /\btwo hours\b/i.test(text(r)) && r.agreement === 'agree')
    expect(first, 'first day: about six hours, agreed').toBeDefined()
    expect(second, 'second day: about two hours, agreed').toBeDefined()
    for (const row of [first, second]) {
      const sources = new Set(row?.accounts.flatMap((a) => [...sourcesOf(briefing, a.statement)]))
      expect(sources.size).toBeGreaterThanOrEqual(2)
    }
  })

  it('quotes Medinsky’s “difficult … businesslike” as several outlets word it', () => {
    const medinsky = section('quotes').speakers.find((s) => /Medinsky/.test(s.name))
    const statement = medinsky?.statements.find((s) =>
      s.variants.some((v) => /business-?like/i.test(v.text)),
    )
    expect(statement).toBeDefined()
    const sources = new Set(
      statement?.variants.flatMap((v) =>
        v.citations.map((id) => briefing.citations.find((c) => c.id === id)?.source),
      ),
    )
    expect(sources.size).toBeGreaterThanOrEqual(3)
  })

  it('shows Zelensky’s “drag out negotiations” with its other wording', () => {
    const zelensky = section('quotes').speakers.find((s) => /Zelensky/.test(s.name))
    const statement = zelensky?.statements.find((s) =>
      s.variants.some((v) => /drag out negotiations/.test(v.text)),
    )
    expect(statement?.variants.some((v) => /prolong negotiations/.test(v.text))).toBe(true)
    expect(statement?.variants.some((v) => v.diff.some((d) => d.changed))).toBe(true)
  })

  it('lists the conflicts a careful reader sees', () => {
    const rows = section('conflicts').rows
    const values = (r: (typeof rows)[number]) => r.accounts.map((a) => a.value).join(' | ')
    // The Ukrainian negotiator's first name.
    expect(rows.some((r) => /Rustem/.test(values(r)) && /Dmytro/.test(values(r)))).toBe(true)
    // Who said “meaningful progress”.
    expect(rows.some((r) => /Leavitt/.test(values(r)) && /Witkoff/.test(values(r)))).toBe(true)
  })

  it('dates the earlier Abu Dhabi round differently by outlet: a conflict', () => {
    const rows = section('conflicts').rows
    const values = (r: (typeof rows)[number]) => r.accounts.map((a) => a.value).join(' | ')
    const all = (r: (typeof rows)[number]) =>
      `${values(r)} ${r.accounts.map((a) => excerpts(a.statement)).join(' ')}`
    // When the earlier Abu Dhabi round took place.
    expect(
      rows.some(
        (r) =>
          /Abu Dhabi/.test(all(r)) &&
          /January|2026-01/.test(values(r)) &&
          /February|2026-02/.test(values(r)),
      ),
    ).toBe(true)
  })

  it('gives Russia’s Donbas demand in each outlet’s wording', () => {
    const russia = section('positions').parties.find((p) => /Russia/.test(p.party))
    const demand = russia?.positions.find(
      (p) => p.stance === 'demand' && p.wordings.some((w) => /Donbas|Donetsk/.test(w.text)),
    )
    expect(demand).toBeDefined()
    const sources = new Set(demand?.wordings.flatMap((w) => [...sourcesOf(briefing, w)]))
    expect(sources.size).toBeGreaterThanOrEqual(3)
  })

  it('has the drone figures as exclusives of the one outlet that reports them', () => {
    const items = section('exclusives').outlets.flatMap((o) => o.items)
    expect(items.some((i) => /drones/.test(i.text + excerpts(i)))).toBe(true)
  })

  it('dates the talks on 17 and 18 February in the timeline', () => {
    const starts = section('timeline').entries.map((e) => e.date?.start)
    expect(starts).toContain('2026-02-17')
    expect(starts).toContain('2026-02-18')
    const sorted = [...starts].filter(Boolean).sort()
    expect(starts.filter(Boolean)).toEqual(sorted)
  })
})
