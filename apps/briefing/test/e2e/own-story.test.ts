import { join } from 'node:path'
import type { Briefing, Section } from '@parallax/schema'
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

// One of the aligner's own labelled stories (an invented court case, far from the seeds), end to
// end with the real pipeline: nothing in the briefing is tuned to the seeds.
const set = join(repo, 'packages/aligner/eval/sets/court-verdict')
const files = [
  'a-preview.txt',
  'b-courier-wire.md',
  'c-iberia-wire.html',
  'd-weekly-pdf.txt',
  'e-digest.txt',
].map((f) => join(set, f))
const manifest = join(set, 'manifest.yaml')
const section = <K extends Section['kind']>(
  b: Briefing,
  kind: K,
): Extract<Section, { kind: K }> => {
  const found = b.sections.find((s) => s.kind === kind)
  if (!found) throw new Error(`no ${kind} section`)
  return found as Extract<Section, { kind: K }>
}
const brief = async (inputs: string[], date: string, archive: string | false, out = tempDir()) => {
  const result = await runBrief(
    { inputs, out, manifest, date, formats: ['json'], archive, workers: 0, generatedAt: fixedTime },
    realDeps,
  )
  expect(result.error).toBeNull()
  expect(result.exitCode).toBe(0)
  return readBriefing(out)
}

describe('a court case, end to end', () => {
  let briefing: Briefing
  beforeAll(async () => {
    briefing = await brief(files, '2026-03-13', false)
  }, 240_000)

  it('takes its title from the news of the day, not from an old event in the background', () => {
    // The arrest in 2023 is the most shared event, but the briefing is about the verdict's week.
    expect(briefing.title).not.toMatch(/arrest|\(\d{4}/i)
  })

  it('counts the agency copy run by two outlets as one report and the digest as one source', () => {
    expect(briefing.sources).toHaveLength(5)
    const reports = briefing.reports ?? []
    expect(reports).toHaveLength(4)
    const shared = reports.find((r) => r.sources.length === 2)
    expect(shared?.reason).toMatch(/agency|shared/)
    expect(reports.some((r) => /digest/.test(r.reason))).toBe(true)
  })

  it('reads as an editor would have it: whole sentences, clean labels, quotes placed in English', () => {
    expectEditorial(briefing)
  })

  it('cites every statement, and every citation slices to its source sentence', async () => {
    expectCitationsResolve(briefing, await sourceTexts(files))
  })

  it('agrees on the sentence across independent reports', () => {
    const row = section(briefing, 'figures').rows.find(
      (r) => r.agreement !== 'single' && r.accounts.some((a) => /^8 years$/.test(a.value)),
    )
    expect(row).toBeDefined()
    const sources = new Set(row?.accounts.flatMap((a) => [...sourcesOf(briefing, a.statement)]))
    expect(sources.size).toBeGreaterThanOrEqual(3)
  })

  it('flags the lawyer’s first name and the quote given to two different people', () => {
    const rows = section(briefing, 'conflicts').rows
    const values = (r: (typeof rows)[number]) => r.accounts.map((a) => a.value).join(' | ')
    expect(rows.some((r) => /Paulo/.test(values(r)) && /Pedro/.test(values(r)))).toBe(true)
    expect(rows.some((r) => /Lobo/.test(values(r)) && /Pereira/.test(values(r)))).toBe(true)
  })

  it('shows the judge’s words as each outlet translated them, with the differences marked', () => {
    const statements = section(briefing, 'quotes').speakers.flatMap((s) => s.statements)
    const judge = statements.find((s) => s.variants.some((v) => /house of cards/.test(v.text)))
    expect(judge?.variants.length).toBeGreaterThanOrEqual(2)
    expect(
      judge?.variants.some((v) => v.diff.some((d) => d.changed && /strongbox|safe/.test(d.text))),
    ).toBe(true)
  })
})

describe('since the last briefing, day 1 then day 2', () => {
  it('reports what the second day’s articles add, each item cited', async () => {
    const archive = join(tempDir(), 'archive.sqlite')
    const day1 = await brief([files[0], files[1], files[4]] as string[], '2026-03-12', archive)
    expect(day1.sections.some((s) => s.kind === 'since-last')).toBe(false)
    const day2 = await brief(files, '2026-03-13', archive)
    const since = section(day2, 'since-last')
    expect(since.previous.date).toBe('2026-03-12')
    expect(since.items.length).toBeGreaterThan(0)
    const newArticles = new Set(
      day2.sources
        .filter((s) => !day1.sources.some((d) => d.article === s.article))
        .map((s) => s.id),
    )
    expect(newArticles.size).toBe(2)
    const cited = since.items.flatMap((i) => [...sourcesOf(day2, i.statement)])
    expect(cited.some((s) => newArticles.has(s))).toBe(true)
    // The section sits right after the bottom line.
    expect(day2.sections.map((s) => s.kind).slice(0, 2)).toEqual(['bottom-line', 'since-last'])
  }, 240_000)
})
