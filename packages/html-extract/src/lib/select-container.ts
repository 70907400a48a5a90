import type { TreeAnalysis } from './analyze-tree.js'
import type { ElementNode as Element } from './tree.js'

/** Weight of boilerplate and link text against paragraph text in a container's score. */
const BAD_WEIGHT = 1

/**
 * Picks the element whose subtree holds the most paragraph-like text net of link-dense and
 * boilerplate text (the densest article subtree). A wrapper that adds nothing loses the tie to
 * the element it wraps, so the container is as tight as the evidence allows. `null` when no
 * element holds any paragraph-like text.
 */
export function selectContainer(analysis: TreeAnalysis): Element | null {
  let best: Element | null = null
  let bestScore = 0
  for (const element of analysis.order) {
    const stats = element.stats
    if (stats === null || stats.inBoilerplate || stats.contentGood === 0) continue
    let score = stats.contentGood - BAD_WEIGHT * stats.contentBad
    if (stats.positive) score *= 1.05
    if (score >= bestScore) {
      bestScore = score
      best = element
    }
  }
  return best
}
