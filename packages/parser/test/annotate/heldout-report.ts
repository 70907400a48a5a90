/**
 * Print the held-out evaluation: per article and overall quote recall, speaker accuracy,
 * detail fields, spurious quotes, entities, quantities and dates, then every failure.
 * Run: `pnpm exec tsx test/annotate/heldout-report.ts [--fresh|--blind] [--failures]` in
 * packages/parser; `--fresh` scores the fresh set (fixtures/fresh-*, every input shape through
 * `parse()`, with metadata and cleaning checks) instead of the held-out set, `--blind` the blind
 * set (fixtures/blind-*) the same way.
 */
import { scoreFresh, scoreHeldout, type Tally, total } from './score-heldout.js'

const pct = (t: Tally) =>
  `${t.ok}/${t.expected} (${((100 * t.ok) / (t.expected || 1)).toFixed(1)}%)`
const blind = process.argv.includes('--blind')
const fresh = blind || process.argv.includes('--fresh')
const scores = fresh ? await scoreFresh(blind ? 'blind-' : 'fresh-') : scoreHeldout()
for (const s of scores) {
  console.log(
    `${s.name.padEnd(34)} recall ${pct(s.recall).padEnd(14)} speaker ${pct(s.speaker).padEnd(14)} spurious ${s.spurious}${fresh ? ` metadata ${pct(s.metadata)} quantities ${pct(s.quantities)} dates ${pct(s.dates)} cleaning ${pct(s.cleaning)}` : ''}`,
  )
}
console.log('')
for (const k of [
  'recall',
  'speaker',
  'details',
  'entities',
  'quantities',
  'dates',
  ...(fresh ? (['metadata', 'cleaning'] as const) : []),
] as const)
  console.log(`${k.padEnd(11)} ${pct(total(scores, k))}`)
console.log(`spurious    ${scores.reduce((n, s) => n + s.spurious, 0)}`)
if (process.argv.includes('--failures'))
  for (const s of scores) for (const f of s.failures) console.log(`${s.name}: ${f}`)
