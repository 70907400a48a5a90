/**
 * Print the held-out evaluation: per article and overall quote recall, speaker accuracy,
 * detail fields, spurious quotes, entities, quantities and dates, then every failure.
 * Run: `pnpm exec tsx test/annotate/heldout-report.ts` in packages/parser.
 */
import { scoreHeldout, type Tally, total } from './score-heldout.js'

const pct = (t: Tally) =>
  `${t.ok}/${t.expected} (${((100 * t.ok) / (t.expected || 1)).toFixed(1)}%)`
const scores = scoreHeldout()
for (const s of scores) {
  console.log(
    `${s.name.padEnd(34)} recall ${pct(s.recall).padEnd(14)} speaker ${pct(s.speaker).padEnd(14)} spurious ${s.spurious}`,
  )
}
console.log('')
for (const k of ['recall', 'speaker', 'details', 'entities', 'quantities', 'dates'] as const)
  console.log(`${k.padEnd(11)} ${pct(total(scores, k))}`)
console.log(`spurious    ${scores.reduce((n, s) => n + s.spurious, 0)}`)
if (process.argv.includes('--failures'))
  for (const s of scores) for (const f of s.failures) console.log(`${s.name}: ${f}`)
