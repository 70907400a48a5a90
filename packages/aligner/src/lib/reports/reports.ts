import type { Article, IndependentReport } from '@parallax/schema'
import { fnv } from '../align/candidates.js'
import { words } from '../lexical/words.js'
import { agencyOf } from './agencies.js'

export interface ReportOptions {
  /** Words per shingle. @default 8 */
  readonly shingle?: number
  /** Shared shingles that make two articles one report (a long identical passage). @default 30 */
  readonly minShared?: number
  /** A shingle found in more articles than this is boilerplate and ignored. @default 50 */
  readonly maxDocs?: number
  /** Blocks with `[n]` references that mark an aggregator digest. @default 3 */
  readonly digestBlocks?: number
  /** Days within which articles with one agency's dateline are one report. @default 2 */
  readonly agencyDays?: number
}

/**
 * Independent reports: articles sharing long identical passages (word 8-gram shingles through an
 * inverted index, so no all-pairs comparison) or one agency's dateline count as one report; an
 * aggregator digest (format `digest`, or many blocks with `[n]` references) is one source of
 * its own, marked `digest`. Report ids `r1…` follow the articles' id order.
 */
export function findReports(
  articles: readonly Article[],
  options?: Readonly<ReportOptions> | null,
): { reports: IndependentReport[]; reportOf: Map<string, string> } {
  const size = options?.shingle ?? 8
  const minShared = options?.minShared ?? 30
  const maxDocs = options?.maxDocs ?? 50
  const agencyDays = options?.agencyDays ?? 2
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const n = sorted.length
  const parent = sorted.map((_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!
    return i
  }
  const reason = new Map<number, string>()
  const union = (a: number, b: number, why: string) => {
    const ra = find(a)
    const rb = find(b)
    if (ra === rb) return
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra]
    parent[child] = root
    if (!reason.has(root)) reason.set(root, why)
  }
  const digest = sorted.map((a) => {
    const refs = a.blocks.filter((b) => (b.references?.length ?? 0) > 0)
    return a.format === 'digest' || refs.length >= (options?.digestBlocks ?? 3)
      ? a.blocks.reduce((s, b) => s + (b.references?.length ?? 0), 0)
      : -1
  })

  const byAgency = new Map<string, number[]>()
  sorted.forEach((a, i) => {
    if (digest[i]! >= 0) return
    const agency = agencyOf(a.blocks.map((b) => b.text))
    if (agency) byAgency.set(agency, [...(byAgency.get(agency) ?? []), i])
  })
  // One agency's copy within a few days is one report; an archive's AP stories a month apart are not.
  const dayOf = (i: number) => {
    const p = sorted[i]!.published
    return p.status === 'known' ? Date.parse(p.date) / 86_400_000 : null
  }
  for (const [agency, list] of [...byAgency].sort((p, q) => (p[0] < q[0] ? -1 : 1))) {
    const ordered = [...list].sort((x, y) => (dayOf(x) ?? -1) - (dayOf(y) ?? -1) || x - y)
    for (let k = 1; k < ordered.length; k++) {
      const prev = dayOf(ordered[k - 1]!)
      const cur = dayOf(ordered[k]!)
      if (prev === null || cur === null || cur - prev <= agencyDays) {
        union(ordered[k - 1]!, ordered[k]!, `shared agency copy (${agency})`)
      }
    }
  }

  const postings = new Map<number, number[]>()
  sorted.forEach((a, i) => {
    if (digest[i]! >= 0) return
    const seen = new Set<number>()
    for (const block of a.blocks) {
      const ws = words(block.text)
      for (let k = 0; k + size <= ws.length; k++) seen.add(fnv(ws.slice(k, k + size).join(' ')))
    }
    for (const h of seen) {
      const list = postings.get(h)
      if (list) list.push(i)
      else postings.set(h, [i])
    }
  })
  const shared = new Map<number, number>()
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > maxDocs) continue
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x]! * n + list[y]!
        shared.set(key, (shared.get(key) ?? 0) + 1)
      }
  }
  for (const key of [...shared.keys()].sort((p, q) => p - q)) {
    const count = shared.get(key)!
    if (count >= minShared) {
      union(
        Math.floor(key / n),
        key % n,
        `shared passages: about ${count + size - 1} words in common`,
      )
    }
  }

  const groups = new Map<number, number[]>()
  sorted.forEach((_, i) => {
    const r = find(i)
    groups.set(r, [...(groups.get(r) ?? []), i])
  })
  const reports: IndependentReport[] = []
  const reportOf = new Map<string, string>()
  for (const [root, list] of [...groups].sort((p, q) => p[0] - q[0])) {
    const id = `r${reports.length + 1}`
    const report: IndependentReport = {
      id,
      articles: list.map((i) => sorted[i]!.id),
      reason:
        digest[root]! >= 0
          ? `aggregator digest: ${digest[root]} [n] references to other outlets`
          : (reason.get(root) ?? 'own reporting'),
    }
    if (digest[root]! >= 0) report.digest = true
    reports.push(report)
    for (const i of list) reportOf.set(sorted[i]!.id, id)
  }
  return { reports, reportOf }
}
