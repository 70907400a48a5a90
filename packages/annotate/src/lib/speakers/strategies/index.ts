import type { SpeakerStrategy } from '../types.js'
import { accordingTo } from './according-to.js'
import { closingAttribution } from './closing-attribution.js'
import { continuation } from './continuation.js'
import { inHeading } from './heading.js'
import { sentenceSubject } from './sentence-subject.js'
import { splitQuote } from './split-quote.js'
import { standalone } from './standalone.js'
import { subjectAfterQuote } from './subject-after.js'
import { verbAfterQuote } from './verb-after.js'
import { verbBeforeQuote } from './verb-before.js'

/**
 * The built-in speaker strategies, tried in this order for every quotation; the first that
 * finds a speaker decides. Pass `speakerStrategies` to `annotate` to add or replace some.
 */
export const builtinSpeakerStrategies: readonly SpeakerStrategy[] = [
  inHeading,
  verbAfterQuote,
  subjectAfterQuote,
  accordingTo,
  verbBeforeQuote,
  closingAttribution,
  splitQuote,
  continuation,
  sentenceSubject,
  standalone,
]
