import type { ClaimCluster, QuantityClaim, Statement } from '@parallax/schema'
import { byWeight } from '../describe.js'
import { subjectReadsWell } from '../readable.js'
import type { ComposeContext, SectionComposer } from '../types.js'
import { figureSummary } from './figures.js'

/**
 * Bottom line: the facts with the most independent reports, each cited to every claim of its
 * cluster. Clusters in conflict are left to "where accounts differ". Takes every cluster with two
 * or more independent reports up to `bottomLineMax`, and fills up to `bottomLineMin` with the
 * best-ranked single-report facts. A figure is said in a templated sentence over its values
 * (`figureSummary`) when its subject reads as a noun phrase; every other fact in the best
 * member sentence. A fact that has neither (only headlines, fragments or sentences leaning on the
 * one before: `Ukraine rejected any such concessions.`) is not a bottom-line item, nor is a fact
 * whose sentence an earlier item already shows (two figures of one sentence are said once).
 */
export const composeBottomLine: SectionComposer<'bottom-line'> = (context) => {
  const { bottomLineMin, bottomLineMax } = context.options
  const ranked = context.clusters
    .filter((cluster) => cluster.relation !== 'conflict' && sayable(context, cluster))
    .sort(byWeight)
  const items: Statement[] = []
  const said = new Set<string>()
  let more = 0
  for (const cluster of ranked) {
    const shared = cluster.independent >= 2
    const claims = context.claimsOf(cluster)
    // A fact whose sentence an earlier item already shows is said: not again, not counted.
    if (claims.some((claim) => said.has(context.sentenceText(claim)))) continue
    if (items.length >= (shared ? bottomLineMax : bottomLineMin)) {
      if (shared) more += 1
      continue
    }
    const item =
      (cluster.kind === 'quantity' ? figureSummary(context, cluster) : null) ??
      context.extract(claims)
    items.push(item)
    said.add(item.text)
  }
  if (items.length === 0) return null
  return { kind: 'bottom-line', title: 'Bottom line', ...(more > 0 ? { more } : {}), items }
}

/** True when the cluster can be said in a templated figure or a sentence that stands alone. */
function sayable(context: ComposeContext, cluster: ClaimCluster): boolean {
  const claims = context.claimsOf(cluster)
  if (
    cluster.kind === 'quantity' &&
    claims.some((claim) => claim.kind === 'quantity' && subjectReadsWell(claim as QuantityClaim))
  )
    return true
  return context.standsAlone(claims)
}
