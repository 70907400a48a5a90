import type { Actor, Claim, DateRange } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { align, findReports } from '../../src/index.js'
import { extentOf } from '../../src/lib/align/conflicts.js'
import { toArticle } from './helpers.js'

const hex = (n: number) => n.toString(16).padStart(16, '0')
const published = (date: string) =>
  ({ status: 'known', date, datetime: null, origin: 'text' }) as const

function articles(texts: string[], date = '2026-06-02') {
  return texts.map((text, i) =>
    toArticle({ id: hex(i + 1), outlet: `Outlet ${i + 1}`, published: published(date), text }),
  )
}

function base(i: number, text: string, kind: Claim['kind']) {
  return {
    id: `${hex(i)}:${kind}:0-${text.length}`,
    text,
    provenance: { article: hex(i), span: { start: 0, end: text.length } },
  }
}

const byArticle = (claims: Claim[]) =>
  new Map(claims.map((c) => [c.provenance.article, [c]] as [string, Claim[]]))

describe('soft conflicts', () => {
  it('one person given different titles of one body ("head" / "secretary" of a council)', () => {
    const speaker = (role: string): Actor => ({ name: 'Ivo Marek', key: 'person:marek', role })
    const claims: Claim[] = [1, 2].map((i) => ({
      ...base(i, 'The port will reopen next week, Marek said.', 'quote'),
      kind: 'quote',
      speaker: speaker(
        i === 1 ? 'head of the harbour council' : 'secretary of the harbour council',
      ),
      quote: 'The port will reopen next week',
      partial: false,
    }))
    const result = align(articles(['a', 'b']), { claims: byArticle(claims) })
    const cluster = result.clusters[0]!
    expect(cluster.claims).toHaveLength(2)
    expect(cluster.severity).toBe('soft')
    expect(cluster.conflicts?.[0]?.field).toBe('speaker.role')
  })

  it('a month against a day inside it is a note, not a conflict', () => {
    const when: DateRange[] = [
      { start: '2026-05-01', end: '2026-05-31', granularity: 'month' },
      { start: '2026-05-20', end: '2026-05-20', granularity: 'day' },
    ]
    const claims: Claim[] = [1, 2].map((i) => ({
      ...base(i, 'The dam inspection took place.', 'event'),
      kind: 'event',
      event: 'inspection of the river dam by engineers',
      when: when[i - 1]!,
      where: 'Orava',
      participants: [],
    }))
    const cluster = align(articles(['a', 'b']), { claims: byArticle(claims) }).clusters[0]!
    expect(cluster.claims).toHaveLength(2)
    // A date given more precisely is not a conflict: the cluster says so in a note.
    expect(cluster.conflicts).toBeUndefined()
    expect(cluster.notes?.[0]).toMatch(/^one source gives the date more precisely/)
  })

  it('one demand at another scope of place ("the Donbas" / "the Donetsk region")', () => {
    const party: Actor = { name: 'Northland', key: 'party:northland' }
    const objects = [
      'control of the Aster valley',
      'control of the Aster valley and Brenn province',
    ]
    const claims: Claim[] = [1, 2].map((i) => ({
      ...base(i, `Northland demands ${objects[i - 1]}.`, 'position'),
      kind: 'position',
      party,
      stance: 'demand',
      object: objects[i - 1]!,
      topic: 'territory',
    }))
    const cluster = align(articles(['a', 'b']), { claims: byArticle(claims) }).clusters[0]!
    expect(cluster.relation).toBe('conflict')
    expect(cluster.severity).toBe('soft')
    expect(cluster.wordings?.map((w) => w.diff.some((d) => d.changed))).toEqual([false, true])
  })
})

describe('wordings', () => {
  it('a wording that joins two others is merged', () => {
    const quotes = [
      'we will rebuild every damaged school in the valley',
      'the reconstruction money has already arrived from the capital',
      'we will rebuild every damaged school in the valley and the reconstruction money has already arrived from the capital',
    ]
    const claims: Claim[] = quotes.map((q, i) => ({
      ...base(i + 1, q, 'quote'),
      kind: 'quote',
      speaker: { name: 'Lena Ortiz', key: 'person:ortiz' },
      quote: q,
      partial: false,
    }))
    const result = align(articles(['a', 'b', 'c']), { claims: byArticle(claims) })
    const merged = result.clusters.find((c) => c.claims.length === 3)
    expect(merged?.wordings?.map((w) => w.wording)).toEqual(['truncated', 'truncated', 'merged'])
  })
})

describe('reports', () => {
  it('long identical passages without a dateline make one report', () => {
    const shared =
      'The regional water authority said on Friday that the reservoir had fallen to its lowest level in thirty years and that rationing would begin in the northern districts next month unless heavy rain arrived before then, according to a statement released after an emergency meeting of the board.'
    const texts = [
      `${shared} Farmers said they were worried.`,
      `Local reporting. ${shared}`,
      'A different article about a football match in the capital on Saturday evening.',
    ]
    const { reports } = findReports(articles(texts))
    expect(reports).toHaveLength(2)
    expect(reports[0]?.reason).toMatch(/^shared passages: about \d+ words in common$/)
    expect(reports[0]?.articles).toEqual([hex(1), hex(2)])
  })

  it('a claim given for the wrong article is a clear error', () => {
    const claim: Claim = {
      ...base(2, 'Prices rose 3 percent.', 'quantity'),
      kind: 'quantity',
      subject: 'prices',
      value: 3,
      unit: 'percent',
      hedge: null,
    }
    expect(() => align(articles(['a', 'b']), { claims: new Map([[hex(1), [claim]]]) })).toThrow(
      `claim ${claim.id} was given for article ${hex(1)} but its provenance names article ${hex(2)}`,
    )
  })
})

describe('not conflicts', () => {
  it('many wordings of one demand are sides only by the extent they state', () => {
    expect(extentOf('Kyiv relinquish approximately 20% of the Aster region')).toBe('20%|aster')
    expect(extentOf('Northland cede the Aster valley')).toBe('aster')
    expect(extentOf('full control of the Aster valley')).toBe('all|aster')
    expect(extentOf('recognition of its annexations')).toBe('')
    const party: Actor = { name: 'Northland', key: 'party:northland' }
    const objects = [
      'Southland hand over the Aster valley',
      'control of the eastern Aster valley',
      'recognition of its annexations',
      'Southland give up parts of the Aster valley',
    ]
    const claims: Claim[] = objects.map((object, k) => ({
      ...base(k + 1, `Northland demands ${object}.`, 'position'),
      kind: 'position',
      party,
      stance: 'demand',
      object,
      topic: 'territory',
    }))
    const cluster = align(articles(['a', 'b', 'c', 'd']), { claims: byArticle(claims) })
      .clusters[0]!
    expect(cluster.claims).toHaveLength(4)
    // Two sides (the valley, parts of it), each shown by its first wording; the wording that
    // states no extent takes no side.
    expect(cluster.conflicts?.[0]?.values.map((v) => [v.value, v.claims.length])).toEqual([
      ['Southland hand over the Aster valley', 2],
      ['Southland give up parts of the Aster valley', 1],
    ])
  })

  it('one adjective given to a party and to a person is no attribution conflict', () => {
    const by: Actor[] = [
      { name: 'Moscow', key: 'party:russia' },
      { name: 'Ivo Marek', key: 'person:marek' },
    ]
    const claims: Claim[] = [1, 2].map((i) => ({
      ...base(i, 'They described the talks as "difficult".', 'characterisation'),
      kind: 'characterisation',
      by: by[i - 1]!,
      subject: 'the talks',
      descriptors: ['difficult'],
    }))
    const cluster = align(articles(['a', 'b']), { claims: byArticle(claims) }).clusters[0]!
    expect(cluster.claims).toHaveLength(2)
    expect(cluster.conflicts).toBeUndefined()
  })

  it('one person at events months apart does not make them one event with a date conflict', () => {
    const days = ['2025-12-02', '2026-02-18', '2026-02-19']
    const claims: Claim[] = days.map((day, k) => ({
      ...base(k + 1, `Marek held talks on ${day}.`, 'event'),
      kind: 'event',
      event: 'talks',
      when: { start: day, end: day, granularity: 'day' },
      where: null,
      participants: [{ name: 'Ivo Marek', key: 'person:marek' }],
    }))
    const result = align(articles(['a', 'b', 'c'], '2026-02-20'), { claims: byArticle(claims) })
    const first = result.clusters.find((c) => c.claims.includes(claims[0]!.id))!
    expect(first.claims).toEqual([claims[0]!.id])
    // Days apart, one person is still evidence of one event (whose date the sources dispute).
    const second = result.clusters.find((c) => c.claims.includes(claims[1]!.id))!
    expect(second.claims).toHaveLength(2)
    expect(second.conflicts?.[0]?.field).toBe('when')
  })
})
