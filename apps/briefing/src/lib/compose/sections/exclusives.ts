import type { Claim, ClaimCluster, ExclusivesSection } from '@parallax/schema'
import { fragmentReason } from '../readable.js'
import { sentenceKey } from '../sentence-key.js'
import type { ComposeContext, SectionComposer } from '../types.js'

type Group = ExclusivesSection['outlets'][number]

/** Which kinds of fact lead an outlet's exclusives: figures and events before words. */
const kindRank: Record<Claim['kind'], number> = {
  quantity: 0,
  event: 1,
  position: 2,
  characterisation: 3,
  quote: 4,
}

/**
 * Only in one report: clusters that one article alone carries (one independent report, one
 * article) and whose sentences give no side of a conflict (shown under "where accounts differ"), by source. Outlets with the most such facts first; within an outlet, whole
 * sentences before headlines and fragments, then figures and events before
 * positions and quotes, then in the order of the text.
 */
export const composeExclusives: SectionComposer<'exclusives'> = (context) => {
  const { exclusiveOutletsMax, exclusivesPerOutletMax } = context.options
  const byArticle = new Map<string, ClaimCluster[]>()
  const sides = conflictSentences(context)
  for (const cluster of context.clusters) {
    if (cluster.independent !== 1 || cluster.articles.length !== 1) continue
    if (cluster.conflicts && cluster.conflicts.length > 0) continue
    // A sentence that gives one side of a conflict is shown under "where accounts differ": what
    // it says is disputed, not one report's own finding.
    if (context.claimsOf(cluster).some((claim) => sides.has(sentenceKey(context, claim)))) continue
    // A masthead run into the story ('THE DAILY POST WORLD Monday …') is not a fact.
    if (
      context
        .claimsOf(cluster)
        .every((claim) => fragmentReason(context.sentenceText(claim)) === 'masthead')
    )
      continue
    const article = cluster.articles[0] as string
    byArticle.set(article, [...(byArticle.get(article) ?? []), cluster])
  }
  const ranked = [...byArticle.entries()].sort(
    ([a, x], [b, y]) => y.length - x.length || context.sourceNumber(a) - context.sourceNumber(b),
  )
  const outlets: Group[] = []
  let more = 0
  for (const [article, clusters] of ranked) {
    if (outlets.length >= exclusiveOutletsMax) {
      more += clusters.length
      continue
    }
    const sorted = clusters
      .map((cluster) => ({
        cluster,
        first: firstClaim(context, cluster),
        alone: context.isWhole(context.claimsOf(cluster)),
      }))
      .sort(
        (a, b) =>
          Number(!a.alone) - Number(!b.alone) ||
          kindRank[a.cluster.kind] - kindRank[b.cluster.kind] ||
          a.first.provenance.span.start - b.first.provenance.span.start,
      )
    const unique = uniqueBySentence(
      context,
      sorted.map((s) => s.cluster),
    )
    const items = unique.slice(0, exclusivesPerOutletMax)
    const cut = unique.length - items.length
    outlets.push({
      source: `S${context.sourceNumber(article)}`,
      ...(cut > 0 ? { more: cut } : {}),
      items: items.map((cluster) => context.extract(context.claimsOf(cluster))),
    })
  }
  if (outlets.length === 0) return null
  return { kind: 'exclusives', title: 'Only in one report', ...(more > 0 ? { more } : {}), outlets }
}

/** The sentences (`sentenceKey`) of every account of every conflict. */
function conflictSentences(context: ComposeContext): Set<string> {
  const out = new Set<string>()
  for (const cluster of context.clusters)
    for (const detail of cluster.conflicts ?? [])
      for (const value of detail.values)
        for (const id of value.claims) out.add(sentenceKey(context, context.claim(id)))
  return out
}

function firstClaim(context: ComposeContext, cluster: ClaimCluster): Claim {
  return context
    .claimsOf(cluster)
    .sort((a, b) => a.provenance.span.start - b.provenance.span.start)[0] as Claim
}

/** Two exclusive facts from one sentence would show the sentence twice: keep the first. */
function uniqueBySentence(
  context: ComposeContext,
  clusters: readonly ClaimCluster[],
): ClaimCluster[] {
  const seen = new Set<string>()
  return clusters.filter((cluster) => {
    const text = context.sentenceText(firstClaim(context, cluster))
    if (seen.has(text)) return false
    seen.add(text)
    return true
  })
}
