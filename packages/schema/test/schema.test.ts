import { readFileSync } from 'node:fs'
import type { TSchema } from 'typebox'
import { describe, expect, it } from 'vitest'
import {
  Alignment,
  Article,
  Briefing,
  Claim,
  ClaimCluster,
  Diagnostic,
  Manifest,
  validate,
} from '../src/index.js'

const load = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`fixtures/valid/${name}.json`, import.meta.url), 'utf8'))

const valid: Array<[string, TSchema]> = [
  ['article', Article],
  ['claim-quote', Claim],
  ['claim-quantity', Claim],
  ['claim-event', Claim],
  ['claim-position', Claim],
  ['claim-characterisation', Claim],
  ['claim-cluster', ClaimCluster],
  ['alignment', Alignment],
  ['briefing', Briefing],
  ['diagnostic', Diagnostic],
  ['manifest', Manifest],
]

describe('realistic instances validate', () => {
  for (const [name, schema] of valid) {
    it(name, () => {
      const result = validate(schema, load(name))
      expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([])
    })
  }
})

/** Breaks a fixture in one place and returns the messages `validate` gives. */
function messages(schema: TSchema, name: string, breakIt: (value: any) => void): string[] {
  const value = load(name)
  breakIt(value)
  const result = validate(schema, value)
  if (result.ok) throw new Error(`${name}: the broken instance was accepted`)
  return result.errors.map((e) => e.message)
}

describe('broken instances are rejected at the right JSON path', () => {
  it('article: a block kind outside the list', () => {
    expect(
      messages(Article, 'article', (a) => (a.blocks[1].kind = 'sidebar')),
    ).toMatchInlineSnapshot(`
      [
        "$.blocks[1].kind: expected one of "heading", "paragraph", "quote", "list-item", "caption", "timeline-entry"",
      ]
    `)
  })

  it('article: a negative span offset and a missing raw', () => {
    expect(
      messages(Article, 'article', (a) => {
        a.annotations.sentences[0].span.start = -1
        delete a.annotations.quotations[0].raw
      }),
    ).toMatchInlineSnapshot(`
      [
        "$.annotations.sentences[0].span.start: expected a number >= 0",
        "$.annotations.quotations[0].raw: expected a value (property is required)",
      ]
    `)
  })

  it('article: an id that is not a 16-digit hash, an unknown property', () => {
    expect(
      messages(Article, 'article', (a) => {
        a.id = 'seed-4'
        a.author = 'Anthony Solly'
      }),
    ).toMatchInlineSnapshot(`
      [
        "$.id: expected a string matching ^[0-9a-f]{16}$",
        "$.author: expected no such property",
      ]
    `)
  })

  it('article: published known without a date', () => {
    expect(messages(Article, 'article', (a) => delete a.published.date)).toMatchInlineSnapshot(`
      [
        "$.published.date: expected a value (property is required)",
      ]
    `)
  })

  it('article: an attributed quote without a speaker entity', () => {
    expect(
      messages(Article, 'article', (a) => delete a.annotations.quotations[0].speaker.entity),
    ).toMatchInlineSnapshot(`
      [
        "$.annotations.quotations[0].speaker.entity: expected a value (property is required)",
      ]
    `)
  })

  it('claim: the branch is chosen by kind, and its field is named', () => {
    expect(messages(Claim, 'claim-quantity', (c) => (c.value = 'six'))).toMatchInlineSnapshot(`
      [
        "$.value: expected number",
      ]
    `)
    expect(messages(Claim, 'claim-quote', (c) => (c.kind = 'rumour'))).toMatchInlineSnapshot(`
      [
        "$.kind: expected one of "quote", "quantity", "event", "position", "characterisation"",
      ]
    `)
  })

  it('claim: provenance is mandatory', () => {
    expect(messages(Claim, 'claim-event', (c) => delete c.provenance)).toMatchInlineSnapshot(`
      [
        "$.provenance: expected a value (property is required)",
      ]
    `)
  })

  it('cluster: a conflict needs two values', () => {
    expect(
      messages(ClaimCluster, 'claim-cluster', (c) => c.conflicts[0].values.pop()),
    ).toMatchInlineSnapshot(`
      [
        "$.conflicts[0].values: expected at least 2 items",
      ]
    `)
  })

  it('briefing: every sentence has at least one citation', () => {
    expect(
      messages(Briefing, 'briefing', (b) => (b.sections[0].items[0].citations = [])),
    ).toMatchInlineSnapshot(`
      [
        "$.sections[0].items[0].citations: expected at least 1 item",
      ]
    `)
  })

  it('briefing: an unknown section kind, a bad date', () => {
    expect(
      messages(Briefing, 'briefing', (b) => {
        b.sections[3].kind = 'gossip'
        b.date = '18/02/2026'
      }),
    ).toMatchInlineSnapshot(`
      [
        "$.date: expected a string matching ^\\d{4}-\\d{2}-\\d{2}$",
        "$.sections[3].kind: expected one of "bottom-line", "since-last", "conflicts", "quotes", "positions", "figures", "timeline", "exclusives"",
      ]
    `)
  })

  it('diagnostic: severity outside the list, line 0', () => {
    expect(
      messages(Diagnostic, 'diagnostic', (d) => {
        d.severity = 'fatal'
        d.line = 0
      }),
    ).toMatchInlineSnapshot(`
      [
        "$.line: expected a number >= 1",
        "$.severity: expected one of "error", "warning", "info"",
      ]
    `)
  })

  it('manifest: an entry without file', () => {
    expect(messages(Manifest, 'manifest', (m) => delete m.articles[1].file)).toMatchInlineSnapshot(`
      [
        "$.articles[1].file: expected a value (property is required)",
      ]
    `)
  })

  it('a value of the wrong type at the root', () => {
    const result = validate(Briefing, 'not a briefing')
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual(['$: expected object'])
  })
})
