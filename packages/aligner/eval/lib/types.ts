import type { ClaimKind, Span } from '@parallax/schema'

/** The claim kinds a label may name, in a fixed order (also the order of per-kind results). */
export const CLAIM_KINDS = [
  'quote',
  'quantity',
  'event',
  'position',
  'characterisation',
] as const satisfies readonly ClaimKind[]

/** What a conflict disagrees on. */
export const CONFLICT_FIELDS = ['name', 'value', 'date', 'speaker', 'role', 'scope'] as const
export type ConflictField = (typeof CONFLICT_FIELDS)[number]

export const SEVERITIES = ['hard', 'soft'] as const
export type Severity = (typeof SEVERITIES)[number]

/** Why a look-alike difference is not a conflict. */
export const NON_CONFLICT_REASONS = ['spelling', 'estimate-vs-outcome', 'time-difference'] as const
export type NonConflictReason = (typeof NON_CONFLICT_REASONS)[number]

/** One labelled claim: a file, the claim's kind and an exact substring inside its key words. */
export interface GoldMember {
  readonly file: string
  readonly kind: ClaimKind
  readonly anchor: string
}

/** A conflict member also names the value it gives; equal values are one side. */
export interface GoldConflictMember extends GoldMember {
  readonly value: string
}

export interface GoldGroup {
  readonly id: string
  readonly label: string
  readonly members: readonly GoldMember[]
}

export interface GoldConflict {
  readonly id: string
  readonly field: ConflictField
  readonly severity: Severity
  readonly members: readonly GoldConflictMember[]
}

export interface GoldNonConflict {
  readonly id: string
  readonly why: NonConflictReason
  readonly members: readonly GoldMember[]
}

/** A set's gold labels, as read from its `labels.yaml`. */
export interface GoldSet {
  readonly set: string
  /** Folder of the articles relative to the repository root; `null`: the labels' own folder. */
  readonly dir: string | null
  readonly description: string | null
  /** Files that are one independent report (shared agency copy). */
  readonly independent: ReadonlyArray<readonly string[]>
  /** Aggregator digests. */
  readonly digests: readonly string[]
  readonly groups: readonly GoldGroup[]
  readonly conflicts: readonly GoldConflict[]
  readonly nonConflicts: readonly GoldNonConflict[]
  readonly exclusives: readonly GoldMember[]
}

/** A gold member located in its file's source text. */
export interface LocatedMember extends GoldMember {
  /** `file`, kind and span start: one key per mention, shared by every label that names it. */
  readonly key: string
  readonly span: Span
}
