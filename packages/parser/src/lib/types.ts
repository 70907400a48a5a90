import type {
  Block,
  Diagnostic,
  ManifestEntry,
  MetadataOrigin,
  Removal,
  SourceInfo,
} from '@parallax/schema'

/** One input to `parse`: its bytes, where it came from, and what its manifest says about it. */
export interface ParseInput {
  /** The file's bytes, exactly as read. */
  bytes: Uint8Array
  /** File path as given (for diagnostics and `Article.source.path`). Default: `null`. */
  path?: string | null
  /** The manifest entry for this file, if any: non-null fields override inference. */
  manifest?: ManifestEntry | null
}

/** A block before ids are given: what source plugins and cleaning rules pass around. */
export type DraftBlock = Omit<Block, 'id'>

/** A removal before block ids are given: `duplicateOf` is the index of the kept draft block. */
export interface DraftRemoval extends Omit<Removal, 'duplicateOf'> {
  duplicateOf?: number
}

/** A metadata value a plugin found, with where it found it. */
export interface Found<T> {
  value: T
  origin: MetadataOrigin
}

/** Metadata a source plugin found in the input. Every field is optional. */
export interface FoundMetadata {
  title?: Found<string>
  outlet?: Found<string>
  byline?: Found<string>
  url?: Found<string>
  /** `YYYY-MM-DD`, with an optional RFC 3339 date-time. */
  published?: Found<{ date: string; datetime: string | null }>
  /** Why the date the input gave could not be used (e.g. front matter `date: unknown`). */
  publishedProblem?: string
  language?: Found<string>
}

/** What a plugin's `read` gets besides the text. */
export interface ReadContext {
  /** File path or `null`. */
  path: string | null
  /** The manifest entry, or `null`. */
  manifest: ManifestEntry | null
  /** The options `parse` was called with (defaults filled in). */
  options: ResolvedParseOptions
}

/** What a plugin's `read` returns. */
export interface ReadResult {
  /** Blocks in reading order; spans and maps index the source text. */
  blocks: DraftBlock[]
  /** Stretches of the source the plugin left out, with reasons. */
  removed: DraftRemoval[]
  /** Metadata the plugin found. */
  metadata: FoundMetadata
  /** Problems found in the content. */
  diagnostics: Diagnostic[]
}

/** What a binary front end (such as the PDF reader) turns bytes into. */
export interface ExtractedText {
  /** The source text every span will index. */
  text: string
  diagnostics: Diagnostic[]
}

/**
 * A source plugin: reads one input shape. Create one with a factory of the unified shape,
 * `export default function sourceSomething(options?) { return { id, detect, read } }`.
 */
export interface SourcePlugin {
  /** Id, lower-case kebab (`'markdown-clip'`); becomes `Article.format`; a manifest `format` names it. */
  id: string
  /** How well the decoded text fits this shape, 0 (not at all) to 1 (certainly). Never sees the file name. */
  detect(text: string): number
  /** Read the source text into blocks, removals and metadata. */
  read(text: string, context: ReadContext): ReadResult | Promise<ReadResult>
  /**
   * For binary formats: how well the raw bytes fit (0–1). When a plugin claims the bytes, its
   * `extract` produces the source text instead of the text decoder.
   */
  detectBytes?(bytes: Uint8Array): number
  /** For binary formats: the source text of the bytes. */
  extract?(bytes: Uint8Array, context: { path: string | null }): Promise<ExtractedText>
}

/** A cleaning rule: marks draft blocks for removal (it never edits text). */
export interface CleaningRule {
  /** Rule name, quoted in each removal's `detail`. */
  name: string
  /** Returns the removals this rule makes; `blocks` are the ones still kept. */
  apply(blocks: readonly DraftBlock[], text: string): RuleRemoval[]
}

/** One block a cleaning rule removes. */
export interface RuleRemoval {
  /** Index into the `blocks` the rule was given. */
  index: number
  reason: Removal['reason']
  detail: string
  /** Index of the kept block this one repeats. */
  duplicateOf?: number
  /** Metadata the removed block carries (a byline's names). */
  metadata?: FoundMetadata
}

/** Options of `parse`. Every field is optional. */
export interface ParseOptions {
  /**
   * Extra source plugins. A plugin with the id of a built-in replaces it; others are added.
   * Default: none (the built-ins: markdown-clip, html, digest, pdf-text, plain-text, pdf).
   */
  plugins?: readonly SourcePlugin[]
  /** Force a plugin by id, as a manifest `format` does. Default: detect. */
  format?: string | null
  /** Largest input accepted, in bytes. Default: `20 * 1024 * 1024` (20 MB). */
  maxBytes?: number
  /** The size limit's name as the caller's user sets it, for the too-large error (`--max-bytes`). Default: `'maxBytes'`. */
  limitName?: string
  /** Cleaning rules, in order. Default: the built-in rules (`builtinCleaningRules`). */
  cleaningRules?: readonly CleaningRule[]
  /** Run the linguistic annotations (entities, quotations, …). Default: `true`. */
  annotate?: boolean
}

/** `ParseOptions` with every default filled in. */
export interface ResolvedParseOptions {
  plugins: readonly SourcePlugin[]
  format: string | null
  maxBytes: number
  limitName: string
  cleaningRules: readonly CleaningRule[]
  annotate: boolean
}

/** Facts about decoding, as recorded in `Article.source`. */
export type DecodeInfo = Pick<SourceInfo, 'encoding' | 'bom' | 'lineEndings'>
