import type { Article, Citation, Claim, Provenance, Sentence } from '@parallax/schema'

/**
 * The briefing's citations: one per distinct source sentence, numbered `c1, c2, …` in order of
 * first use. A citation keeps the provenance of the first claim that cited its sentence and, as
 * its excerpt, the sentence's readable text.
 */
export class CitationBook {
  readonly #byKey = new Map<string, Citation>()
  readonly #list: Citation[] = []
  readonly #articles: ReadonlyMap<string, Article>
  readonly #sourceIds: ReadonlyMap<string, string>

  constructor(articles: ReadonlyMap<string, Article>, sourceIds: ReadonlyMap<string, string>) {
    this.#articles = articles
    this.#sourceIds = sourceIds
  }

  /** The id of the citation for this claim's sentence, adding it on first use. */
  cite(claim: Claim): string {
    const sentence = sentenceOf(this.#articles.get(claim.provenance.article) as Article, claim)
    const key = `${claim.provenance.article}\u0000${sentence.id}`
    const known = this.#byKey.get(key)
    if (known) return known.id
    // A claim may run past its sentence (a quote of two sentences): the citation keeps the part
    // inside the sentence it cites.
    const { start, end } = claim.provenance.span
    const from = Math.min(Math.max(start, sentence.span.start), sentence.span.end)
    const provenance: Provenance = {
      article: claim.provenance.article,
      span: { start: from, end: Math.max(from, Math.min(end, sentence.span.end)) },
      sentence: sentence.id,
    }
    const citation: Citation = {
      id: `c${this.#list.length + 1}`,
      source: this.#sourceIds.get(claim.provenance.article) as string,
      provenance,
      excerpt: sentence.text.trim() || sentence.raw,
    }
    this.#byKey.set(key, citation)
    this.#list.push(citation)
    return citation.id
  }

  /** Every citation, in order of first use. */
  list(): Citation[] {
    return [...this.#list]
  }
}

/**
 * The sentence a claim rests on: its `provenance.sentence` when given, else the sentence whose
 * span contains the start of the claim's span.
 */
export function sentenceOf(article: Article, claim: Claim): Sentence {
  const { sentence: id, span } = claim.provenance
  const sentences = article.annotations.sentences
  const found = id
    ? sentences.find((sentence) => sentence.id === id)
    : sentences.find(
        (s) => s.span.start <= span.start && span.start < Math.max(s.span.end, s.span.start + 1),
      )
  if (!found)
    throw new TypeError(
      `claim ${claim.id}: no sentence ${id ? `'${id}'` : `containing offset ${span.start}`} in article ${article.id}`,
    )
  return found
}
