import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { evaluateSet } from '../../eval/lib/evaluate-set.js'
import { readLabels } from '../../eval/lib/labels.js'
import { oracleAlign } from './oracle.js'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '../../../..')
const setsDir = resolve(here, '../../eval/sets')
const sets = readdirSync(setsDir).sort()

describe('labelled sets', () => {
  it('has the seeds and at least two stories of our own', () => {
    expect(sets).toContain('seeds')
    expect(sets.filter((s) => s !== 'seeds').length).toBeGreaterThanOrEqual(2)
  })

  for (const name of sets) {
    it(`${name}: the gold answer scores full marks on the parsed articles`, async () => {
      const setDir = join(setsDir, name)
      const gold = readLabels(readFileSync(join(setDir, 'labels.yaml'), 'utf8'), name)
      const dir = gold.dir === null ? setDir : resolve(root, gold.dir)
      const warnings: string[] = []
      const s = await evaluateSet(setDir, {
        root,
        align: oracleAlign(gold, dir),
        warn: (w) => warnings.push(w),
      })
      expect(warnings).toEqual([])
      expect(s.mentions.unmatched).toEqual([])
      expect(s.links).toMatchObject({ fp: 0, fn: 0, f1: 1 })
      expect(s.conflicts).toMatchObject({ recall: 1, severityRecall: 1, precision: 1 })
      for (const alarm of Object.values(s.falseAlarms)) expect(alarm.flagged).toBe(0)
      expect(s.exclusives.recall).toBe(1)
      expect(s.reports.correctPairs).toBe(s.reports.goldPairs)
      expect(s.reports.predictedPairs).toBe(s.reports.goldPairs)
      expect(s.reports.digestsFlagged).toBe(s.reports.digests)
    })
  }
})
