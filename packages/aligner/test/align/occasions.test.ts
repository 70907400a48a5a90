import type { Actor, Claim, DateRange } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { align } from '../../src/index.js'
import { claimFeatures, occasionDay, unitKey } from '../../src/lib/align/features.js'
import { resolveOptions } from '../../src/lib/align/options.js'
import { scorePair } from '../../src/lib/align/score.js'
import { toArticle } from './helpers.js'

// Rules that tell one occasion from another: the length of one day of talks however each outlet
// words it, different days of a many-day event, events of one party at different dates, and the
// dated mention of an event preferred over an undated one of the same article.
const hex = (n: number) => n.toString(16).padStart(16, '0')
const published = (date: string) =>
  ({ status: 'known', date, datetime: null, origin: 'text' }) as const
const articles = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    toArticle({
      id: hex(i + 1),
      outlet: `Outlet ${i + 1}`,
      published: published('2026-06-02'),
      text: 'x',
    }),
  )
const byArticle = (claims: Claim[]) => {
  const map = new Map<string, Claim[]>()
  for (const c of claims)
    map.set(c.provenance.article, [...(map.get(c.provenance.article) ?? []), c])
  return map
}
const options = resolveOptions({})

function hours(
  i: number,
  text: string,
  subject: string,
  value: number,
  hedge: 'about' | null = null,
) {
  const claim: Claim = {
    id: `${hex(i)}:quantity:0`,
    text,
    provenance: { article: hex(i), span: { start: 0, end: 5 } },
    kind: 'quantity',
    subject,
    value,
    unit: 'hour',
    hedge,
    topic: 'hearing',
  }
  return claim
}
const features = (i: number, c: Claim, when: DateRange | null = null) =>
  claimFeatures(i, c, hex(i), '2026-06-02', options.lexical, when)

describe('durations', () => {
  it('equal lengths of time on one topic are one fact, however the outlets name it', () => {
    const a = hours(1, 'The hearing lasted two hours.', 'hearing', 2)
    const b = hours(2, 'Lawyers argued for about two hours.', 'lawyers argued', 2, 'about')
    const s = scorePair(features(0, a), features(1, b), options)
    expect(s.score).toBeGreaterThanOrEqual(options.link)
    expect(s.reasons).toContain('both give the length of hearing')
    const result = align(articles(2), { claims: byArticle([a, b]) })
    expect(result.clusters.map((c) => c.claims.length)).toEqual([2])
  })

  it('unequal lengths get no such bonus', () => {
    const a = hours(1, 'The hearing lasted two hours.', 'hearing', 2)
    const b = hours(2, 'Lawyers argued for six hours.', 'lawyers argued', 6)
    expect(scorePair(features(0, a), features(1, b), options).score).toBeLessThan(options.link)
  })

  it('different days of a many-day occasion are different facts', () => {
    expect(occasionDay('The opening session involved six hours of talks.')).toBe(1)
    expect(occasionDay('The second day of talks ended after two hours.')).toBe(2)
    expect(occasionDay('The first day lasted longer than the second day.')).toBeNull()
    expect(occasionDay('Talks lasted two hours.')).toBeNull()
    const a = hours(1, 'The opening session involved six hours of discussions.', 'discussions', 6)
    const b = hours(2, 'The second day ended after two hours of discussions.', 'discussions', 2)
    expect(scorePair(features(0, a), features(1, b), options).score).toBe(0)
  })
})

describe('events at different dates', () => {
  const event = (
    i: number,
    at: number,
    name: string,
    when: DateRange | null,
    where: string | null,
    participants: Actor[],
  ): Claim => ({
    id: `${hex(i)}:event:${at}`,
    text: `${name}.`,
    provenance: { article: hex(i), span: { start: at, end: at + 5 } },
    kind: 'event',
    event: name,
    when,
    where,
    participants,
  })
  const june: DateRange = { start: '2026-06-01', end: '2026-06-30', granularity: 'month' }
  const may: DateRange = { start: '2026-05-01', end: '2026-05-31', granularity: 'month' }
  const dec: DateRange = { start: '2025-12-03', end: '2025-12-03', granularity: 'day' }
  const side = { name: 'Ruritania', key: 'party:ruritania' }

  it('a party taking part in both does not make them one event', () => {
    const a = event(1, 0, 'talks in Oslo', june, 'Oslo', [side])
    const b = event(2, 0, 'talks', dec, null, [side])
    expect(scorePair(features(0, a), features(1, b), options).score).toBe(0)
    const person = { name: 'Ana Berg', key: 'person:berg' }
    const c = event(1, 0, 'talks in Oslo', june, 'Oslo', [person])
    // A person shared by events weeks apart may make them one event whose date is disputed.
    const d = event(2, 0, 'talks', may, null, [person])
    expect(scorePair(features(0, c), features(1, d), options).score).toBeGreaterThan(0)
  })

  it('the dated mention of an event joins the other outlet, and their dates conflict', () => {
    // Article 1 names the Oslo talks twice, once dated ('earlier this month'); article 2 dates
    // them in May. The dated mention carries more evidence and is the one aligned.
    const undated = event(1, 0, 'talks in Oslo', null, 'Oslo', [side])
    const dated = event(1, 50, 'talks', june, 'Oslo', [side])
    const other = event(2, 0, 'talks in Oslo', may, 'Oslo', [side])
    const result = align(articles(2), { claims: byArticle([undated, dated, other]) })
    const cluster = result.clusters.find((c) => c.claims.includes(other.id))!
    expect(cluster.claims).toContain(dated.id)
    expect(cluster.conflicts?.map((d) => d.field)).toEqual(['when'])
  })
})

describe('undated articles', () => {
  it('a claim of an article without a date is compared with claims of any date', () => {
    const dated = toArticle({
      id: hex(1),
      outlet: 'Outlet 1',
      published: published('2026-06-02'),
      text: 'x',
    })
    const undated = toArticle({
      id: hex(2),
      outlet: 'Outlet 2',
      published: { status: 'undetermined', reason: 'no date' },
      text: 'x',
    })
    const a = hours(1, 'The hearing lasted two hours.', 'hearing', 2)
    const b = hours(2, 'The hearing ran for two hours.', 'hearing', 2)
    const result = align([dated, undated], { claims: byArticle([a, b]) })
    expect(result.clusters.map((c) => c.claims.length)).toEqual([2])
  })
})

describe('units written two ways', () => {
  it('"40km" and "40 kilometres" are one unit', () => {
    expect(unitKey('km')).toBe('kilometre')
    expect(unitKey('kilometer')).toBe('kilometre')
    expect(unitKey('kilometre')).toBe('kilometre')
    const at = (i: number, unit: string): Claim => ({
      ...hours(i, 'The epicentre lay 40km west of the city.', 'epicentre', 40),
      unit,
    })
    const s = scorePair(features(0, at(1, 'km')), features(1, at(2, 'kilometre')), options)
    expect(s.score).toBeGreaterThanOrEqual(options.link)
  })
})
