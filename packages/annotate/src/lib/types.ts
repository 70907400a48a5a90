import type { Block, Published, Sentence } from '@parallax/schema'
import type { SpeakerStrategy } from './speakers/types.js'
import type { AnnotationStep } from './steps/types.js'

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
  /**
   * The article's language (BCP 47, e.g. `en`, `en-GB`), or null/absent when unknown. Steps
   * made for other languages are skipped (see `AnnotationStep.languages`); unknown runs them all.
   */
  language?: string | null
}

/** Options of `annotate`. Every field is optional. */
export interface AnnotateOptions {
  /**
   * Reference date (`YYYY-MM-DD`) to resolve relative dates against, overriding the published
   * date and any date the text states. Default: none (published date, else stated date).
   */
  referenceDate?: string
  /**
   * The annotation steps, run in order. Default: `builtinAnnotationSteps` (dates, names,
   * entities, quotations, quantities). Add one with `[...builtinAnnotationSteps, myStep]`.
   */
  steps?: readonly AnnotationStep[]
  /**
   * How a quotation's speaker is found: strategies tried in order, the first that finds one
   * decides. Default: `builtinSpeakerStrategies`. Add one with `[myStrategy, ...builtinSpeakerStrategies]`.
   */
  speakerStrategies?: readonly SpeakerStrategy[]
}
