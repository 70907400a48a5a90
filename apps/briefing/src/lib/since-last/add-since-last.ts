import type {
  Alignment,
  Briefing,
  Citation,
  Claim,
  Section,
  SinceLastSection,
} from '@parallax/schema'
import type { ArchivedRun } from '../archive/archive.js'
import { findChanges } from './changes.js'

/** Options of `addSinceLast`. */
export interface SinceLastOptions {
  /** Most items shown; the title says how many more there are. Default `10`. */
  readonly maxItems?: number | null
  /** Most citations per item. Default `6`. */
  readonly maxCitations?: number | null
}

/**
 * Adds "since the last briefing" right after the bottom line: what changed against `previous`
 * (the most recent earlier run): conflicts resolved or new, figures changed, positions moved, new
 * quotes and facts. Clusters are matched across runs by content, not id. Every item cites the
 * current sources' sentences, reusing the briefing's citations where it has one for the sentence.
 * With no change to report the briefing is returned as it is.
 */
export function addSinceLast(
  briefing: Briefing,
  current: Alignment,
  previous: ArchivedRun,
  options: SinceLastOptions = {},
): Briefing {
  const maxItems = options.maxItems ?? 10
  const maxCitations = options.maxCitations ?? 6
  const changes = findChanges(current, previous.alignment, previous.date)
  const cite = citer(briefing, current)
  const items: SinceLastSection['items'] = []
  let found = 0
  for (const change of changes) {
    const citations = [
      ...new Set(change.claims.map(cite).filter((id): id is string => id !== null)),
    ]
    if (citations.length === 0) continue
    found++
    if (items.length < maxItems)
      items.push({
        change: change.change,
        statement: { text: change.text, citations: citations.slice(0, maxCitations) },
      })
  }
  const sections = briefing.sections.filter((s) => s.kind !== 'since-last')
  if (items.length === 0) return { ...briefing, sections }
  const more = found - items.length
  const section: SinceLastSection = {
    kind: 'since-last',
    title:
      more > 0
        ? `Since the last briefing (${more} more changes not shown)`
        : 'Since the last briefing',
    previous: { date: previous.date, generatedAt: previous.generatedAt },
    items,
  }
  const after = sections.findIndex((s) => s.kind === 'bottom-line') + 1
  const out: Section[] = [...sections.slice(0, after), section, ...sections.slice(after)]
  return { ...briefing, sections: out, citations: cite.added() }
}

/**
 * A function from a claim id to a citation id: the briefing's citation of the claim's sentence
 * when there is one, else a new citation (the claim's provenance, its sentence as excerpt).
 * `null` for a claim whose article is not among the briefing's sources.
 */
function citer(
  briefing: Briefing,
  current: Alignment,
): ((claimId: string) => string | null) & { added(): Citation[] } {
  const claims = new Map<string, Claim>(current.claims.map((c) => [c.id, c]))
  const sourceOf = new Map(briefing.sources.map((s) => [s.article, s.id]))
  const citations = [...briefing.citations]
  const byKey = new Map<string, string>()
  let next = 1
  for (const c of citations) {
    next = Math.max(next, Number(c.id.slice(1)) + 1)
    byKey.set(keyOf(c.provenance.article, c.provenance.sentence, c.provenance.span), c.id)
    if (c.provenance.sentence)
      byKey.set(keyOf(c.provenance.article, c.provenance.sentence, null), c.id)
  }
  const cite = (claimId: string): string | null => {
    const claim = claims.get(claimId)
    if (!claim) return null
    const source = sourceOf.get(claim.provenance.article)
    if (!source) return null
    const { article, sentence, span } = claim.provenance
    const existing = byKey.get(keyOf(article, sentence, sentence ? null : span))
    if (existing) return existing
    const id = `c${next++}`
    citations.push({
      id,
      source,
      provenance: { ...claim.provenance, span: { ...span } },
      excerpt: claim.text.trim() || claim.text,
    })
    byKey.set(keyOf(article, sentence, sentence ? null : span), id)
    return id
  }
  return Object.assign(cite, { added: () => citations })
}

function keyOf(
  article: string,
  sentence: string | undefined,
  span: { start: number; end: number } | null,
): string {
  return span ? `${article}\u0000@${span.start}-${span.end}` : `${article}\u0000${sentence ?? ''}`
}
