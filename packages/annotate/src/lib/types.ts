import type { Block, Published, Sentence } from '@parallax/schema'

/** What `annotate` reads: the article's full source text, its blocks and sentences, and its date. */
export interface AnnotateInput {
  /** The full source text (decoded, line endings normalised): every span indexes into it. */
  text: string
  /** The article's blocks in reading order; `Block.map` ties block text to source offsets. */
  blocks: readonly Block[]
  /** Sentences as computed by the parser (span, raw source slice, readable text, block id). */
  sentences: readonly Sentence[]
  /** The article's publication date, or why it is undetermined (the default reference date). */
  published: Published
}

/** Options of `annotate`. Every field is optional. */
export interface AnnotateOptions {
  /**
   * Reference date (`YYYY-MM-DD`) to resolve relative dates against, overriding the published
   * date and any date the text states. Default: none (published date, else stated date).
   */
  referenceDate?: string
}
