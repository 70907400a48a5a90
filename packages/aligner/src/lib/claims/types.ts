import type { Claim, Span } from '@parallax/schema'
import type { ClaimContext, SentenceView } from './context.js'

type Body<C> = C extends Claim ? Omit<C, 'id' | 'text' | 'provenance' | 'topic'> : never

/** A claim's own fields, before the shared ones (id, text, provenance, topic) are filled in. */
export type ClaimBody = Body<Claim>

/** What an extractor finds: the claim's fields and where it rests in the source. */
export interface ClaimDraft {
  readonly claim: ClaimBody
  /** Source span of the key annotation or phrase. */
  readonly span: Span
  /** The sentence that contains `span`; absent when the span crosses sentences (a long quote). */
  readonly sentence?: SentenceView
  /** Readable text of the claim: its sentence (or sentences). */
  readonly text: string
  /** The words the topic is judged on first (the key phrase); the sentence decides ties. */
  readonly focus?: string
  /** A topic the rule knows directly (a demand for a place is about territory). */
  readonly topic?: string
}

/**
 * One claim rule. `extract` reads the article through the shared context and returns drafts;
 * `linguistic` rules (word lists, phrase analysis) run only on articles in a language the
 * context knows, the others (built on annotations alone) on every article.
 */
export interface ClaimExtractor {
  readonly linguistic: boolean
  extract(context: ClaimContext): ClaimDraft[]
}
