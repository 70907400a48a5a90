import { readFileSync, writeFileSync } from 'node:fs'
import { type Article, Claim, validate } from '@parallax/schema'
import { beforeAll, describe, expect, it } from 'vitest'
import { builtinClaimExtractors, claimsFromArticle } from '../../src/index.js'
import { fixtureNames, fixtures, loadFixture, loadSeeds, type Parsed } from './helpers.js'

describe('claimsFromArticle (fixture folders; UPDATE=1 rewrites the goldens)', () => {
  for (const name of fixtureNames()) {
    it(name, async () => {
      const { article } = await loadFixture(name)
      const claims = claimsFromArticle(article)
      const golden = new URL(`${name}/expected.json`, fixtures)
      if (process.env.UPDATE) writeFileSync(golden, `${JSON.stringify(claims, null, 2)}\n`)
      expect(claims).toEqual(JSON.parse(readFileSync(golden, 'utf8')))
    })
  }
})

describe('claim invariants (every fixture and seed)', () => {
  let parsed: Parsed[] = []
  beforeAll(async () => {
    parsed = [...(await Promise.all(fixtureNames().map(loadFixture))), ...(await loadSeeds())]
  })

  it('covers all five kinds', () => {
    const kinds = new Set(parsed.flatMap((p) => claimsFromArticle(p.article).map((c) => c.kind)))
    expect([...kinds].sort()).toEqual(Object.keys(builtinClaimExtractors).sort())
  })

  it('every claim validates against the schema', () => {
    for (const { article } of parsed) {
      for (const claim of claimsFromArticle(article)) {
        const result = validate(Claim, claim)
        expect(result.ok ? [] : result.errors, claim.id).toEqual([])
      }
    }
  })

  it('every span slices to the source and lies in its sentence', () => {
    for (const { article, text } of parsed) {
      const sentences = new Map(article.annotations.sentences.map((s) => [s.id, s]))
      for (const claim of claimsFromArticle(article)) {
        const { span, sentence } = claim.provenance
        expect(claim.provenance.article).toBe(article.id)
        expect(span.end, claim.id).toBeGreaterThan(span.start)
        if (text !== null) expect(text.slice(span.start, span.end).trim().length).toBeGreaterThan(0)
        if (sentence === undefined) continue
        const s = sentences.get(sentence)!
        expect(s, claim.id).toBeDefined()
        expect(span.start >= s.span.start && span.end <= s.span.end, claim.id).toBe(true)
        expect(claim.text).toBe(s.text)
        if (text !== null)
          expect(s.raw.includes(text.slice(span.start, span.end)), claim.id).toBe(true)
      }
    }
  })

  it('ids are unique, follow the contract and are deterministic', () => {
    for (const { article } of parsed) {
      const claims = claimsFromArticle(article)
      const ids = claims.map((c) => c.id)
      expect(new Set(ids).size).toBe(ids.length)
      for (const c of claims)
        expect(c.id).toMatch(
          new RegExp(`^${article.id}:${c.kind}:${c.provenance.span.start}(:\\d+)?$`),
        )
      expect(JSON.stringify(claimsFromArticle(structuredClone(article)))).toBe(
        JSON.stringify(claims),
      )
    }
  })

  it('claims come in source order', () => {
    for (const { article } of parsed) {
      const starts = claimsFromArticle(article).map((c) => c.provenance.span.start)
      expect(starts).toEqual([...starts].sort((a, b) => a - b))
    }
  })
})

describe('options and language', () => {
  let article: Article
  beforeAll(async () => {
    article = (await loadFixture('port-strike')).article
  })

  it('`kinds` selects extractors and an unknown name is a clear error', () => {
    const kinds = claimsFromArticle(article, { kinds: ['position'] }).map((c) => c.kind)
    expect(kinds.length).toBeGreaterThan(0)
    expect(new Set(kinds)).toEqual(new Set(['position']))
    expect(() => claimsFromArticle(article, { kinds: ['opinion'] })).toThrow(
      /no claim extractor named 'opinion'/,
    )
  })

  it('word rules run only on English (or unstated) articles', () => {
    const french = { ...article, language: 'fr' }
    const kinds = new Set(claimsFromArticle(french).map((c) => c.kind))
    expect(kinds.has('position') || kinds.has('event') || kinds.has('characterisation')).toBe(false)
    expect(kinds.has('quantity')).toBe(true)
    const unstated = { ...article, language: null }
    expect(claimsFromArticle(unstated).length).toBe(claimsFromArticle(article).length)
  })
})
