import type { Sentence, Span } from '@parallax/schema'

/** Finds the sentence that contains a span, by binary search over sentences in source order. */
export function sentenceIndex(
  sentences: readonly Sentence[],
): (span: Span) => Sentence | undefined {
  const sorted = [...sentences].sort((a, b) => a.span.start - b.span.start)
  return (span) => {
    let lo = 0
    let hi = sorted.length - 1
    let found: Sentence | undefined
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const sentence = sorted[mid]!
      if (sentence.span.start <= span.start) {
        found = sentence
        lo = mid + 1
      } else hi = mid - 1
    }
    return found && found.span.end >= span.end ? found : undefined
  }
}
