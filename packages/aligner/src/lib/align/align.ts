import type {
  AlignedArticle,
  Alignment,
  Article,
  Claim,
  ClaimCluster,
  ConflictDetail,
} from '@parallax/schema'
import { claimsFromArticle } from '../claims-from-article.js'
import { findReports } from '../reports/reports.js'
import { candidatePairs } from './candidates.js'
import { clusterClaims, type RawCluster } from './cluster.js'
import { findConflicts } from './conflicts.js'
import { crossClusterConflicts } from './cross-cluster.js'
import { type ClaimFeatures, claimFeatures } from './features.js'
import { clusterLabel, clusterTopic } from './label.js'
import { quantityClauses, quantityNames, quantityOccasion, quoteNamed } from './occasion.js'
import { type AlignOptions, type ResolvedAlignOptions, resolveOptions } from './options.js'
import { roleConflicts } from './roles.js'
import { classifyWordings } from './wordings.js'

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

function claimsOf(article: Article, given: AlignOptions['claims']): readonly Claim[] {
  if (given instanceof Map) return given.get(article.id) ?? claimsFromArticle(article)
  const record = given as Readonly<Record<string, readonly Claim[]>> | null | undefined
  return record && Object.hasOwn(record, article.id)
    ? record[article.id]!
    : claimsFromArticle(article)
}

/**
 * The scoring features of `claims` (the `i`-th claim gets index `i`), with each claim's
 * independent report (`reportOf`: article id → report id), its article's publication date, and
 * the occasion, names and clause words of the figures of `articles` (sorted by id).
 */
export function featuresOf(
  articles: readonly Article[],
  claims: readonly Claim[],
  reportOf: ReadonlyMap<string, string>,
  lexical: ResolvedAlignOptions['lexical'],
): ClaimFeatures[] {
  const published = new Map(
    articles.map((a) => [a.id, a.published.status === 'known' ? a.published.date : null]),
  )
  const occasion = quantityOccasion(articles)
  const named = quantityNames(articles)
  const clause = quantityClauses(articles)
  const quoted = quoteNamed(articles)
  return claims.map((c, i) => {
    const { when, asOf } = occasion(c)
    return claimFeatures(
      i,
      c,
      reportOf.get(c.provenance.article)!,
      published.get(c.provenance.article) ?? null,
      lexical,
      when,
      named(c),
      clause(c),
      asOf,
      quoted(c),
    )
  })
}

/**
 * Aligns the claims of many articles: finds the independent reports, gathers candidate pairs by
 * blocking (no all-pairs comparison), scores them with visible evidence, clusters them (each
 * claim in exactly one cluster, guarded against chaining), and says how each cluster's members
 * relate: agree, variant wording, conflict (with each field, value and severity), or unique.
 * Deterministic and independent of the order of `articles` (they are sorted by id).
 */
export function align(
  articles: readonly Article[],
  options?: Readonly<AlignOptions> | null,
): Alignment {
  const resolved = resolveOptions(options)
  const sorted = [...articles].sort(byId)
  const { reports, reportOf } = findReports(sorted)
  const digests = new Set(reports.filter((r) => r.digest).map((r) => r.id))
  const claims: Claim[] = []
  for (const a of sorted) {
    const own = [...claimsOf(a, options?.claims)].sort(
      (x, y) =>
        x.provenance.span.start - y.provenance.span.start ||
        (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
    )
    for (const c of own) {
      if (c.provenance.article !== a.id) {
        throw new Error(
          `align: claim ${c.id} was given for article ${a.id}${a.source.path ? ` (${a.source.path})` : ''} but its provenance names article ${c.provenance.article}`,
        )
      }
      claims.push(c)
    }
  }
  const features = featuresOf(sorted, claims, reportOf, resolved.lexical)
  const pairs = candidatePairs(features, resolved)
  const raw = clusterClaims(features, pairs, resolved).sort((p, q) => p.members[0]! - q.members[0]!)
  const clusterOf = new Map<string, number>()
  raw.forEach((r, i) => {
    for (const m of r.members) clusterOf.set(features[m]!.claim.id, i)
  })
  const roles = new Map<string, ConflictDetail[]>()
  for (const { claim, detail } of roleConflicts(features, bodyNames(sorted), clusterOf))
    roles.set(claim, [...(roles.get(claim) ?? []), detail])
  for (const { claim, detail } of crossClusterConflicts(features, raw, resolved))
    roles.set(claim, [...(roles.get(claim) ?? []), detail])
  const clusters = raw.map((r, i) => toCluster(`c${i + 1}`, r, features, digests, roles))
  const aligned: AlignedArticle[] = sorted.map((a) => ({
    id: a.id,
    outlet: a.outlet,
    title: a.title,
    published: a.published,
    report: reportOf.get(a.id)!,
  }))
  return { articles: aligned, reports, claims, clusters }
}

function toCluster(
  id: string,
  raw: RawCluster,
  features: readonly ClaimFeatures[],
  digests: ReadonlySet<string>,
  roles: ReadonlyMap<string, readonly ConflictDetail[]>,
): ClaimCluster {
  const members = raw.members.map((i) => features[i]!)
  const first = members[0]!.claim
  const articles = [...new Set(members.map((m) => m.article))]
  const reportIds = new Set(members.map((m) => m.report))
  const own = [...reportIds].filter((r) => !digests.has(r))
  const independent = Math.max(1, own.length || reportIds.size)
  const reasons = [...raw.reasons]
  if (members.length === 1) {
    reasons.push(
      raw.ejected
        ? 'left its cluster: not close enough to the cluster medoid'
        : 'no other claim states this',
    )
  }
  if (own.length < reportIds.size && own.length > 0)
    reasons.push('a digest repeating other outlets is not counted as confirmation')
  const cluster: ClaimCluster = {
    id,
    kind: first.kind,
    label: clusterLabel(first),
    relation: 'agree',
    claims: members.map((m) => m.claim.id),
    articles,
    independent,
    reasons,
  }
  const topic = clusterTopic(members.map((m) => m.claim))
  if (topic) cluster.topic = topic
  const found = members.length > 1 ? findConflicts(members) : { conflicts: [], notes: [] }
  const notes = found.notes
  // Role conflicts are found across clusters (a title in one statement, "former" in another)
  // and sit with the cluster of the claim that contradicts the others.
  const conflicts = [...found.conflicts, ...members.flatMap((m) => roles.get(m.claim.id) ?? [])]
  if (conflicts.length) {
    cluster.relation = 'conflict'
    cluster.severity = conflicts.some((c) => c.severity === 'hard') ? 'hard' : 'soft'
    cluster.conflicts = conflicts
  }
  if (notes.length) cluster.notes = notes
  if (
    members.length > 1 &&
    (first.kind === 'quote' || first.kind === 'position' || first.kind === 'characterisation')
  ) {
    const wordings = classifyWordings(members)
    if (wordings.some((w) => w.wording !== 'verbatim') || first.kind === 'position') {
      cluster.wordings = wordings
      if (cluster.relation === 'agree' && first.kind === 'quote')
        cluster.relation = 'variant-wording'
    }
  }
  if (cluster.relation === 'agree' && independent === 1) cluster.relation = 'unique'
  return cluster
}

/**
 * The names of the places, parties and organisations the articles mention, lower-cased without
 * dots ('kremlin', 'us', 'russia'): the bodies a title may name.
 */
function bodyNames(articles: readonly Article[]): Set<string> {
  const out = new Set<string>()
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/\./g, '')
      .replace(/['’]s$/, '')
  for (const a of articles) {
    const kinds = new Map<string, string>()
    for (const e of a.annotations.entities) {
      kinds.set(e.id, e.kind)
      if (e.kind !== 'person') for (const w of e.name.split(/\s+/)) out.add(norm(w))
    }
    for (const m of a.annotations.mentions)
      if (kinds.get(m.entity) !== 'person' && !/\s/.test(m.raw)) out.add(norm(m.raw))
  }
  out.delete('')
  return out
}
