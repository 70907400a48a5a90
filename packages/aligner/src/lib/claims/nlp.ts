import { loadNlp, placeTokens } from '@parallax/annotate'

/**
 * Tokens, universal part-of-speech tags and lemmas from wink-nlp's English model, loaded lazily
 * once per process (the model is the one the parser already uses) and shared read-only.
 */

/**
 * The part-of-speech pipe, as the parser's tagger (`@parallax/annotate`'s `tag`) and the word
 * lemmatiser (`lexical/words.ts`) ask for it, so the three share one wink-nlp instance and the
 * model is read once per process (a second, full-pipe instance read the 3 MB model again). Tags
 * and lemmas come from the token sequence alone: sentence boundaries, entities, negation and
 * sentiment do not feed them (`nlp.test.ts` checks them equal to the full pipe's).
 */
export const TOKEN_PIPE = ['pos'] as const

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
  const w = loadNlp({ pipe: TOKEN_PIPE })
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
