import type { Actor, Claim, Stance } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { align } from '../../src/index.js'
import { partyHead } from '../../src/lib/align/candidates.js'
import { extentOf } from '../../src/lib/align/conflicts.js'
import { toArticle } from './helpers.js'

const hex = (n: number) => n.toString(16).padStart(16, '0')
const published = { status: 'known', date: '2026-06-02', datetime: null, origin: 'text' } as const
const articles = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    toArticle({ id: hex(i + 1), outlet: `Outlet ${i + 1}`, published, text: 'x' }),
  )

const position = (i: number, party: Actor, stance: Stance, object: string): Claim => ({
  id: `${hex(i)}:position:0-${object.length}`,
  text: `${party.name} ${stance} ${object}.`,
  provenance: { article: hex(i), span: { start: 0, end: object.length } },
  kind: 'position',
  party,
  stance,
  object,
  topic: 'labour',
})

const byArticle = (claims: Claim[]) => {
  const map = new Map<string, Claim[]>()
  for (const c of claims)
    map.set(c.provenance.article, [...(map.get(c.provenance.article) ?? []), c])
  return map
}

const together = (claims: Claim[], a: number, b: number) => {
  const { clusters } = align(articles(claims.length), { claims: byArticle(claims) })
  const of = (id: string) => clusters.find((c) => c.claims.includes(id))!.id
  return of(claims[a]!.id) === of(claims[b]!.id)
}

const union: Actor = { name: "Dock Workers' Union", key: 'org:dock-workers-union' }
const bare: Actor = { name: 'union', key: null }

describe('positions: one party named two ways, and demand against refusal', () => {
  it('a party named by its head noun meets the party named in full (no shared object word)', () => {
    const claims = [
      position(1, union, 'demand', '9% pay rise'),
      position(2, bare, 'demand', '9% raise'),
    ]
    expect(together(claims, 0, 1)).toBe(true)
    expect(partyHead("Dock Workers' Union")).toBe('union')
    expect(partyHead('island councils')).toBe('council')
    expect(partyHead('Kyiv')).toBe('kyiv')
  })

  it("a party's demand and its refusal on one topic are two positions unless their words meet", () => {
    const claims = [
      position(1, union, 'demand', '9% pay rise'),
      position(2, union, 'refusal', 'wider minimum service'),
      position(3, union, 'demand', 'pay rise of 9%'),
    ]
    expect(together(claims, 0, 2)).toBe(true)
    expect(together(claims, 0, 1)).toBe(false)
  })

  it('"9 per cent" and "9%" are one extent', () => {
    expect(extentOf('9 per cent increase')).toBe(extentOf('9% raise'))
    expect(extentOf('9 percent increase')).toBe(extentOf('9% raise'))
    expect(extentOf('7% raise')).not.toBe(extentOf('9% raise'))
  })
})

describe('clusters: representatives need only clear the medoid bar', () => {
  const speaker: Actor = { name: 'Ana Lopes', key: 'person:lopes' }
  const quote = (i: number, words: string): Claim => ({
    id: `${hex(i)}:quote:0-${words.length}`,
    text: `"${words}," Ana Lopes said.`,
    provenance: { article: hex(i), span: { start: 0, end: words.length } },
    kind: 'quote',
    speaker,
    quote: words,
    partial: false,
  })

  it('a fuller wording joins two clusters whose representatives share less than a link', () => {
    const claims = [
      quote(1, 'we will appeal the ruling on the evidence'),
      quote(2, 'we will appeal the ruling on the evidence because the judges ignored the evidence'),
      quote(3, 'the judges ignored the evidence and the law'),
    ]
    const { clusters } = align(articles(3), { claims: byArticle(claims) })
    expect(clusters.map((c) => c.claims.length).sort()).toEqual([3])
  })
})
