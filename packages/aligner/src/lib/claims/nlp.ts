import { loadNlp, placeTokens } from '@parallax/annotate'

/**
 * Tokens, universal part-of-speech tags and lemmas from wink-nlp's English model, loaded lazily
 * once per process (the model is the one the parser already uses) and shared read-only.
 */

/** A token of a sentence's readable text, with offsets into that text. */
export interface Token {
  readonly start: number
  readonly end: number
  /** The token as written. */
  readonly value: string
  /** Lower-cased form. */
  readonly lower: string
  /** Lower-cased lemma ('talks' → 'talk', 'was' → 'be'). */
  readonly lemma: string
  /** Universal part of speech: NOUN, PROPN, VERB, AUX, ADJ, ADV, ADP, DET, NUM, PRON, PART… */
  readonly pos: string
}

/** Tokens of `text` with offsets, tags and lemmas. */
export function tokenize(text: string): Token[] {
  const w = loadNlp()
  const items = w.readDoc(text).tokens()
  const values = items.out(w.its.value)
  const tags = items.out(w.its.pos)
  const lemmas = items.out(w.its.lemma)
  return placeTokens(text, values).map(({ index, start, end, value }) => {
    const lower = value.toLowerCase()
    return {
      start,
      end,
      value,
      lower,
      lemma: (lemmas[index] ?? lower).toLowerCase(),
      pos: tags[index] ?? 'X',
    }
  })
}
