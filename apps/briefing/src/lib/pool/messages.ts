import type { ParseResult } from '@parallax/parser'
import type { Claim, ManifestEntry } from '@parallax/schema'

/** Parse options that cross the thread boundary (plain data only). */
export interface PoolParseOptions {
  /** Force a source plugin by id. Default: detect. */
  readonly format?: string | null
  /** Largest input accepted, in bytes. Default: the parser's (20 MB). */
  readonly maxBytes?: number | null
  /** Run the linguistic annotations. Default: `true`. */
  readonly annotate?: boolean | null
  /** Also extract each article's claims (`claimsFromArticle`) in the worker. Default: `false`. */
  readonly claims?: boolean | null
}

/** Main thread → worker: parse one input. */
export interface ParseTask {
  readonly index: number
  readonly path: string
  readonly bytes: Uint8Array
  readonly manifest: ManifestEntry | null
  readonly options: PoolParseOptions
}

/** Worker → main thread: the parse result of one task, and its claims when asked for. */
export interface ParseReply {
  readonly index: number
  readonly result: ParseResult
  readonly claims: Claim[] | null
}
