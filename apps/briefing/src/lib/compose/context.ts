import type { Article, Claim, ClaimCluster, Statement } from '@parallax/schema'
import { type CitationBook, sentenceOf } from './citations.js'
import { claimDate, claimDay, isBackground } from './dating.js'
import { fragmentReason, leansOnContext, standsAlone, withoutLead } from './readable.js'
import type { ComposeContext, ResolvedComposeOptions } from './types.js'

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length

/**
 * Builds the lookups section composers share: `sources` gives each article's source number and
 * name (its `label`); `book` collects the citations they make.
 */
export function makeContext(
  options: ResolvedComposeOptions,
  date: string,
  articles: ReadonlyMap<string, Article>,
  claims: ReadonlyMap<string, Claim>,
  clusters: readonly ClaimCluster[],
  sources: { numbers: ReadonlyMap<string, number>; names: ReadonlyMap<string, string> },
  book: CitationBook,
): ComposeContext {
  const sentenceKey = (claim: Claim) =>
    `${claim.provenance.article}\u0000${sentenceOf(articles.get(claim.provenance.article) as Article, claim).id}`
  const used = new Set<string>()
  const minority = new Set(
    [...minorityAccounts(clusters)].flatMap((id) => {
      const claim = claims.get(id)
      return claim ? [sentenceKey(claim)] : []
    }),
  )
  const { numbers, names } = sources
  const number = (article: string) => numbers.get(article) ?? Number.MAX_SAFE_INTEGER
  const bySource = (a: Claim, b: Claim) =>
    number(a.provenance.article) - number(b.provenance.article) ||
    a.provenance.span.start - b.provenance.span.start
  const context: ComposeContext = {
    options,
    date,
    clusters,
    claim: (id) => claims.get(id) as Claim,
    claimsOf: (cluster) => cluster.claims.map((id) => claims.get(id) as Claim),
    article: (id) => articles.get(id) as Article,
    sourceNumber: number,
    outlet: (id) => names.get(id) ?? `source ${number(id)}`,
    sentenceText: (claim) =>
      sentenceOf(articles.get(claim.provenance.article) as Article, claim).text.trim(),
    statement(text: string, cited: readonly Claim[]): Statement {
      const ids: string[] = []
      for (const claim of cited) {
        const id = book.cite(claim)
        if (!ids.includes(id)) ids.push(id)
      }
      if (ids.length === 0) throw new TypeError(`statement without a claim to cite: ${text}`)
      return { text, citations: ids }
    },
    background: (claim) =>
      isBackground(articles.get(claim.provenance.article) as Article, claim, date),
    day: (claim) => claimDay(articles.get(claim.provenance.article) as Article, claim),
    when: (claim) => claimDate(articles.get(claim.provenance.article) as Article, claim),
    standsAlone: (cited) => cited.some((claim) => standsAlone(context.sentenceText(claim))),
    isWhole: (cited) => cited.some((claim) => fragmentReason(context.sentenceText(claim)) === null),
    extract(cited: readonly Claim[]): Statement {
      const best = bestClaim(
        cited,
        context.sentenceText,
        bySource,
        (claim) => minority.has(sentenceKey(claim)),
        (claim) => used.has(sentenceKey(claim)),
      )
      used.add(sentenceKey(best))
      const rest = [...cited].filter((claim) => claim !== best).sort(bySource)
      return context.statement(withoutLead(context.sentenceText(best)), [best, ...rest])
    },
  }
  return context
}

/** A quote's sentence should name who speaks (its surname), not only `he said`. */
function namesSpeaker(claim: Claim, sentence: string): boolean {
  if (claim.kind !== 'quote' || !claim.speaker) return true
  const surname = claim.speaker.name.trim().split(/\s+/).pop() ?? ''
  return sentence.toLowerCase().includes(surname.toLowerCase().replace(/y$/, ''))
}

/**
 * The claim whose sentence reads best on its own: 6 to 45 words and whole (no open quotation,
 * a closing stop), and not opening on a word that
 * leans on the sentence before (a quote's sentence naming its speaker), and not giving a
 * minority value of a conflict, and not already shown by an earlier statement, if any is (in
 * that order of weight); then the shortest, then the earliest source.
 */
function bestClaim(
  claims: readonly Claim[],
  text: (claim: Claim) => string,
  bySource: (a: Claim, b: Claim) => number,
  disputed: (claim: Claim) => boolean,
  shown: (claim: Claim) => boolean,
): Claim {
  const scored = claims.map((claim) => {
    const words = wordCount(text(claim))
    const sentence = text(claim)
    const alone = !leansOnContext(sentence) && namesSpeaker(claim, sentence)
    const fits =
      (words >= 6 && words <= 45 ? 0 : 8) +
      (fragmentReason(sentence) === null ? 0 : 8) +
      (alone ? 0 : 4) +
      (disputed(claim) ? 2 : 0) +
      (shown(claim) ? 1 : 0)
    return { claim, fits, words }
  })
  scored.sort((a, b) => a.fits - b.fits || a.words - b.words || bySource(a.claim, b.claim))
  const first = scored[0]
  if (!first) throw new TypeError('no claim to extract a sentence from')
  return first.claim
}

/**
 * Claims that give a minority value in some conflict (not the value most claims give): their
 * sentences (whatever claim cites them) are avoided when a statement about an agreed fact picks its words.
 */
function minorityAccounts(clusters: readonly ClaimCluster[]): Set<string> {
  const out = new Set<string>()
  for (const cluster of clusters)
    for (const conflict of cluster.conflicts ?? []) {
      let most = 0
      for (const value of conflict.values) most = Math.max(most, value.claims.length)
      for (const value of conflict.values)
        if (value.claims.length < most) for (const id of value.claims) out.add(id)
    }
  return out
}
