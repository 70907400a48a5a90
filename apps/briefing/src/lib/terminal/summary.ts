import type { BriefResult } from '../brief/types.js'

/** What a closing summary reports: the counts of a run, and extra lines. */
export interface SummaryFacts
  extends Pick<
    BriefResult,
    | 'inputs'
    | 'articles'
    | 'skipped'
    | 'claims'
    | 'clusters'
    | 'conflicts'
    | 'written'
    | 'elapsedMs'
  > {
  /** Extra lines (the date, the run compared with). */
  readonly notes?: readonly string[]
}

/** The closing summary: counts, each skipped input with its reason, each path written, elapsed time. */
export function formatSummary(facts: SummaryFacts): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
  const lines = [
    `${plural(facts.inputs, 'input')}, ${plural(facts.articles, 'article')} used, ${facts.skipped.length} skipped; ` +
      `${plural(facts.claims, 'claim')}, ${plural(facts.clusters, 'cluster')}, ${plural(facts.conflicts, 'conflict')}`,
    ...(facts.notes ?? []),
  ]
  if (facts.skipped.length > 0) {
    lines.push('skipped:')
    for (const s of facts.skipped) lines.push(`  ${s.file}: ${s.reason}`)
  }
  if (facts.written.length > 0) {
    lines.push('wrote:')
    for (const path of facts.written) lines.push(`  ${path}`)
  }
  lines.push(`done in ${(facts.elapsedMs / 1000).toFixed(1)} s`)
  return `${lines.join('\n')}\n`
}
