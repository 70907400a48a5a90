import { expect, it } from 'vitest'
import { formatTable, totals } from '../../eval/lib/format.js'
import { prf } from '../../eval/lib/ratio.js'
import type { SetScore } from '../../eval/score.js'

function score(set: string, tp: number, fp: number, fn: number, flaggedSpelling: number): SetScore {
  const none = prf(0, 0, 0)
  return {
    set,
    articles: 5,
    claims: 40,
    clusters: 20,
    mentions: {
      labelled: 10,
      matched: 9,
      unmatched: [{ file: 'a.txt', kind: 'quote', anchor: 'x' }],
    },
    links: {
      ...prf(tp, fp, fn),
      byKind: { quote: none, quantity: none, event: none, position: none, characterisation: none },
    },
    conflicts: {
      gold: 4,
      found: 3,
      foundWithSeverity: 2,
      predicted: 5,
      correct: 3,
      recall: 0.75,
      severityRecall: 0.5,
      precision: 0.6,
      missed: ['fee-value'],
      wrongSeverity: ['scope'],
      falsePositives: [{ cluster: 'k9', field: 'value', values: ['1', '2'] }],
    },
    falseAlarms: {
      spelling: {
        cases: 1,
        flagged: flaggedSpelling,
        ids: flaggedSpelling ? ['name-spelling'] : [],
      },
      'estimate-vs-outcome': { cases: 1, flagged: 0, ids: [] },
      'time-difference': { cases: 2, flagged: 0, ids: [] },
    },
    exclusives: { gold: 4, recalled: 2, recall: 0.5, missed: ['d.txt: €11 million'] },
    reports: {
      goldPairs: 1,
      predictedPairs: 1,
      correctPairs: 1,
      precision: 1,
      recall: 1,
      digests: 1,
      digestsFlagged: 0,
    },
  }
}

it('adds counts over sets before taking ratios', () => {
  const t = totals([score('a', 8, 2, 0, 0), score('b', 2, 0, 8, 1)])
  expect(t.links).toMatchObject({ tp: 10, fp: 2, fn: 8 })
  expect(t.links.precision).toBeCloseTo(10 / 12)
  expect(t.links.recall).toBeCloseTo(10 / 18)
  expect(t.conflicts).toMatchObject({ gold: 8, found: 6, recall: 0.75, precision: 0.6 })
  expect(t.falseAlarms.spelling).toEqual({ cases: 2, flagged: 1 })
  expect(t.exclusives).toMatchObject({ gold: 8, recalled: 4, recall: 0.5 })
})

it('prints one row per set, a total row, what each set missed and sets not scored', () => {
  const text = formatTable(
    [score('court', 8, 2, 0, 0), score('quake', 2, 0, 8, 1)],
    [{ set: 'broken', error: 'broken: a.txt: anchor "x" not found' }],
  )
  const lines = text.split('\n')
  expect(lines[0]).toMatch(/^set\s+art\s+claims\s+matched\s+link P\s+link R\s+link F1/)
  expect(lines.find((l) => l.startsWith('court'))).toMatch(/0\.80\s+1\.00\s+0\.89\s+0\.75 \(3\/4\)/)
  expect(lines.find((l) => l.startsWith('quake'))).toContain('1/1 0/1 0/2')
  expect(lines.find((l) => l.startsWith('total'))).toMatch(
    /^total\s+10\s+80\s+18\/20\s+0\.83\s+0\.56/,
  )
  expect(text).toContain('  missed conflicts: fee-value')
  expect(text).toContain('  false alarms: name-spelling (spelling)')
  expect(text).toContain('  labelled mentions with no claim: a.txt quote "x"')
  expect(text).toContain('broken: NOT SCORED\n  broken: a.txt: anchor "x" not found')
})
