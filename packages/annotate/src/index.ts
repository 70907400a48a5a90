export { annotate } from './lib/annotate.js'
export type { TextRange } from './lib/block-context.js'
export type { NameCandidate, NameKind } from './lib/find-names.js'
export type { QuantityDraft } from './lib/find-quantities.js'
export type { QuoteDraft } from './lib/find-quotations.js'
export { type LoadNlpOptions, loadNlp, type Nlp, type PlacedToken, placeTokens } from './lib/nlp.js'
export type { DateDraft } from './lib/resolve-dates.js'
export type { EntityDraft, EntityIndex, MentionDraft } from './lib/resolve-entities.js'
export { builtinSpeakerStrategies } from './lib/speakers/strategies/index.js'
export type {
  AttributedQuote,
  BlockState,
  QuoteSite,
  SpeakerContext,
  SpeakerDraft,
  SpeakerFound,
  SpeakerStrategy,
  Subject,
} from './lib/speakers/types.js'
export { builtinAnnotationSteps } from './lib/steps/index.js'
export type { AnnotationStep, ArticleContext, Drafts } from './lib/steps/types.js'
export { type OffsetMap, toSourceOffset, toSourceSpan, toTextOffset } from './lib/text-map.js'
export type { AnnotateInput, AnnotateOptions } from './lib/types.js'
export type { Word } from './lib/words.js'
