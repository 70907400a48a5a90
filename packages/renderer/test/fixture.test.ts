import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { Briefing, validate } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { loadFixture, seedsDir } from './helpers.js'

const seeds = loadFixture('seeds-briefing.json')
const files = readFileSync(new URL('manifest.yaml', seedsDir), 'utf8')
  .split('\n')
  .flatMap((line) => /^\s*- file: (\S+)/.exec(line)?.slice(1) ?? [])
const texts = new Map(
  files.map((file) => {
    const bytes = readFileSync(new URL(file, seedsDir))
    return [createHash('sha256').update(bytes).digest('hex').slice(0, 16), bytes.toString('utf8')]
  }),
)

describe('the seeds briefing fixture', () => {
  it('is a valid Briefing', () => {
    const result = validate(Briefing, seeds)
    expect(result.ok ? [] : result.errors).toEqual([])
  })

  it('cites all five seeds, with article ids that are the seeds’ SHA-256 prefixes', () => {
    expect(files).toHaveLength(5)
    expect(seeds.sources.map((source) => source.article).sort()).toEqual([...texts.keys()].sort())
    const cited = new Set(seeds.citations.map((citation) => citation.source))
    expect([...cited].sort()).toEqual(seeds.sources.map((source) => source.id).sort())
  })

  it('quotes each source sentence exactly, at its real character offsets', () => {
    for (const citation of seeds.citations) {
      const text = texts.get(citation.provenance.article)
      const source = seeds.sources.find((s) => s.id === citation.source)
      expect(source?.article).toBe(citation.provenance.article)
      const { start, end } = citation.provenance.span
      expect(text?.slice(start, end), citation.id).toBe(citation.excerpt)
    }
  })

  it('fills every kind of section', () => {
    expect(seeds.sections.map((section) => section.kind).sort()).toEqual(
      [
        'bottom-line',
        'conflicts',
        'exclusives',
        'figures',
        'positions',
        'quotes',
        'since-last',
        'timeline',
      ].sort(),
    )
    expect(seeds.skipped.length).toBeGreaterThan(0)
  })

  it('rebuilds every quote variant from its diff runs', () => {
    for (const section of seeds.sections) {
      if (section.kind !== 'quotes') continue
      for (const speaker of section.speakers)
        for (const statement of speaker.statements)
          for (const variant of statement.variants) {
            expect(variant.diff.map((run) => run.text).join('')).toBe(variant.text)
          }
    }
  })
})
