import type { Article } from '@parallax/schema'
import { bottomK, jaccard, shingles } from './shingles.js'

/** Options of `findSameText`. */
export interface SameTextOptions {
  /** Jaccard similarity of 5-word shingles from which two articles are one text. Default `0.85`. */
  readonly threshold?: number | null
  /** Size of the min-hash sketch that finds candidates before the exact comparison. Default `32`. */
  readonly sketch?: number | null
}

/** An article found to repeat another: its index, the kept article's index, and the similarity. */
export interface SameTextDuplicate {
  readonly index: number
  readonly of: number
  readonly similarity: number
}

/**
 * Finds articles that are the same text saved in two shapes (a saved page and a clip of it).
 * Of each group the article with the most metadata is kept (then the first in input order);
 * every other is reported as a duplicate of it. Two articles whose outlets are both known and
 * differ are never duplicates: that is syndicated copy, which the aligner counts as one report.
 */
export function findSameText(
  articles: readonly Article[],
  options: SameTextOptions = {},
): SameTextDuplicate[] {
  const threshold = options.threshold ?? 0.85
  const k = options.sketch ?? 32
  const sets = articles.map(shingles)
  const order = articles
    .map((article, index) => ({ index, richness: richness(article) }))
    .sort((a, b) => b.richness - a.richness || a.index - b.index)
  const postings = new Map<number, number[]>()
  const duplicates: SameTextDuplicate[] = []
  for (const { index } of order) {
    const set = sets[index] as Set<number>
    const sketch = bottomK(set, k)
    const shared = new Map<number, number>()
    for (const h of sketch)
      for (const kept of postings.get(h) ?? []) shared.set(kept, (shared.get(kept) ?? 0) + 1)
    let best: SameTextDuplicate | null = null
    const needed = Math.max(1, Math.floor(sketch.length * threshold * 0.5))
    for (const [kept, count] of shared) {
      if (
        count < needed ||
        !sameOutletOrUnknown(articles[index] as Article, articles[kept] as Article)
      )
        continue
      const similarity = jaccard(set, sets[kept] as Set<number>)
      if (
        similarity >= threshold &&
        (!best ||
          similarity > best.similarity ||
          (similarity === best.similarity && kept < best.of))
      )
        best = { index, of: kept, similarity }
    }
    if (best) duplicates.push(best)
    else for (const h of sketch) postings.set(h, [...(postings.get(h) ?? []), index])
  }
  return duplicates.sort((a, b) => a.index - b.index)
}

function richness(article: Article): number {
  const fields = [article.outlet, article.title, article.byline, article.url]
  return fields.filter((f) => f !== null).length + (article.published.status === 'known' ? 1 : 0)
}

function sameOutletOrUnknown(a: Article, b: Article): boolean {
  return a.outlet === null || b.outlet === null || a.outlet.toLowerCase() === b.outlet.toLowerCase()
}
