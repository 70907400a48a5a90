import type { Article, Claim } from '@parallax/schema'
import { sentenceOf } from './citations.js'
import type { ComposeInput } from './types.js'

/**
 * Checks that the alignment fits the articles and texts it came with: every claim's article and
 * text are there, its span lies in the text and overlaps its sentence (a claim may run past it: a
 * quote of two sentences; its citation keeps the part inside), every cluster member and article
 * exists. A mismatch is a programming error upstream, so it throws a `TypeError` that
 * lists every problem (at most 20) with the claim or cluster id.
 */
export function checkComposeInput(input: ComposeInput): void {
  const problems: string[] = []
  const articles = new Map(input.articles.map((article) => [article.id, article]))
  if (articles.size !== input.articles.length) problems.push('articles: an article id repeats')
  const claims = new Map<string, Claim>()
  for (const claim of input.alignment.claims) {
    if (claims.has(claim.id)) problems.push(`claim ${claim.id}: the id repeats`)
    claims.set(claim.id, claim)
    const problem = claimProblem(claim, articles.get(claim.provenance.article), input.texts)
    if (problem) problems.push(`claim ${claim.id}: ${problem}`)
  }
  for (const cluster of input.alignment.clusters) {
    for (const id of cluster.claims)
      if (!claims.has(id)) problems.push(`cluster ${cluster.id}: no claim '${id}'`)
    for (const id of cluster.articles)
      if (!articles.has(id)) problems.push(`cluster ${cluster.id}: no article '${id}'`)
  }
  if (problems.length > 0)
    throw new TypeError(
      `composeBriefing: the alignment does not fit the articles:\n  ${problems.slice(0, 20).join('\n  ')}${problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ''}`,
    )
}

function claimProblem(
  claim: Claim,
  article: Article | undefined,
  texts: ReadonlyMap<string, string>,
): string | null {
  const { article: id, span } = claim.provenance
  if (!article) return `no article '${id}' among the input articles`
  const text = texts.get(id)
  if (text === undefined) return `no source text for article '${id}'`
  if (span.start > span.end || span.end > text.length)
    return `span ${span.start}–${span.end} is outside the source text (length ${text.length})`
  let sentence: ReturnType<typeof sentenceOf>
  try {
    sentence = sentenceOf(article, claim)
  } catch (error) {
    return (error as Error).message.replace(/^claim \S+: /, '')
  }
  if (span.end <= sentence.span.start || span.start >= sentence.span.end)
    return `span ${span.start}–${span.end} does not overlap its sentence ${sentence.id} (${sentence.span.start}–${sentence.span.end})`
  return null
}
