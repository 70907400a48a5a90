import { byWeight } from '../describe.js'
import type { SectionComposer } from '../types.js'
import { figureSummary } from './figures.js'

/**
 * Bottom line: the facts with the most independent reports, each cited to every claim of its
 * cluster. Clusters in conflict are left to "where accounts differ". Takes every cluster with two
 * or more independent reports up to `bottomLineMax`, and fills up to `bottomLineMin` with the
 * best-ranked single-report facts. A figure is said in a templated sentence over its values
 * (`figureSummary`); every other fact in the best member sentence.
 */
export const composeBottomLine: SectionComposer<'bottom-line'> = (context) => {
  const { bottomLineMin, bottomLineMax } = context.options
  const ranked = context.clusters
    .filter((cluster) => cluster.relation !== 'conflict')
    .sort(byWeight)
  const shared = ranked.filter((cluster) => cluster.independent >= 2)
  const chosen = shared.slice(0, bottomLineMax)
  for (const cluster of ranked) {
    if (chosen.length >= bottomLineMin) break
    if (!chosen.includes(cluster)) chosen.push(cluster)
  }
  if (chosen.length === 0) return null
  const more = shared.length - chosen.filter((c) => c.independent >= 2).length
  return {
    kind: 'bottom-line',
    title: 'Bottom line',
    ...(more > 0 ? { more } : {}),
    items: chosen.map(
      (cluster) =>
        (cluster.kind === 'quantity' ? figureSummary(context, cluster) : null) ??
        context.extract(context.claimsOf(cluster)),
    ),
  }
}
