import type { Claim, QuantityClaim } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { align } from '../../src/index.js'
import { claimFeatures } from '../../src/lib/align/features.js'
import { resolveOptions } from '../../src/lib/align/options.js'
import { restates } from '../../src/lib/align/restate.js'
import { toArticle } from './helpers.js'

const hex = (n: number) => n.toString(16).padStart(16, '0')
const options = resolveOptions(null)

function figure(article: number, at: number, subject: string, value: number): QuantityClaim {
  const text = `${subject} ${value}`
  return {
    id: `${hex(article)}:quantity:${at}-${at + text.length}`,
    kind: 'quantity',
    text,
    provenance: { article: hex(article), span: { start: at, end: at + text.length } },
    subject,
    value,
    unit: 'pack',
    hedge: null,
  }
}

function event(
  article: number,
  at: number,
  name: string,
  where: string | null,
  dated = true,
): Claim {
  return {
    id: `${hex(article)}:event:${at}-${at + name.length}`,
    kind: 'event',
    text: name,
    provenance: { article: hex(article), span: { start: at, end: at + name.length } },
    event: name,
    when: dated ? { start: '2026-03-03', end: '2026-03-03', granularity: 'day' } : null,
    where,
    participants: [],
  }
}

const features = (claims: Claim[]) =>
  claims.map((c, i) => claimFeatures(i, c, c.provenance.article, '2026-03-03', options.lexical))

describe('one article restating one fact', () => {
  it('a figure told twice in one article restates it; another value does not', () => {
    const [a, b, c] = features([
      figure(1, 0, 'packs of cheese recalled', 12000),
      figure(1, 100, 'packs of cheese recalled from shops', 12000),
      figure(1, 200, 'packs of cheese recalled', 14000),
    ])
    expect(restates(a!, b!, options)).toBe(true)
    expect(restates(a!, c!, options)).toBe(false)
  })

  it('an event named twice in one article, both dated, is restated; undated, or two in one place, not', () => {
    const [a, b, c, d] = features([
      event(1, 0, 'sentencing in Lisbon', 'Lisbon'),
      event(1, 100, 'opening of the trial in Lisbon', 'Lisbon'),
      event(1, 200, 'sentencing of the founder', null),
      event(1, 300, 'sentencing of the founder', null, false),
    ])
    expect(restates(a!, b!, options)).toBe(false)
    expect(restates(a!, c!, options)).toBe(true)
    expect(restates(a!, d!, options)).toBe(false)
  })

  it('an article that tells a fact twice joins the cluster of the other outlets telling it', () => {
    const articles = [1, 2, 3].map((i) =>
      toArticle({
        id: hex(i),
        outlet: `Outlet ${i}`,
        published: { status: 'known', date: '2026-03-03', datetime: null, origin: 'text' },
        text: 'x',
      }),
    )
    // Article 1 tells the figure twice; each other outlet's wording links to a different one.
    const claims = new Map<string, Claim[]>([
      [
        hex(1),
        [figure(1, 0, 'packs of cheese recalled', 12000), figure(1, 100, 'packs withdrawn', 12000)],
      ],
      [hex(2), [figure(2, 0, 'packs of cheese recalled', 12000)]],
      [hex(3), [figure(3, 0, 'packs withdrawn', 12000)]],
    ])
    const result = align(articles, { claims })
    const of = (article: number) =>
      result.clusters.find((c) => c.claims.some((id) => id.startsWith(`${hex(article)}:`)))!
    expect(of(2).id).toBe(of(3).id)
    expect(of(2).independent).toBe(3)
  })
})
