import type { CoverageView } from '../view-types.js'

/** One source's row of the coverage list: the topics it covers, with their counts. */
export interface CoverageListRow {
  readonly number: number
  readonly outlet: string
  readonly topics: readonly { readonly label: string; readonly count: number }[]
}

/**
 * The coverage matrix as a list, for narrow screens where a chart's labels cannot be read
 * whole: per source (in source order), the topics it covers in topic order.
 */
export function coverageList(coverage: CoverageView): CoverageListRow[] {
  return coverage.rows.map((row) => ({
    number: row.number,
    outlet: row.outlet,
    topics: coverage.topics.flatMap((topic, index) => {
      const count = row.counts[index] ?? 0
      return count > 0 ? [{ label: topic.label, count }] : []
    }),
  }))
}
