import type { QuantityClaim } from '@parallax/schema'
import type { ClaimContext, SentenceView } from '../context.js'
import { type WordFigure, wordFigures } from '../figures.js'
import { measuredBy, type PreviousFigure } from '../measured.js'
import type { ClaimDraft, ClaimExtractor } from '../types.js'
/**
 * Every cardinal quantity annotation is a quantity claim, except ordinals ('second day') and
 * definite references ('the two sides'). `subject` is what the figure measures, as a normalised
 * noun phrase: the counted noun and its participle ('drones launched overnight'), the `of`
 * phrase ('share of the region Russia demands', 'talks'), the noun a compound figure modifies
 * ('session' for 'a six-hour session'), or the clause's subject and verb (see `measured.ts`).
 * `expected` marks a figure in a clause of forecast or plan ('are expected to', 'will').
 * Figures no annotation covers are read from the words (see `figures.ts`): a rank ('finished
 * seventh') and a level after a verb of change ('rose to 14').
 */
export const quantityExtractor: ClaimExtractor = {
  linguistic: false,
  extract(context) {
    const drafts: ClaimDraft[] = []
    for (const view of context.sentences) {
      const words = context.linguistic ? wordFigures(context.language, view) : []
      annotatedDrafts(context, view, words, drafts)
      if (!context.linguistic) continue
      for (const figure of words) {
        const draft = wordDraft(context, view, figure)
        if (draft) drafts.push(draft)
      }
    }
    return drafts
  },
}

/** The claims of a sentence's quantity annotations, added to `drafts`. */
function annotatedDrafts(
  context: ClaimContext,
  view: SentenceView,
  words: readonly WordFigure[],
  drafts: ClaimDraft[],
): void {
  let previous: PreviousFigure | undefined
  for (const placed of view.quantities) {
    const q = placed.item
    if (q.ordinal || insidePartitive(words, placed)) continue
    const claim: Omit<QuantityClaim, 'id' | 'text' | 'provenance' | 'topic'> = {
      kind: 'quantity',
      subject: q.text,
      value: q.value,
      unit: q.unit,
      hedge: q.hedge,
    }
    let focus = q.text
    if (context.linguistic) {
      const measured = measuredBy(context.language, view, placed, previous)
      if (!measured) continue
      previous = { end: placed.end, measured }
      claim.subject = measured.subject
      if (measured.expected) claim.expected = true
      focus = measured.subject
    }
    drafts.push({ claim, span: q.span, sentence: view, text: view.text, focus })
  }
}

/** The whole of a partitive ('five of the seven members') is no figure of its own. */
function insidePartitive(words: readonly WordFigure[], placed: { start: number; end: number }) {
  return words.some((w) => w.placed.start < placed.start && w.placed.end >= placed.end)
}

/** The claim of a figure read from the words: its known subject, else what it measures. */
function wordDraft(
  context: ClaimContext,
  view: SentenceView,
  { placed, subject }: WordFigure,
): ClaimDraft | undefined {
  const q = placed.item
  const measured = subject ? undefined : measuredBy(context.language, view, placed, undefined)
  const what = subject ?? measured?.subject
  if (!what) return undefined
  const claim: Omit<QuantityClaim, 'id' | 'text' | 'provenance' | 'topic'> = {
    kind: 'quantity',
    subject: what,
    value: q.value,
    unit: q.unit,
    hedge: null,
  }
  if (measured?.expected) claim.expected = true
  return { claim, span: q.span, sentence: view, text: view.text, focus: what }
}
