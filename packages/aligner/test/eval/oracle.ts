import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Alignment, Article, Claim, ClaimCluster, ConflictDetail } from '@parallax/schema'
import { allMembers } from '../../eval/lib/labels.js'
import type { GoldMember, GoldSet } from '../../eval/lib/types.js'
import { claim } from './helpers.js'

/**
 * An aligner that knows the answers: one claim exactly on each labelled anchor, the gold clusters,
 * each gold conflict as a ConflictDetail, the gold reports. Scoring it must give full marks; if
 * not, the labels contradict themselves or the scorer is wrong.
 */
export function oracleAlign(
  gold: GoldSet,
  dir: string,
): (articles: readonly Article[]) => Alignment {
  return (articles) => {
    const idOf = new Map(articles.map((a) => [a.source.path!, a.id]))
    const claimOfKey = new Map<string, Claim>()
    const keyOf = (m: GoldMember): string => {
      const text = readFileSync(join(dir, m.file), 'utf8')
      const start = text.indexOf(m.anchor)
      const key = `${m.file}|${m.kind}|${start}`
      if (!claimOfKey.has(key))
        claimOfKey.set(key, claim(idOf.get(m.file)!, m.kind, start, start + m.anchor.length))
      return key
    }
    // Gold clusters, by merging label member lists that share a mention.
    const clusterOf = new Map<string, Set<string>>()
    const join2 = (members: readonly GoldMember[]) => {
      let merged = new Set<string>()
      for (const m of members) {
        const k = keyOf(m)
        const existing = clusterOf.get(k)
        if (existing && existing !== merged) {
          for (const x of merged) existing.add(x)
          merged = existing
        }
        merged.add(k)
      }
      for (const k of merged) clusterOf.set(k, merged)
    }
    for (const g of gold.groups) join2(g.members)
    for (const c of gold.conflicts) join2(c.members)
    for (const n of gold.nonConflicts) join2(n.members)
    for (const m of allMembers(gold)) if (!clusterOf.has(keyOf(m))) join2([m])

    const reportOf = new Map<string, string>()
    const reports: Alignment['reports'] = []
    const files = [...idOf.keys()].sort()
    for (const file of files) {
      if (reportOf.has(file)) continue
      const group = gold.independent.find((g) => g.includes(file)) ?? [file]
      const id = `r${reports.length + 1}`
      for (const f of group) reportOf.set(f, id)
      const report = { id, articles: group.map((f) => idOf.get(f)!), reason: 'gold' }
      reports.push(gold.digests.includes(file) ? { ...report, digest: true } : report)
    }

    const clusters: ClaimCluster[] = []
    for (const keys of new Set(clusterOf.values())) {
      const members = [...keys].map((k) => claimOfKey.get(k)!)
      const details: ConflictDetail[] = gold.conflicts
        .filter((c) => c.members.some((m) => keys.has(keyOf(m))))
        .map((c) => {
          const byValue = new Map<string, string[]>()
          for (const m of c.members) {
            const list = byValue.get(m.value) ?? []
            list.push(claimOfKey.get(keyOf(m))!.id)
            byValue.set(m.value, list)
          }
          return {
            field: c.field,
            severity: c.severity,
            values: [...byValue].map(([value, claims]) => ({ value, claims })),
          }
        })
      const files = new Set([...keys].map((k) => k.split('|')[0]!))
      const independent = new Set([...files].map((f) => reportOf.get(f))).size
      clusters.push({
        id: `k${clusters.length + 1}`,
        kind: members[0]!.kind,
        label: 'gold',
        relation: details.length > 0 ? 'conflict' : independent === 1 ? 'unique' : 'agree',
        claims: members.map((c) => c.id),
        articles: [...new Set(members.map((c) => c.provenance.article))],
        independent,
        reasons: ['gold'],
        ...(details.length > 0 ? { conflicts: details } : {}),
      })
    }
    return { articles: [], reports, claims: [...claimOfKey.values()], clusters }
  }
}
