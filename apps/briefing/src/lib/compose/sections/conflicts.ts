import type { Claim, ClaimCluster, ConflictDetail, ConflictsSection } from '@parallax/schema'
import { byWeight, capitalise, listPhrase } from '../describe.js'
import type { ComposeContext, SectionComposer } from '../types.js'

type Row = ConflictsSection['rows'][number]

const severityRank = (cluster: ClaimCluster) =>
  cluster.severity === 'hard' || cluster.conflicts?.some((c) => c.severity === 'hard') ? 0 : 1

/**
 * Where accounts differ: one row per disputed field of every conflict cluster, hard before soft,
 * then by independent reports; each account with its value and the claims that give it, and a
 * note when the aligner explains the difference or the accounts were published on different days.
 */
export const composeConflicts: SectionComposer<'conflicts'> = (context) => {
  const clusters = context.clusters
    .filter((cluster) => (cluster.conflicts?.length ?? 0) > 0)
    .sort((a, b) => severityRank(a) - severityRank(b) || byWeight(a, b))
  const details = clusters.flatMap((cluster) =>
    (cluster.conflicts ?? [])
      .map((detail) => ({ cluster, detail }))
      .sort(
        (a, b) => (a.detail.severity === 'hard' ? 0 : 1) - (b.detail.severity === 'hard' ? 0 : 1),
      ),
  )
  const rows: Row[] = []
  let more = 0
  for (const { cluster, detail } of details) {
    if (rows.length >= context.options.conflictsMax) {
      more += 1
      continue
    }
    const row = conflictRow(context, cluster, detail)
    if (row) rows.push(row)
  }
  if (rows.length === 0) return null
  return { kind: 'conflicts', title: 'Where accounts differ', ...(more > 0 ? { more } : {}), rows }
}

function conflictRow(
  context: ComposeContext,
  cluster: ClaimCluster,
  detail: ConflictDetail,
): Row | null {
  const accounts = detail.values
    .map((value) => ({
      value: value.value.trim(),
      claims: value.claims.filter((id) => cluster.claims.includes(id)).map(context.claim),
    }))
    .filter((account) => account.value.length > 0 && account.claims.length > 0)
  if (accounts.length < 2) return null
  const note = [detail.explanation, ...(cluster.notes ?? []), publishedNote(context, accounts)]
    .filter((text): text is string => Boolean(text))
    .filter((text, index, all) => all.indexOf(text) === index)
    .join(' ')
  return {
    topic: capitalise(cluster.label),
    field: detail.field,
    severity: detail.severity,
    accounts: accounts.map((account) => ({
      value: account.value,
      statement: context.extract(account.claims),
    })),
    ...(note ? { note } : {}),
  }
}

/**
 * When every account comes from articles of one publication day and the days differ between
 * accounts, says so: the difference may be news that moved, not a contradiction.
 */
function publishedNote(
  context: ComposeContext,
  accounts: readonly { value: string; claims: readonly Claim[] }[],
): string | null {
  const days = accounts.map((account) => {
    const dates = new Set(
      account.claims.map((claim) => {
        const published = context.article(claim.provenance.article).published
        return published.status === 'known' ? published.date : '?'
      }),
    )
    return dates.size === 1 && !dates.has('?') ? ([...dates][0] as string) : null
  })
  if (days.some((day) => day === null) || new Set(days).size < 2) return null
  const parts = accounts.map((account, index) => {
    const outlets = [...new Set(account.claims.map((c) => context.outlet(c.provenance.article)))]
    return `${listPhrase(outlets)} (“${account.value}”) on ${days[index]}`
  })
  return `The accounts were published on different days: ${listPhrase(parts)}.`
}
