import type { BlockContext, TextRange } from '../block-context.js'
import type { QuoteDraft } from '../find-quotations.js'
import type { DateDraft } from '../resolve-dates.js'
import type { EntityIndex, MentionDraft } from '../resolve-entities.js'
import type { Word } from '../words.js'

/** Who said a quotation, before ids are assigned (entity keys, mention objects). */
export type SpeakerDraft =
  | {
      status: 'attributed'
      key: string
      via: 'name' | 'pronoun' | 'role' | 'continuation' | 'according-to'
      mention?: MentionDraft
    }
  | { status: 'unknown' | 'ambiguous'; reason: string; candidates?: string[] }

/** A quotation with its block, speaker, cue, channel and date. */
export interface AttributedQuote {
  block: number
  quote: QuoteDraft
  speaker: SpeakerDraft
  cue?: string
  channel?: string
  date?: DateDraft
  /** Index (in document order) of the quotation this one continues across paragraphs. */
  continues?: number
}

/** A candidate speaker written in the text: a name, a pronoun, a group, or an unnamed source. */
export type Subject =
  | { type: 'mention'; mention: MentionDraft; start: number; end: number }
  | { type: 'pronoun'; word: Word; start: number; end: number }
  | { type: 'plural'; phrase: string; start: number; end: number }
  | { type: 'anonymous'; phrase: string; start: number; end: number }

/** One block as attribution sees it: its words, quotations, mentions (pronouns added) and dates. */
export interface BlockState {
  ctx: BlockContext
  words: Word[]
  quotes: QuoteDraft[]
  mentions: MentionDraft[]
  dates: DateDraft[]
}

/** Everything attribution needs, built once per article. */
export interface AttributionInput {
  /** The article's source text (for markup the block text no longer shows, such as emphasis). */
  source: string
  contexts: readonly BlockContext[]
  index: EntityIndex
  quotes: readonly QuoteDraft[][]
  dates: readonly DateDraft[][]
}

/** What attribution returns: the quotations in document order and the pronoun mentions it made. */
export interface Attribution {
  quotes: AttributedQuote[]
  /** Mentions of pronouns that were found to be a quotation's speaker (not in the entity index). */
  pronounMentions: MentionDraft[]
}

/** One quotation being attributed, with where it stands and what came before it. */
export interface QuoteSite {
  /** Index of the block in the article. */
  block: number
  state: BlockState
  quote: QuoteDraft
  /** Index of the sentence the quotation opens in, and of the one it closes in. */
  firstSentence: number
  lastSentence: number
  /** Those two sentences as ranges of the block text. */
  first: TextRange
  last: TextRange
  /** The quotation before this one in the article, if any. */
  previous?: AttributedQuote
  /** Block and sentence where the previous quotation closed. */
  previousEnd?: { block: number; sentence: number }
  /** Where the previous quotation's cue stands in its block (-1: it had none). */
  previousCueAt: number
  /** Index this quotation will have in document order. */
  position: number
}

/** A speaker a strategy found, with the cue word and its offset when one names the act. */
export interface SpeakerFound {
  speaker: SpeakerDraft
  cue?: { value: string; at: number }
  /** Index of the quotation this one continues across paragraphs. */
  continues?: number
}

/**
 * One way of finding a quotation's speaker ("…,” he said", "according to X", …). Strategies are
 * tried in list order; the first that returns a result decides.
 */
export interface SpeakerStrategy {
  /** A short kebab-case name, unique in the list. */
  readonly id: string
  find(site: QuoteSite, context: SpeakerContext): SpeakerFound | undefined
}

/** The helpers every strategy shares, over one article (see `createSpeakerContext`). */
export interface SpeakerContext {
  readonly states: readonly BlockState[]
  readonly index: EntityIndex
  /** The kind of an entity key ('person', 'organization', …). */
  entityKind(key: string): string | undefined
  /** Whether a block-text offset is inside a quotation of that block. */
  inQuote(state: BlockState, offset: number): boolean
  /** Whether a mention can be a speaker: not possessive, not a modifier, not a place, not quoted. */
  eligible(state: BlockState, mention: MentionDraft): boolean
  /** The mention starting at `start`, or after a title written before it ("Mayor Helena Brandt"). */
  mentionAt(state: BlockState, start: number): MentionDraft | undefined
  /** Candidate subjects between two block-text offsets, in text order. */
  subjectCandidates(state: BlockState, from: number, to: number): Subject[]
  /** An unnamed speaker phrase opening at word `i` ("one resident", "the union leaders"). */
  speakerPhrase(state: BlockState, i: number): Subject | undefined
  /** A name given after its role in an appositive, as the subject at `at`. */
  appositiveSubject(
    state: BlockState,
    at: number,
  ): { mention: MentionDraft; end: number } | undefined
  /** Whether a subject is the object of a preposition ("Observers from the AU"). */
  governed(state: BlockState, subject: Subject): boolean
  /**
   * The speaker a subject gives: a name, a resolved pronoun (recorded as a pronoun mention of the
   * article), or unknown/ambiguous with a reason.
   */
  speakerOf(block: number, subject: Subject, via?: 'name' | 'according-to'): SpeakerDraft
  /** Start of the clause holding `at` (after a semicolon, a spaced dash, or ", while"). */
  clauseStart(state: BlockState, sentenceStart: number, at: number): number
  /** End of the clause starting at `from`. */
  clauseEnd(state: BlockState, from: number, sentenceEnd: number): number
  /** The block text between two offsets with quoted characters blanked out. */
  outside(state: BlockState, from: number, to: number): string
  /** Entity key of the speaker already given to a quotation in that sentence of that block, if any. */
  spokenIn(block: number, sentence: number): string | undefined
}
