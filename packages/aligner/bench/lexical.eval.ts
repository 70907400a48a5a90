/**
 * What each lexical signal adds on labelled statement pairs (test/align/pairs.json): for each
 * configuration, the 'same' threshold is chosen on the even-numbered pairs (dev) and precision,
 * recall and F1 are reported on the odd-numbered ones (held out), with the load and run time.
 * Run: pnpm --filter @parallax/aligner bench:lexical
 */
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { compareStatements } from '../src/lib/lexical/compare.js'
import type { LexicalSignal } from '../src/lib/lexical/signals.js'

interface Pair {
  a: string
  b: string
  same: boolean
}
const pairs = JSON.parse(
  readFileSync(new URL('../test/align/pairs.json', import.meta.url), 'utf8'),
) as Pair[]
const dev = pairs.filter((_, i) => i % 2 === 0)
const test = pairs.filter((_, i) => i % 2 === 1)
const configs: Array<readonly LexicalSignal[]> = [
  [],
  ['wordnet'],
  ['wordnet', 'hypernyms'],
  ['vectors'],
  ['wordnet', 'hypernyms', 'vectors'],
]

/** Area under the ROC curve over all pairs: the chance a 'same' pair outscores a different one. */
function auc(scores: number[]): number {
  let wins = 0
  let total = 0
  pairs.forEach((p, i) => {
    if (!p.same) return
    pairs.forEach((q, j) => {
      if (q.same) return
      total++
      wins += scores[i]! > scores[j]! ? 1 : scores[i] === scores[j] ? 0.5 : 0
    })
  })
  return wins / total
}

function prf(set: Pair[], scores: number[], t: number) {
  let tp = 0
  let fp = 0
  let fn = 0
  set.forEach((p, i) => {
    const yes = scores[i]! >= t
    if (yes && p.same) tp++
    else if (yes) fp++
    else if (p.same) fn++
  })
  const p = tp + fp ? tp / (tp + fp) : 1
  const r = tp + fn ? tp / (tp + fn) : 1
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 }
}

console.log(
  '| signals | load ms | run ms | AUC (all) | threshold (dev) | dev F1 | test P | test R | test F1 |',
)
console.log('|---|---|---|---|---|---|---|---|---|')
for (const lexical of configs) {
  const t0 = performance.now()
  compareStatements('a car stalled', 'an automobile halted', { lexical })
  compareStatements('they postpone', 'they delay', { lexical })
  const load = performance.now() - t0
  const t1 = performance.now()
  const devScores = dev.map((p) => compareStatements(p.a, p.b, { lexical }).score)
  const testScores = test.map((p) => compareStatements(p.a, p.b, { lexical }).score)
  const run = performance.now() - t1
  let best = { t: 0.5, f: -1 }
  for (let t = 0.2; t <= 0.8001; t += 0.05) {
    const { f } = prf(dev, devScores, t)
    if (f > best.f) best = { t, f }
  }
  const r = prf(test, testScores, best.t)
  const f2 = (x: number) => x.toFixed(2)
  console.log(
    `| ${lexical.join(' + ') || 'lemmas only'} | ${load.toFixed(0)} | ${run.toFixed(1)} | ${f2(auc([...pairs.map((p) => compareStatements(p.a, p.b, { lexical }).score)]))} | ${f2(best.t)} | ${f2(best.f)} | ${f2(r.p)} | ${f2(r.r)} | ${f2(r.f)} |`,
  )
}
