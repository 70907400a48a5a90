import type { Alignment, Claim, ClaimCluster, ClaimKind, ConflictDetail } from '@parallax/schema'

/** A minimal claim of any kind at `span` of `article` (only what the scorer reads is real). */
export function claim(article: string, kind: ClaimKind, start: number, end: number): Claim {
  return {
    id: `${article}:${kind}:${start}-${end}`,
    kind,
    text: 'x',
    provenance: { article, span: { start, end } },
  } as unknown as Claim
}

export function cluster(
  id: string,
  claims: readonly Claim[],
  extra: Partial<ClaimCluster> = {},
): ClaimCluster {
  return {
    id,
    kind: claims[0]!.kind,
    label: id,
    relation: 'agree',
    claims: claims.map((c) => c.id),
    articles: [...new Set(claims.map((c) => c.provenance.article))],
    independent: new Set(claims.map((c) => c.provenance.article)).size,
    reasons: ['test'],
    ...extra,
  }
}

export function detail(
  field: string,
  severity: 'hard' | 'soft',
  sides: ReadonlyArray<readonly Claim[]>,
): ConflictDetail {
  return {
    field,
    severity,
    values: sides.map((s, i) => ({ value: `v${i}`, claims: s.map((c) => c.id) })),
  }
}

export function alignment(
  claims: readonly Claim[],
  clusters: readonly ClaimCluster[],
  reports: Alignment['reports'] = [],
): Alignment {
  return { articles: [], reports: [...reports], claims: [...claims], clusters: [...clusters] }
}

/** Start and end of the only occurrence of `needle` in `text` (throws when not exactly one). */
export function spanOf(text: string, needle: string): [number, number] {
  const at = text.indexOf(needle)
  if (at < 0 || text.indexOf(needle, at + 1) >= 0) throw new Error(`not once: ${needle}`)
  return [at, at + needle.length]
}
