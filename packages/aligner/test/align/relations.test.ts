import type { Alignment, ClaimCluster } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { align } from '../../src/index.js'
import { loadFixture } from './helpers.js'

function run(name: string): Alignment {
  const { articles, claims } = loadFixture(name)
  return align(articles, { claims })
}

/** The cluster holding a claim whose text contains `words`. */
function clusterOf(result: Alignment, words: string, kind?: string): ClaimCluster {
  const claim = result.claims.find((c) => c.text.includes(words) && (!kind || c.kind === kind))
  if (!claim) throw new Error(`no claim with "${words}"`)
  return result.clusters.find((c) => c.claims.includes(claim.id))!
}

const quake = run('earthquake')
const court = run('court')
const transfer = run('transfer')

describe('relations', () => {
  it('agree: one figure within its hedges ("at least 120" / "120"; "nearly six hours" / "a six-hour shift")', () => {
    const toll = clusterOf(quake, 'At least 120', 'quantity')
    expect(toll.relation).toBe('agree')
    expect(toll.claims).toHaveLength(2)
    expect(toll.independent).toBe(2)
    const hours = clusterOf(quake, 'nearly six hours')
    expect(hours.relation).toBe('agree')
    expect(hours.reasons.join(' ')).toMatch(/hedge|same figure/)
  })

  it('variant wording: one speaker, one statement, a truncated copy, with a word diff', () => {
    const c = clusterOf(quake, 'pulling survivors', 'quote')
    expect(c.relation).toBe('variant-wording')
    expect(c.wordings?.map((w) => w.wording).sort()).toEqual(['truncated', 'verbatim'])
    const full = c.wordings!.find((w) => w.wording === 'verbatim')!
    expect(full.diff.filter((d) => d.changed).map((d) => d.text.trim())).toEqual([
      'in the old town',
    ])
    expect(full.diff.map((d) => d.text).join('')).toBe(
      'We are still pulling survivors from collapsed buildings in the old town',
    )
  })

  it('unique: one independent report only', () => {
    const c = clusterOf(transfer, 'loan deal')
    expect(c.relation).toBe('unique')
    expect(c.independent).toBe(1)
    expect(c.reasons).toContain('no other claim states this')
  })

  it('positions of one party on one topic form one cluster with each wording', () => {
    const c = clusterOf(transfer, 'Rovers are demanding')
    expect(c.kind).toBe('position')
    expect(c.claims).toHaveLength(2)
    expect(c.wordings).toHaveLength(2)
    expect(c.reasons[0]).toBe('same party org:rovers on topic fee')
  })
})

describe('conflicts', () => {
  it('different numbers for one fact: hard, field value', () => {
    const c = clusterOf(quake, 'magnitude 6.8', 'quantity')
    expect(c.relation).toBe('conflict')
    expect(c.severity).toBe('hard')
    expect(c.conflicts?.[0]?.field).toBe('value')
    expect(c.conflicts?.[0]?.values.map((v) => v.value).sort()).toEqual([
      '6.8 magnitude',
      '7.1 magnitude',
    ])
    const sentence = clusterOf(court, 'four years')
    expect(sentence.conflicts?.[0]?.values.find((v) => v.value === '3 year')?.claims).toHaveLength(
      3,
    )
  })

  it('different first names for one person: hard, speaker.name', () => {
    const c = clusterOf(court, 'betrayed', 'quote')
    expect(c.conflicts?.map((d) => [d.field, d.severity])).toEqual([['speaker.name', 'hard']])
  })

  it('the same words attributed to different speakers: hard', () => {
    const c = clusterOf(court, 'victory for the rule of law')
    expect(c.conflicts?.[0]?.field).toBe('speaker')
    expect(c.conflicts?.[0]?.values.map((v) => v.value).sort()).toEqual(['Luc Brun', 'Marc Petit'])
    const said = clusterOf(transfer, '"constructive"')
    expect(said.conflicts?.[0]?.field).toBe('by')
  })

  it('different dates for one event: "in January" vs "earlier this month" in February', () => {
    const c = clusterOf(transfer, 'first met')
    expect(c.conflicts?.map((d) => [d.field, d.severity])).toEqual([['when', 'hard']])
  })

  it('a role contradicted: a sitting mayor called "former"', () => {
    const c = clusterOf(court, 'convicted former mayor', 'event')
    expect(c.conflicts?.map((d) => [d.field, d.severity])).toEqual([['participants.role', 'hard']])
  })

  it('soft: one demand at a different scope', () => {
    const c = clusterOf(transfer, 'Rovers want')
    expect(c.relation).toBe('conflict')
    expect(c.severity).toBe('soft')
    expect(c.conflicts?.[0]?.field).toBe('object')
  })
})

describe('not conflicts', () => {
  it('spelling variants of one name (Kiril / Kirill) are a note', () => {
    const c = clusterOf(quake, 'pulling survivors', 'quote')
    expect(c.conflicts).toBeUndefined()
    expect(c.notes).toEqual(['spelling variants of one name: Kiril Dobrev / Kirill Dobrev'])
  })

  it('an estimate before the event and the count after it', () => {
    const c = clusterOf(quake, 'aid flights', 'quantity')
    expect(c.relation).toBe('agree')
    expect(c.notes?.[0]).toMatch(/^an estimate \(about 40 flight, published 2026-03-04\)/)
  })

  it('"due to continue on Thursday" and "concluded" two days later', () => {
    const c = clusterOf(transfer, 'due to continue')
    expect(c.relation).toBe('agree')
    expect(c.notes?.[0]).toMatch(/a plan \(published 2026-02-10\) and its outcome/)
  })
})

describe('independent reports', () => {
  it('agency copy is one report; a digest is one source, not confirmation', () => {
    const ap = court.reports.find((r) => r.reason === 'shared agency copy (AP)')
    expect(ap?.articles).toHaveLength(2)
    const digest = court.reports.find((r) => r.digest)
    expect(digest?.reason).toMatch(/aggregator digest/)
    const verdict = clusterOf(court, 'convicted former mayor', 'event')
    expect(verdict.articles).toHaveLength(4)
    expect(verdict.independent).toBe(2)
  })
})
