import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { type Article, Claim, validate } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { claimsFromArticle } from '../src/index.js'

const fixtures = new URL('fixtures/', import.meta.url)

describe('claimsFromArticle (fixture folders)', () => {
  for (const name of readdirSync(fixtures)) {
    it(name, () => {
      const article = JSON.parse(
        readFileSync(new URL(`${name}/input.json`, fixtures), 'utf8'),
      ) as Article
      const claims = claimsFromArticle(article)
      const golden = new URL(`${name}/expected.json`, fixtures)
      if (process.env.UPDATE) writeFileSync(golden, `${JSON.stringify(claims, null, 2)}\n`)
      expect(claims).toEqual(JSON.parse(readFileSync(golden, 'utf8')))
    })
  }
})

describe('claim invariants', () => {
  const article = JSON.parse(
    readFileSync(new URL('quote-and-figure/input.json', fixtures), 'utf8'),
  ) as Article
  const claims = claimsFromArticle(article)

  it('every claim validates and keeps the annotation span as provenance', () => {
    for (const claim of claims) {
      const result = validate(Claim, claim)
      expect(result.ok ? [] : result.errors).toEqual([])
      expect(claim.provenance.article).toBe(article.id)
    }
    const spans = claims.map((c) => c.provenance.span)
    const annotated = [...article.annotations.quotations, ...article.annotations.quantities].map(
      (a) => a.span,
    )
    expect(spans).toEqual(expect.arrayContaining(annotated))
    expect(spans).toHaveLength(annotated.length)
  })

  it('an unattributed quote keeps a null speaker instead of a guess', () => {
    const partial = claims.find((c) => c.kind === 'quote' && c.partial)
    expect(partial?.kind === 'quote' && partial.speaker).toBeNull()
  })

  it('links a quote to its speaker entity key and role', () => {
    const full = claims.find((c) => c.kind === 'quote' && !c.partial)
    expect(full?.kind === 'quote' && full.speaker).toEqual({
      name: 'Rustem Umerov',
      key: 'person:umerov',
      role: 'Ukrainian negotiator',
    })
  })

  it('ids are stable and options select kinds', () => {
    expect(claimsFromArticle(article).map((c) => c.id)).toEqual(claims.map((c) => c.id))
    expect(claimsFromArticle(article, { kinds: ['quantity'] }).map((c) => c.kind)).toEqual([
      'quantity',
    ])
  })
})
