import { vectorSimilarity } from './vectors.js'
import { wordnetHypernyms, wordnetSynonyms } from './wordnet.js'

/** A source of lexical knowledge beyond identical lemmas. */
export type LexicalSignal = 'wordnet' | 'hypernyms' | 'vectors'

export interface LexicalSignalSpec {
  /** What it knows, for reasons: "WordNet synonyms". */
  readonly label: string
  /** How much a match counts, against 1 for an identical lemma. */
  readonly weight: number
  /** True when two different lemmas mean the same here. */
  readonly matches: (a: string, b: string) => boolean
}

/** Cosine at or above which two word vectors count as the same meaning. */
export const VECTOR_THRESHOLD = 0.62

/**
 * The registry of lexical signals (one entry per signal; the compiler lists what a new one
 * lacks). Measured on the labelled pairs in test/align/pairs.json (`pnpm bench:lexical`).
 */
export const LEXICAL_SIGNALS: Record<LexicalSignal, LexicalSignalSpec> = {
  wordnet: { label: 'WordNet synonyms', weight: 0.8, matches: wordnetSynonyms },
  hypernyms: { label: 'WordNet hypernyms', weight: 0.6, matches: wordnetHypernyms },
  vectors: {
    label: 'word-vector neighbours',
    weight: 0.6,
    matches: (a, b) => vectorSimilarity(a, b) >= VECTOR_THRESHOLD,
  },
}

/** Signals used when the options name none: the ones that earned their cost. */
export const DEFAULT_SIGNALS: readonly LexicalSignal[] = ['wordnet', 'hypernyms']
