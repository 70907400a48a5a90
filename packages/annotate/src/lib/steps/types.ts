import type { ReferenceDate } from '@parallax/schema'
import type { BlockContext } from '../block-context.js'
import type { NameCandidate } from '../find-names.js'
import type { QuantityDraft } from '../find-quantities.js'
import type { DateDraft } from '../resolve-dates.js'
import type { EntityIndex, MentionDraft } from '../resolve-entities.js'
import type { AttributedQuote, SpeakerStrategy } from '../speakers/types.js'
import type { AnnotateInput } from '../types.js'

/** One article prepared for the annotation steps. Read-only for every step. */
export interface ArticleContext {
  readonly input: AnnotateInput
  /** Each block with its text and its sentences as ranges of that text. */
  readonly contexts: readonly BlockContext[]
  /** The date relative expressions resolve against. */
  readonly reference: ReferenceDate
  /** Speaker strategies, tried in order by the quotations step. */
  readonly speakerStrategies: readonly SpeakerStrategy[]
}

/**
 * What the steps have found so far, in block-text coordinates and before ids are given (lists
 * per block are indexed like `ArticleContext.contexts`). Every field is optional: a step reads
 * what earlier steps returned and treats a missing field as nothing found.
 */
export interface Drafts {
  /** Date expressions per block, resolved against the reference date. */
  dates?: readonly DateDraft[][]
  /** Capitalised names per block, classified (person, organisation, place, party). */
  names?: readonly NameCandidate[][]
  /** Entities with their mentions. */
  entities?: EntityIndex
  /** Quotations in document order, with speakers, cues, channels and dates. */
  quotations?: readonly AttributedQuote[]
  /** Pronoun mentions made while attributing speakers (added to the entities' mentions). */
  pronounMentions?: readonly MentionDraft[]
  /** Quantities per block. */
  quantities?: readonly QuantityDraft[][]
}

/**
 * One annotation step. Steps run in list order (see `builtinAnnotationSteps`); each returns
 * the fields of `Drafts` it produces, which replace those fields for the steps after it.
 */
export interface AnnotationStep {
  /** A short kebab-case name, unique in the list. */
  readonly id: string
  /**
   * Primary language subtags the step's rules are written for (`['en']`); it is skipped for an
   * article in another language. Absent: the step runs for every language.
   */
  readonly languages?: readonly string[]
  run(article: ArticleContext, drafts: Readonly<Drafts>): Drafts
}
