// Small stand-ins for the aligner's `align` and the composition's `composeBriefing` /
// `selectStory` (which live on other branches), with exactly their signatures: enough to drive
// the command's machinery end to end and to produce schema-valid documents.
import { claimsFromArticle } from '@parallax/aligner'
import type { Alignment, Article, Briefing, Citation, Source, Statement } from '@parallax/schema'
import type { AlignClaims, BriefDeps, ComposeInput } from '../../src/lib/brief/types.js'

const keys = (a: Article): Set<string> => new Set(a.annotations.entities.map((e) => e.key))

/** Off-topic: an article that shares no entity key with any other article. */
export function selectStory(articles: readonly Article[]): ReturnType<BriefDeps['selectStory']> {
  if (articles.length < 2) return { story: [...articles], offTopic: [] }
  const story: Article[] = []
  const offTopic: Array<{ article: string; reason: string }> = []
  for (const a of articles) {
    const mine = keys(a)
    const shares = articles.some((b) => b !== a && [...keys(b)].some((k) => mine.has(k)))
    if (shares) story.push(a)
    else
      offTopic.push({
        article: a.id,
        reason: 'off-topic: shares no entity with the rest of the story',
      })
  }
  return { story, offTopic }
}

/** Every claim of every article (those handed over, else extracted), each in a cluster of its own. */
export function align(articles: readonly Article[], options?: AlignClaims | null): Alignment {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : 1))
  const claims = sorted.flatMap((a) => options?.claims?.get(a.id) ?? claimsFromArticle(a))
  return {
    articles: sorted.map((a, i) => ({
      id: a.id,
      outlet: a.outlet,
      title: a.title,
      published: a.published,
      report: `r${i + 1}`,
    })),
    reports: sorted.map((a, i) => ({ id: `r${i + 1}`, articles: [a.id], reason: 'own reporting' })),
    claims,
    clusters: claims.map((c, i) => ({
      id: `k${i + 1}`,
      kind: c.kind,
      label: c.text.slice(0, 60),
      relation: 'unique' as const,
      claims: [c.id],
      articles: [c.provenance.article],
      independent: 1,
      reasons: ['one claim'],
    })),
  }
}

/** Sources, one citation per claim (else per first sentence), a bottom line of up to three statements. */
export function composeBriefing(input: ComposeInput): Briefing {
  const sources: Source[] = input.articles.map((a, i) => ({
    id: `S${i + 1}`,
    number: i + 1,
    article: a.id,
    outlet: a.outlet,
    title: a.title,
    byline: a.byline,
    published: a.published,
    url: a.url,
    format: a.format,
  }))
  const sourceOf = new Map(sources.map((s) => [s.article, s.id]))
  const citations: Citation[] = []
  const items: Statement[] = []
  for (const claim of input.alignment.claims) {
    const id = `c${citations.length + 1}`
    citations.push({
      id,
      source: sourceOf.get(claim.provenance.article) as string,
      provenance: claim.provenance,
      excerpt: claim.text,
    })
    if (items.length < 3) items.push({ text: claim.text, citations: [id] })
  }
  if (items.length === 0)
    for (const a of input.articles) {
      const s = a.annotations.sentences[0]
      if (!s) continue
      const id = `c${citations.length + 1}`
      citations.push({
        id,
        source: sourceOf.get(a.id) as string,
        provenance: { article: a.id, span: s.span, sentence: s.id },
        excerpt: s.text,
      })
      items.push({ text: s.text, citations: [id] })
    }
  return {
    date: input.date,
    generatedAt: input.generatedAt,
    title: input.title ?? 'A test story',
    language: 'en',
    sections: items.length > 0 ? [{ kind: 'bottom-line', title: 'Bottom line', items }] : [],
    citations,
    sources,
    coverage: { topics: [], cells: [] },
    skipped: [...input.skipped],
  }
}

export const doubles: BriefDeps = { align, composeBriefing, selectStory }
