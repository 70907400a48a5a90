import { readdirSync, readFileSync } from 'node:fs'
import { parseMany } from '@parallax/parser'
import { Alignment, validate } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { align } from '../../src/index.js'

const seeds = new URL('../../../../seeds/', import.meta.url)

describe('align on parsed articles (claimsFromArticle)', async () => {
  const files = readdirSync(seeds).filter((f) => f.endsWith('.txt'))
  const { articles } = await parseMany(
    files.map((f) => ({ bytes: readFileSync(new URL(f, seeds)), path: `seeds/${f}` })),
  )
  const result = align(articles)

  it('is schema-valid, with every claim in exactly one cluster', () => {
    const check = validate(Alignment, result)
    expect(check.ok ? [] : check.errors).toEqual([])
    const ids = result.clusters.flatMap((c) => c.claims)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual(result.claims.map((c) => c.id).sort())
    expect(result.articles.every((a) => result.reports.some((r) => r.id === a.report))).toBe(true)
  })

  it('gives the same bytes for the articles in reverse order', () => {
    expect(JSON.stringify(align([...articles].reverse()))).toBe(JSON.stringify(result))
  })

  it('every cluster of two or more reports has reasons a reader can check', () => {
    for (const c of result.clusters) {
      expect(c.reasons.length).toBeGreaterThan(0)
      if (c.relation === 'conflict') expect(c.conflicts?.length).toBeGreaterThan(0)
    }
  })
})
