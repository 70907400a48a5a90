import { readFileSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { loadManifest, parse } from '@parallax/parser'
import type {
  Alignment,
  Article,
  Claim,
  ClaimCluster,
  ClusterWording,
  DiffSegment,
  IndependentReport,
  ManifestEntry,
  SkippedInput,
} from '@parallax/schema'
import type { ComposeInput } from '../../src/lib/compose/index.js'

/**
 * A hand-written alignment over real, parsed articles. Claims name their article and the exact
 * words they rest on (`find`, white space flexible); the builder turns that into a provenance
 * (span in the source text, the sentence that contains it) the way the aligner must.
 */
export interface CaseSpec {
  date: string
  generatedAt: string
  title?: string
  /** Manifest (relative to the case folder) for the articles' metadata. */
  manifest?: string
  /** Name → input file, relative to the case folder. */
  articles: Record<string, string>
  /** Independent reports by article names; default: one per article. */
  reports?: Array<{ articles: string[]; reason: string; digest?: boolean }>
  claims: Array<
    { ref: string; article: string; find: string; kind: Claim['kind'] } & Record<string, unknown>
  >
  clusters: Array<
    Omit<ClaimCluster, 'articles' | 'independent' | 'reasons' | 'wordings' | 'claims'> & {
      claims: string[]
      reasons?: string[]
      wordings?: boolean
    }
  >
  skipped?: SkippedInput[]
}

/** Parses the case's articles and builds the `ComposeInput` its spec describes. */
export async function buildInput(dir: string): Promise<ComposeInput> {
  const spec = JSON.parse(readFileSync(resolve(dir, 'input.json'), 'utf8')) as CaseSpec
  const manifest = spec.manifest
    ? loadManifest(readFileSync(resolve(dir, spec.manifest), 'utf8')).entries
    : []
  const byName = new Map<string, Article>()
  const texts = new Map<string, string>()
  for (const [name, file] of Object.entries(spec.articles)) {
    const path = resolve(dir, file)
    const entry = manifest.find((e: ManifestEntry) => e.file === basename(path)) ?? null
    const result = await parse({ bytes: readFileSync(path), path: basename(path), manifest: entry })
    if (!result.article || result.text === null) throw new Error(`${file}: no article`)
    byName.set(name, result.article)
    texts.set(result.article.id, result.text)
  }
  const article = (name: string) => {
    const found = byName.get(name)
    if (!found) throw new Error(`${dir}: no article named '${name}'`)
    return found
  }
  const claimIds = new Map<string, string>()
  const claims: Claim[] = spec.claims.map(({ ref, article: name, find, ...fields }) => {
    const a = article(name)
    const text = texts.get(a.id) as string
    const provenance = locate(a, text, find, `${dir}: claim ${ref}`)
    const id = `${a.id}:${fields.kind}:${provenance.span.start}`
    claimIds.set(ref, id)
    const words = text.slice(provenance.span.start, provenance.span.end).replace(/\s+/g, ' ')
    return {
      id,
      text: words,
      provenance,
      ...(fields.kind === 'quote' ? { quote: words } : {}),
      ...fields,
    } as unknown as Claim
  })
  const claimOf = (ref: string) => {
    const id = claimIds.get(ref)
    if (!id) throw new Error(`${dir}: no claim '${ref}'`)
    return id
  }
  const reportSpecs: NonNullable<CaseSpec['reports']> =
    spec.reports ??
    Object.keys(spec.articles).map((name) => ({ articles: [name], reason: 'own reporting' }))
  const reports: IndependentReport[] = reportSpecs.map((r, index) => ({
    id: `r${index + 1}`,
    articles: r.articles.map((name) => article(name).id),
    reason: r.reason,
    ...(r.digest ? { digest: true } : {}),
  }))
  const reportOf = new Map(reports.flatMap((r) => r.articles.map((a) => [a, r.id] as const)))
  const byId = new Map(claims.map((claim) => [claim.id, claim]))
  const clusters: ClaimCluster[] = spec.clusters.map(({ wordings, reasons, ...cluster }) => {
    const members = cluster.claims.map(claimOf)
    const articles = [...new Set(members.map((id) => (byId.get(id) as Claim).provenance.article))]
    return {
      ...cluster,
      claims: members,
      articles,
      independent: new Set(articles.map((a) => reportOf.get(a))).size,
      reasons: reasons ?? ['hand-labelled'],
      ...(cluster.conflicts
        ? {
            conflicts: cluster.conflicts.map((c) => ({
              ...c,
              values: c.values.map((v) => ({ ...v, claims: v.claims.map(claimOf) })),
            })),
          }
        : {}),
      ...(wordings ? { wordings: wordDiffs(members.map((id) => byId.get(id) as Claim)) } : {}),
    }
  })
  const alignment: Alignment = {
    articles: [...byName.values()].map((a) => ({
      id: a.id,
      outlet: a.outlet,
      title: a.title,
      published: a.published,
      report: reportOf.get(a.id) as string,
    })),
    reports,
    claims,
    clusters,
  }
  return {
    date: spec.date,
    generatedAt: spec.generatedAt,
    ...(spec.title ? { title: spec.title } : {}),
    articles: [...byName.values()],
    texts,
    alignment,
    skipped: spec.skipped ?? [],
  }
}

/** The first occurrence of `find` (white space flexible) that lies inside a sentence. */
function locate(article: Article, text: string, find: string, where: string): Claim['provenance'] {
  const pattern = new RegExp(
    find
      .trim()
      .split(/\s+/)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+'),
    'g',
  )
  for (const match of text.matchAll(pattern)) {
    const start = match.index
    const end = start + match[0].length
    const sentence = article.annotations.sentences.find(
      (s) => s.span.start <= start && end <= s.span.end,
    )
    if (sentence) return { article: article.id, span: { start, end }, sentence: sentence.id }
  }
  throw new Error(`${where}: '${find}' is not inside a sentence of ${dirname(where)}`)
}

/** Words of each quote that no other member's quote has, as changed runs. */
function wordDiffs(claims: readonly Claim[]): ClusterWording[] {
  const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
  const quoteOf = (claim: Claim) => (claim.kind === 'quote' ? claim.quote : claim.text)
  return claims.map((claim) => {
    const others = new Set(claims.filter((c) => c !== claim).flatMap((c) => [...words(quoteOf(c))]))
    const runs: DiffSegment[] = []
    for (const token of quoteOf(claim).match(/[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu) ?? []) {
      const changed = /[\p{L}\p{N}]/u.test(token) && !others.has(token.toLowerCase())
      const last = runs[runs.length - 1]
      if (last && (last.changed === changed || !/[\p{L}\p{N}]/u.test(token))) last.text += token
      else runs.push({ text: token, changed })
    }
    return {
      claim: claim.id,
      wording: quoteOf(claim) === quoteOf(claims[0] as Claim) ? 'verbatim' : 'paraphrase',
      diff: runs,
    }
  })
}
