import { type CaseScore, type Tally, total } from './score.js'

const pct = (t: Tally) =>
  `${t.ok}/${t.expected} (${((100 * t.ok) / (t.expected || 1)).toFixed(1)}%)`

/**
 * Print an evaluation: per article and overall quote recall, speaker accuracy, detail fields,
 * spurious quotes, entities, quantities and dates (and, with `parsed`, metadata and cleaning,
 * for sets read through `parse()`), then every failure when `failures` is set.
 */
export function printReport(
  scores: readonly CaseScore[],
  options: { parsed?: boolean; failures?: boolean } = {},
): void {
  const parsed = options.parsed ?? false
  for (const s of scores) {
    console.log(
      `${s.name.padEnd(34)} recall ${pct(s.recall).padEnd(14)} speaker ${pct(s.speaker).padEnd(14)} spurious ${s.spurious}${parsed ? ` metadata ${pct(s.metadata)} quantities ${pct(s.quantities)} dates ${pct(s.dates)} cleaning ${pct(s.cleaning)}` : ''}`,
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
    ...(parsed ? (['metadata', 'cleaning'] as const) : []),
  ] as const)
    console.log(`${k.padEnd(11)} ${pct(total(scores, k))}`)
  console.log(`spurious    ${scores.reduce((n, s) => n + s.spurious, 0)}`)
  if (options.failures)
    for (const s of scores) for (const f of s.failures) console.log(`${s.name}: ${f}`)
}
