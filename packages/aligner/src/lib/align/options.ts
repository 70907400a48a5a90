import type { Claim } from '@parallax/schema'
import { DEFAULT_SIGNALS, type LexicalSignal } from '../lexical/signals.js'

export interface AlignOptions {
  /**
   * Claims per article id, already computed (e.g. in worker threads). Articles missing from it
   * get `claimsFromArticle(article)`.
   * @default null (every article's claims are computed)
   */
  readonly claims?:
    | ReadonlyMap<string, readonly Claim[]>
    | Readonly<Record<string, readonly Claim[]>>
    | null
  /** Lexical knowledge for comparing wordings, see `compareStatements`. @default ['wordnet', 'hypernyms'] */
  readonly lexical?: readonly LexicalSignal[]
  /** Pair score at or above which two claims are linked. @default 0.45 */
  readonly link?: number
  /**
   * A member must score at least this against its cluster's medoid, or it leaves the cluster
   * (the guard against chaining unrelated claims through intermediate ones).
   * @default 0.3
   */
  readonly medoid?: number
  /**
   * Largest candidate block compared in full; a larger block (a common word, a busy speaker) is
   * sorted by a MinHash of its members' words and each member compared with its `window`
   * neighbours only, which keeps the cost close to linear.
   * @default 48
   */
  readonly blockCap?: number
  /** Neighbours compared in an oversized block. @default 12 */
  readonly window?: number
  /**
   * Claims from articles published more than this many days apart are not compared (a story's
   * coverage lies within days; an archive's articles years apart are different stories).
   * Articles without a known date are compared with every date.
   * @default 14
   */
  readonly days?: number
}

export interface ResolvedAlignOptions {
  readonly lexical: readonly LexicalSignal[]
  readonly link: number
  readonly medoid: number
  readonly blockCap: number
  readonly window: number
  readonly days: number
}

export function resolveOptions(options?: Readonly<AlignOptions> | null): ResolvedAlignOptions {
  return {
    lexical: options?.lexical ?? DEFAULT_SIGNALS,
    link: options?.link ?? 0.45,
    medoid: options?.medoid ?? 0.3,
    blockCap: options?.blockCap ?? 48,
    window: options?.window ?? 12,
    days: options?.days ?? 14,
  }
}
