import type { Annotations } from '@parallax/schema'
import { assemble } from './assemble.js'
import { buildContexts } from './block-context.js'
import { chooseReferenceDate } from './reference-date.js'
import { firstFullDate } from './resolve-dates.js'
import { builtinSpeakerStrategies } from './speakers/strategies/index.js'
import { builtinAnnotationSteps } from './steps/index.js'
import type { ArticleContext, Drafts } from './steps/types.js'
import type { AnnotateInput, AnnotateOptions } from './types.js'
import { withWordCache } from './words.js'

/** The article prepared for the steps: block contexts and the reference date. */
function prepare(input: AnnotateInput, options: Readonly<AnnotateOptions>): ArticleContext {
  const contexts = buildContexts(input.blocks, input.sentences)
  // Reference date: override, published, else the first full date the body states.
  let stated: string | undefined
  if (input.published.status !== 'known' && !options.referenceDate) {
    for (const ctx of contexts) {
      if (ctx.block.kind === 'timeline-entry') continue
      stated = firstFullDate(ctx.text)
      if (stated) break
    }
  }
  const reference = chooseReferenceDate(input.published, {
    ...(options.referenceDate ? { override: options.referenceDate } : {}),
    stated: stated ?? null,
  })
  return {
    input,
    contexts,
    reference,
    speakerStrategies: options.speakerStrategies ?? builtinSpeakerStrategies,
  }
}

/**
 * Annotate an article: entities and mentions, quotations and their speakers, quantities, and
 * dates resolved against the reference date, by running the annotation steps in order (those
 * written for another language than the article's are skipped: the built-ins are English).
 * Synchronous and pure: the only shared state is the lazily loaded NLP model (and, while one call
 * runs, its words split once per text and shared by the steps). Every annotation
 * has a source `span`, `raw` (the exact source slice), readable `text` and its `block` id.
 */
export function annotate(
  input: AnnotateInput,
  options?: Readonly<AnnotateOptions> | null,
): Omit<Annotations, 'sentences'> {
  return blockTextLength(input.blocks) <= WORD_CACHE_TEXT
    ? withWordCache(() => run(input, options))
    : run(input, options)
}

/**
 * The longest article (characters of block text) whose words the steps share through
 * `withWordCache`: 512 Ki characters, some 80,000 words and 10 MB of cached words, many times an
 * ordinary article. A longer one splits each text again where a step needs it: the cache would
 * keep every word of the article alive through all the steps (a million words: over 100 MB), and
 * V8, seeing those words survive, would allocate every later word straight into the old
 * generation, where even the ones used once stay until the next full collection.
 */
const WORD_CACHE_TEXT = 512 * 1024

function blockTextLength(blocks: AnnotateInput['blocks']): number {
  let length = 0
  for (const block of blocks) length += block.text.length
  return length
}

function run(
  input: AnnotateInput,
  options?: Readonly<AnnotateOptions> | null,
): Omit<Annotations, 'sentences'> {
  const article = prepare(input, options ?? {})
  const language = input.language?.split('-')[0]?.toLowerCase()
  let drafts: Drafts = {}
  for (const step of options?.steps ?? builtinAnnotationSteps) {
    if (language && step.languages && !step.languages.includes(language)) continue
    drafts = { ...drafts, ...step.run(article, drafts) }
  }
  return assemble(article, drafts)
}
