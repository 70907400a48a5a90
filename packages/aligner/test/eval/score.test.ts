import type { Claim } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { readLabels } from '../../eval/lib/labels.js'
import { scoreSet } from '../../eval/score.js'
import { alignment, claim, cluster, detail, spanOf } from './helpers.js'

const texts = new Map([
  ['a.txt', 'The fee was £42 million, Keane said "he is rare" today. The crowd was 5,000 people.'],
  [
    'b.txt',
    'Officials put the fee at £45 million. Kean said "he is rare" today. Some 5,000 people came.',
  ],
  [
    'c.txt',
    'The fee: 42 million pounds. A local said "he is rare" too. The club earns £3 million a week.',
  ],
])
const ids = new Map([
  ['a.txt', 'aaaaaaaaaaaaaaaa'],
  ['b.txt', 'bbbbbbbbbbbbbbbb'],
  ['c.txt', 'cccccccccccccccc'],
])

const labels = `
set: tiny
independent: [[a.txt, b.txt]]
digests: [c.txt]
groups:
  - id: fee
    members:
      - { file: a.txt, kind: quantity, anchor: "£42 million" }
      - { file: b.txt, kind: quantity, anchor: "£45 million" }
      - { file: c.txt, kind: quantity, anchor: "42 million pounds" }
  - id: rare
    members:
      - { file: a.txt, kind: quote, anchor: "he is rare" }
      - { file: b.txt, kind: quote, anchor: "he is rare" }
      - { file: c.txt, kind: quote, anchor: "he is rare" }
  - id: crowd
    members:
      - { file: a.txt, kind: quantity, anchor: "5,000 people" }
      - { file: b.txt, kind: quantity, anchor: "5,000 people" }
conflicts:
  - id: fee-value
    field: value
    severity: hard
    members:
      - { file: a.txt, kind: quantity, anchor: "£42 million", value: "42" }
      - { file: b.txt, kind: quantity, anchor: "£45 million", value: "45" }
      - { file: c.txt, kind: quantity, anchor: "42 million pounds", value: "42" }
  - id: rare-speaker
    field: speaker
    severity: hard
    members:
      - { file: a.txt, kind: quote, anchor: "he is rare", value: Keane }
      - { file: c.txt, kind: quote, anchor: "he is rare", value: a local }
non_conflicts:
  - id: keane-spelling
    why: spelling
    members:
      - { file: a.txt, kind: quote, anchor: "he is rare" }
      - { file: b.txt, kind: quote, anchor: "he is rare" }
exclusives:
  - { file: c.txt, kind: quantity, anchor: "£3 million" }
`
const gold = readLabels(labels, 'tiny/labels.yaml')

/** A claim of `kind` exactly on `needle` in `file`. */
function on(file: string, kind: Claim['kind'], needle: string): Claim {
  const [start, end] = spanOf(texts.get(file)!, needle)
  return claim(ids.get(file)!, kind, start, end)
}

const fee = [
  on('a.txt', 'quantity', '£42 million'),
  on('b.txt', 'quantity', '£45 million'),
  on('c.txt', 'quantity', '42 million pounds'),
] as const
const rare = (['a.txt', 'b.txt', 'c.txt'] as const).map((f) => on(f, 'quote', 'he is rare'))
const crowd = [on('a.txt', 'quantity', '5,000 people'), on('b.txt', 'quantity', '5,000 people')]
const exclusive = on('c.txt', 'quantity', '£3 million')
const reports = [
  { id: 'r1', articles: ['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb'], reason: 'shared agency copy' },
  { id: 'r2', articles: ['cccccccccccccccc'], reason: 'digest', digest: true },
]

function perfect() {
  const claims = [...fee, ...rare, ...crowd, exclusive]
  return alignment(
    claims,
    [
      cluster('k-fee', [...fee], {
        relation: 'conflict',
        severity: 'hard',
        conflicts: [detail('value', 'hard', [[fee[0], fee[2]], [fee[1]]])],
      }),
      cluster('k-rare', rare, {
        relation: 'conflict',
        conflicts: [detail('speaker.name', 'hard', [[rare[0]!, rare[1]!], [rare[2]!]])],
      }),
      cluster('k-crowd', crowd),
      cluster('k-excl', [exclusive], { relation: 'unique' }),
    ],
    reports,
  )
}

const score = (a: ReturnType<typeof alignment>) =>
  scoreSet({ gold, texts, articleIds: ids, alignment: a })

describe('scoreSet', () => {
  it('gives full marks to the gold alignment', () => {
    const s = score(perfect())
    expect(s.mentions).toEqual({ labelled: 9, matched: 9, unmatched: [] })
    expect(s.links).toMatchObject({ tp: 7, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 })
    expect(s.links.byKind.quote).toMatchObject({ tp: 3, fp: 0, fn: 0 })
    expect(s.links.byKind.quantity).toMatchObject({ tp: 4, fp: 0, fn: 0 })
    expect(s.links.byKind.event).toMatchObject({ tp: 0, precision: null, recall: null })
    expect(s.conflicts).toMatchObject({
      gold: 2,
      found: 2,
      foundWithSeverity: 2,
      predicted: 2,
      correct: 2,
      recall: 1,
      precision: 1,
      missed: [],
    })
    expect(s.falseAlarms.spelling).toEqual({ cases: 1, flagged: 0, ids: [] })
    expect(s.exclusives).toMatchObject({ gold: 1, recalled: 1, recall: 1 })
    expect(s.reports).toMatchObject({ goldPairs: 1, predictedPairs: 1, precision: 1, recall: 1 })
    expect(s.reports).toMatchObject({ digests: 1, digestsFlagged: 1 })
  })

  it('is deterministic', () => {
    expect(JSON.stringify(score(perfect()))).toBe(JSON.stringify(score(perfect())))
  })

  it('counts an unmatched member as missing its links and names it', () => {
    const a = perfect()
    const without = alignment(
      a.claims.filter((c) => c.id !== fee[2].id),
      a.clusters.map((k) =>
        k.id === 'k-fee' ? { ...k, claims: k.claims.filter((id) => id !== fee[2].id) } : k,
      ),
      a.reports,
    )
    const s = score(without)
    expect(s.mentions.unmatched).toEqual([
      { file: 'c.txt', kind: 'quantity', anchor: '42 million pounds' },
    ])
    expect(s.links).toMatchObject({ tp: 5, fp: 0, fn: 2, precision: 1 })
    expect(s.links.recall).toBeCloseTo(5 / 7)
  })

  it('matches a member to the smallest overlapping claim of its kind only', () => {
    const [start, end] = spanOf(texts.get('a.txt')!, 'The fee was £42 million, Keane said')
    const sentence = claim(ids.get('a.txt')!, 'quantity', start, end)
    const wrongKind = claim(ids.get('b.txt')!, 'event', ...spanOf(texts.get('b.txt')!, '£45'))
    const a = perfect()
    const s = score(
      alignment(
        [...a.claims, sentence, wrongKind],
        [...a.clusters, cluster('k-sentence', [sentence, wrongKind], { relation: 'unique' })],
        a.reports,
      ),
    )
    expect(s.links).toMatchObject({ tp: 7, fp: 0, fn: 0 })
    // Only the sentence-long claim left: it matches, and its cluster links nothing.
    const only = alignment([sentence], [cluster('k-sentence', [sentence])])
    const t = score(only)
    expect(t.mentions.matched).toBe(1)
    expect(t.links).toMatchObject({ tp: 0, fp: 0, fn: 7 })
  })

  it('ignores links between two members of one file', () => {
    const one = readLabels(
      `set: one
groups:
  - id: g
    members:
      - { file: a.txt, kind: quantity, anchor: "£42 million" }
      - { file: a.txt, kind: quantity, anchor: "5,000 people" }`,
      'one.yaml',
    )
    const s = scoreSet({ gold: one, texts, articleIds: ids, alignment: perfect() })
    expect(s.links).toMatchObject({ tp: 0, fp: 0, fn: 0, f1: null })
  })

  it('separates severity agreement, false alarms and predicted conflicts no label has', () => {
    const a = perfect()
    const clusters = a.clusters.map((k) => {
      if (k.id === 'k-rare')
        return {
          ...k,
          conflicts: [detail('speaker.name', 'soft', [[rare[0]!], [rare[1]!], [rare[2]!]])],
        }
      if (k.id === 'k-crowd')
        return {
          ...k,
          relation: 'conflict' as const,
          conflicts: [detail('value', 'hard', [[crowd[0]!], [crowd[1]!]])],
        }
      return k
    })
    const s = score(alignment(a.claims, clusters, a.reports))
    expect(s.conflicts).toMatchObject({ found: 2, foundWithSeverity: 1, predicted: 3, correct: 2 })
    expect(s.conflicts.wrongSeverity).toEqual(['rare-speaker'])
    expect(s.conflicts.precision).toBeCloseTo(2 / 3)
    expect(s.conflicts.falsePositives).toEqual([
      { cluster: 'k-crowd', field: 'value', values: ['v0', 'v1'] },
    ])
    expect(s.falseAlarms.spelling).toEqual({ cases: 1, flagged: 1, ids: ['keane-spelling'] })
  })

  it('reads a conflict cluster without details as every claim on its own side', () => {
    const a = perfect()
    const clusters = a.clusters.map((k) =>
      k.id === 'k-fee'
        ? { ...k, conflicts: undefined as never }
        : k.id === 'k-rare'
          ? { ...k, relation: 'agree' as const, conflicts: [] }
          : k,
    )
    const s = score(alignment(a.claims, clusters, a.reports))
    expect(s.conflicts).toMatchObject({ found: 1, predicted: 1, missed: ['rare-speaker'] })
  })

  it('misses an exclusive that shares a cluster with another report or sits in none', () => {
    const a = perfect()
    const shared = a.clusters
      .filter((k) => k.id !== 'k-excl')
      .map((k) => (k.id === 'k-crowd' ? cluster('k-crowd', [...crowd, exclusive]) : k))
    expect(score(alignment(a.claims, shared, a.reports)).exclusives).toMatchObject({
      recalled: 0,
      missed: ['c.txt: £3 million'],
    })
    const none = a.clusters.filter((k) => k.id !== 'k-excl')
    expect(score(alignment(a.claims, none, a.reports)).exclusives.recalled).toBe(0)
  })

  it('scores independent reports as pairs of files', () => {
    const one = [{ id: 'r1', articles: [...ids.values()], reason: 'all one' }]
    const a = perfect()
    const s = score(alignment(a.claims, a.clusters, one))
    expect(s.reports).toMatchObject({
      predictedPairs: 3,
      correctPairs: 1,
      recall: 1,
      digestsFlagged: 0,
    })
    expect(s.reports.precision).toBeCloseTo(1 / 3)
  })

  it('rejects an anchor that occurs twice, naming the file and the anchor', () => {
    const twice = readLabels(
      'set: t\nexclusives:\n  - { file: a.txt, kind: quantity, anchor: "The" }\n',
      't.yaml',
    )
    expect(() => scoreSet({ gold: twice, texts, articleIds: ids, alignment: perfect() })).toThrow(
      /a\.txt: anchor "The" found 2 times \(at offsets 0, 56\)/,
    )
  })

  it('rejects a missing anchor and an unknown file, listing both', () => {
    const bad = readLabels(
      'set: t\nexclusives:\n  - { file: b.txt, kind: quote, anchor: "absent words" }\n  - { file: z.txt, kind: quote, anchor: "x" }\n',
      't.yaml',
    )
    let message = ''
    try {
      scoreSet({ gold: bad, texts, articleIds: ids, alignment: perfect() })
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toContain('b.txt: anchor "absent words" not found')
    expect(message).toContain('z.txt: no such file in the set')
  })
})
