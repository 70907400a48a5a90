import type { Actor, Claim, DateRange } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { align } from '../../src/index.js'
import { claimFeatures } from '../../src/lib/align/features.js'
import { resolveOptions } from '../../src/lib/align/options.js'
import { roleConflicts } from '../../src/lib/align/roles.js'
import { scorePair } from '../../src/lib/align/score.js'
import { sameNameSpelling } from '../../src/lib/lexical/names.js'
import { toArticle } from './helpers.js'

const hex = (n: number) => n.toString(16).padStart(16, '0')
const published = (date: string) =>
  ({ status: 'known', date, datetime: null, origin: 'text' }) as const

function articles(n: number, date = '2026-06-02') {
  return Array.from({ length: n }, (_, i) =>
    toArticle({ id: hex(i + 1), outlet: `Outlet ${i + 1}`, published: published(date), text: 'x' }),
  )
}

function base(i: number, text: string, kind: Claim['kind'], at = 0) {
  return {
    id: `${hex(i)}:${kind}:${at}-${at + text.length}`,
    text,
    provenance: { article: hex(i), span: { start: at, end: at + text.length } },
  }
}

const byArticle = (claims: Claim[]) => {
  const map = new Map<string, Claim[]>()
  for (const c of claims)
    map.set(c.provenance.article, [...(map.get(c.provenance.article) ?? []), c])
  return map
}

const quote = (i: number, text: string, words: string, speaker: Actor, at = 0): Claim => ({
  ...base(i, text, 'quote', at),
  kind: 'quote',
  speaker,
  quote: words,
  partial: false,
})

describe('names', () => {
  it('one consonant for another is another first name; added letters and vowels are spellings', () => {
    expect(sameNameSpelling('Hakan', 'Hasan')).toBe(false)
    expect(sameNameSpelling('Kiril', 'Kirill')).toBe(true)
    expect(sameNameSpelling('Aleksandr', 'Alexandr')).toBe(true)
    expect(sameNameSpelling('Zelensky', 'Zelenskiy')).toBe(true)
  })

  it('transliterations that write two inner vowels differently are one name; a consonant is not', () => {
    expect(sameNameSpelling('Mohammed', 'Muhammad')).toBe(true)
    expect(sameNameSpelling('Mohammed', 'Muhammar')).toBe(false)
    expect(sameNameSpelling('Dale', 'Dane')).toBe(false)
  })

  it('a first-name conflict keeps spelling variants of one name on one side', () => {
    const names = ['Hakan Yildiz', 'Hakan Yıldız', 'Hasan Yıldız']
    const claims = names.map((name, k) =>
      quote(k + 1, 'We could not stand in his way, he said.', 'We could not stand in his way', {
        name,
        key: 'person:yildiz',
      }),
    )
    const c = align(articles(3), { claims: byArticle(claims) }).clusters[0]!
    expect(c.claims).toHaveLength(3)
    const d = c.conflicts?.find((x) => x.field === 'speaker.name')
    expect(d?.values.map((v) => v.claims.length)).toEqual([2, 1])
  })
})

describe('roles', () => {
  it('a title before the name, held in one article and "former" in another, across clusters', () => {
    const keane = { name: 'Graham Keane', key: 'person:keane' }
    const claims = [
      quote(1, 'Harbour manager Graham Keane called him a rare talent.', 'a rare talent', keane),
      quote(
        2,
        'Former Harbour manager Graham Keane said the team would improve.',
        'the team would improve',
        keane,
      ),
    ]
    const result = align(articles(2), { claims: byArticle(claims) })
    const conflict = result.clusters.flatMap((c) => c.conflicts ?? [])
    expect(conflict.map((d) => [d.field, d.severity])).toEqual([['speaker.role', 'hard']])
    expect(conflict[0]!.values.flatMap((v) => v.claims).sort()).toEqual(
      claims.map((c) => c.id).sort(),
    )
  })

  it('two titles of one rank are soft; a title that only adds a word is none', () => {
    const claimsFor = (roles: string[]) =>
      roles.map((role, k) =>
        quote(k + 1, 'We watched him for years, he said.', 'We watched him for years', {
          name: 'Luca Bern',
          key: 'person:bern',
          role,
        }),
      )
    const soft = align(articles(2), {
      claims: byArticle(claimsFor(['technical director', 'Sporting director'])),
    })
    expect(soft.clusters[0]!.conflicts?.map((d) => [d.field, d.severity])).toEqual([
      ['speaker.role', 'soft'],
    ])
    const none = align(articles(2), {
      claims: byArticle(claimsFor(['director', "Harbour's director"])),
    })
    expect(none.clusters[0]!.conflicts).toBeUndefined()
  })

  it('a rank word the other title lacks, or another head of the same owner, is soft; two named offices are hard', () => {
    const claimsFor = (roles: string[]) =>
      roles.map((role, k) =>
        quote(k + 1, 'We watched him for years, he said.', 'We watched him for years', {
          name: 'Luca Bern',
          key: 'person:bern',
          role,
        }),
      )
    for (const pair of [
      ['fire chief', "the county's deputy fire chief"],
      ["the authority's chief executive", 'the authority’s director of food safety'],
    ]) {
      const found = align(articles(2), { claims: byArticle(claimsFor(pair)) })
      expect(found.clusters[0]!.conflicts?.map((d) => [d.field, d.severity])).toEqual([
        ['speaker.role', 'soft'],
      ])
    }
    const offices = align(articles(2), {
      claims: byArticle(claimsFor(['Civil Protection Minister', 'Interior Minister'])),
    })
    expect(offices.clusters[0]!.conflicts?.map((d) => d.severity)).toEqual(['hard'])
    const none = align(articles(2), {
      claims: byArticle(claimsFor(["the authority's director", 'director of the authority'])),
    })
    expect(none.clusters[0]!.conflicts).toBeUndefined()
  })

  it("a role conflict cites its own cluster's claims when that cluster holds both titles", () => {
    const bern = (role: string) => ({ name: 'Luca Bern', key: 'person:bern', role })
    const claims = [
      quote(1, 'We watched him for years, he said.', 'We watched him for years', bern('coach')),
      quote(
        2,
        'We watched him for years, he said.',
        'We watched him for years',
        bern('deputy coach'),
      ),
      quote(1, 'The pitch was poor, he said.', 'The pitch was poor', bern('coach'), 100),
    ]
    const result = align(articles(2), { claims: byArticle(claims) })
    const shown = result.clusters.flatMap((c) => (c.conflicts ?? []).map((d) => ({ c, d })))
    expect(shown).toHaveLength(1)
    const cited = shown[0]!.d.values.flatMap((v) => v.claims)
    expect(cited.every((id) => shown[0]!.c.claims.includes(id))).toBe(true)
    expect(cited).not.toContain(claims[2]!.id)
  })
})

describe('event identity', () => {
  const event = (i: number, when: DateRange, where: string | null): Claim => ({
    ...base(i, 'The talks took place.', 'event'),
    kind: 'event',
    event: 'talks',
    when,
    where,
    participants: [],
  })
  const feb: DateRange = { start: '2026-02-18', end: '2026-02-18', granularity: 'day' }
  const dec: DateRange = { start: '2025-12-02', end: '2025-12-02', granularity: 'day' }

  it('one shared noun at exclusive dates is two events, not a date conflict', () => {
    const result = align(articles(2), {
      claims: byArticle([event(1, feb, null), event(2, dec, null)]),
    })
    expect(result.clusters).toHaveLength(2)
    expect(result.clusters.every((c) => !c.conflicts)).toBe(true)
  })

  it('in different places is two events; in one place at exclusive dates, a date conflict', () => {
    const apart = align(articles(2), {
      claims: byArticle([event(1, feb, 'Geneva'), event(2, feb, 'Moscow')]),
    })
    expect(apart.clusters).toHaveLength(2)
    const one = align(articles(2), {
      claims: byArticle([event(1, feb, 'Geneva'), event(2, dec, 'Geneva')]),
    })
    expect(one.clusters[0]!.conflicts?.map((d) => [d.field, d.severity])).toEqual([
      ['when', 'hard'],
    ])
  })
})

describe('quantities', () => {
  const count = (i: number, subject: string, value: number): Claim => ({
    ...base(i, `${value} ${subject}.`, 'quantity'),
    kind: 'quantity',
    subject,
    value,
    unit: 'person',
    hedge: null,
  })

  it('a subject that only repeats the unit links on the same figure only', () => {
    const differ = align(articles(2), {
      claims: byArticle([count(1, 'people', 2000), count(2, 'people', 60)]),
    })
    expect(differ.clusters).toHaveLength(2)
    const same = align(articles(2), {
      claims: byArticle([count(1, 'people', 60), count(2, 'people', 60)]),
    })
    expect(same.clusters).toHaveLength(1)
  })
})

describe('speaker conflicts', () => {
  it('different people sharing one adjective are not the same words', () => {
    const claims: Claim[] = [['intensive', 'substantive'], ['exceptionally substantive']].map(
      (descriptors, k) => ({
        ...base(k + 1, 'The talks were described.', 'characterisation'),
        kind: 'characterisation',
        by: {
          name: k === 0 ? 'Anna Pol' : 'Ivo Drum',
          key: k === 0 ? 'person:pol' : 'person:drum',
        },
        subject: 'talks',
        descriptors,
      }),
    )
    const result = align(articles(2), { claims: byArticle(claims) })
    expect(result.clusters.flatMap((c) => c.conflicts ?? [])).toEqual([])
  })
})

describe('figures in context', () => {
  const options = resolveOptions(null)
  const hours = (
    i: number,
    subject: string,
    value: number,
    names: { people: string[]; places: string[] },
  ) => {
    const claim: Claim = {
      ...base(i, `${value} hours.`, 'quantity'),
      kind: 'quantity',
      subject,
      value,
      unit: 'hour',
      hedge: null,
    }
    return claimFeatures(i, claim, hex(i), null, options.lexical, null, names)
  }

  it('different figures in sentences naming only different places are not one fact', () => {
    const a = hours(1, 'session of talks', 2, { people: [], places: ['place:geneva'] })
    const b = hours(2, 'session of talks', 4, { people: [], places: ['place:moscow'] })
    expect(scorePair(a, b, options).score).toBe(0)
    const c = hours(3, 'session of talks', 4, { people: [], places: ['place:geneva'] })
    expect(scorePair(a, c, options).score).toBeGreaterThanOrEqual(options.link)
  })

  it('sentences naming one person make weakly worded figures one fact', () => {
    const a = hours(1, 'chief officer received', 5, { people: ['person:cardoso'], places: [] })
    const b = hours(2, 'chief handed', 4, { people: ['person:cardoso'], places: [] })
    const c = hours(3, 'chief handed', 4, { people: [], places: [] })
    expect(scorePair(a, b, options).score).toBeGreaterThanOrEqual(options.link)
    expect(scorePair(a, c, options).score).toBeLessThan(options.link)
  })

  it('figures dated to one day in sentences naming one person are one fact', () => {
    const day: DateRange = { start: '2026-07-09', end: '2026-07-09', granularity: 'day' }
    const money = (i: number, subject: string, value: number, when: DateRange | null) => {
      const claim: Claim = {
        ...base(i, `${value} pounds.`, 'quantity'),
        kind: 'quantity',
        subject,
        value,
        unit: 'GBP',
        hedge: null,
      }
      return claimFeatures(i, claim, hex(i), null, options.lexical, when, {
        people: ['person:demir'],
        places: [],
      })
    }
    expect(
      scorePair(money(1, 'record fee', 42e6, day), money(2, 'deal', 45e6, day), options).score,
    ).toBeGreaterThanOrEqual(options.link)
    expect(
      scorePair(money(1, 'record fee', 42e6, null), money(2, 'deal', 45e6, day), options).score,
    ).toBeLessThan(options.link)
  })

  it('one distinctive figure in one unit is one fact however its subject is named; small ones need a word', () => {
    const q = (i: number, subject: string, value: number, unit: string) => {
      const claim: Claim = {
        ...base(i, `${value} ${unit}.`, 'quantity'),
        kind: 'quantity',
        subject,
        value,
        unit,
        hedge: null,
      }
      return claimFeatures(i, claim, hex(i), null, options.lexical, null, {
        people: [],
        places: [],
      })
    }
    expect(
      scorePair(q(1, 'depth', 40, 'kilometre'), q(2, 'west of the town', 40, 'km'), options).score,
    ).toBeGreaterThanOrEqual(options.link)
    expect(
      scorePair(q(1, 'depth', 40, 'kilometre'), q(2, 'west of the town', 41, 'km'), options).score,
    ).toBeLessThan(options.link)
    expect(
      scorePair(q(1, 'contract', 5, 'year'), q(2, 'ban', 5, 'year'), options).score,
    ).toBeLessThan(options.link)
    // WordNet synonyms are one unit.
    expect(
      scorePair(q(1, 'strength', 6.1, 'quake'), q(2, 'strength', 6.1, 'earthquake'), options).score,
    ).toBeGreaterThanOrEqual(options.link)
  })
})

describe('roles', () => {
  it('titles that differ only in words naming the body served are one title', () => {
    const options = resolveOptions(null)
    const said = (i: number, role: string) =>
      claimFeatures(
        i,
        {
          ...base(i, 'The talks were hard, he said.', 'quote'),
          kind: 'quote',
          speaker: { name: 'Ivo Marek', key: 'person:marek', role },
          quote: 'The talks were hard',
          partial: false,
        },
        hex(i),
        null,
        options.lexical,
      )
    const titles = [said(1, 'Kremlin negotiator'), said(2, 'chief Northlandic negotiator')]
    expect(roleConflicts(titles, new Set(['kremlin', 'northland']))).toEqual([])
    expect(roleConflicts(titles, new Set())).toHaveLength(1)
    const ranks = [said(1, 'technical director'), said(2, 'sporting director')]
    expect(roleConflicts(ranks, new Set(['kremlin', 'northland']))).toHaveLength(1)
  })
})
