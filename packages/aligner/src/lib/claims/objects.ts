import type { Token } from './nlp.js'
import { isBoundary, nounPhraseFrom } from './phrases.js'

/**
 * The object of a stance: `to` + verb + its noun phrase ('to cede territory'), a `that` clause,
 * or a noun phrase with its `of` phrases. `withVerb` keeps the verb itself (a yield verb).
 */
export function objectAfter(
  tokens: readonly Token[],
  from: number,
  withVerb: boolean,
): [number, number] | undefined {
  if (withVerb) return verbAndObject(tokens, from)
  let k = from
  if (tokens[k]?.lower === 'on' || tokens[k]?.lower === 'for') k++
  if (tokens[k]?.lower === 'to' && tokens[k + 1]?.pos === 'VERB') return toVerbObject(tokens, k + 1)
  if (tokens[k]?.lower === 'that') return thatClause(tokens, k)
  // a gerund and its object: 'denied ignoring staff warnings'
  if (tokens[k]?.pos === 'VERB' && tokens[k]!.lower.endsWith('ing')) {
    const np = nounPhraseFrom(tokens, k + 1)
    if (np && np[0] === k + 1) return [k, np[1]]
  }
  return nounObject(tokens, k)
}

/** A yield verb with its noun phrase, past one particle or preposition. */
function verbAndObject(tokens: readonly Token[], k: number): [number, number] | undefined {
  let b = k
  if (tokens[b + 1]?.pos === 'ADP' || tokens[b + 1]?.pos === 'PART') b++
  const np = nounPhraseFrom(tokens, b + 1)
  return np ? [k, np[1]] : undefined
}

/** `to` + verb (at `verb`) + its noun phrase: 'to cede territory'. */
function toVerbObject(tokens: readonly Token[], verb: number): [number, number] | undefined {
  let b = verb
  // 'to provide it with guarantees': past a pronoun object to what is given
  if (tokens[b + 1]?.pos === 'PRON' && tokens[b + 2]?.pos === 'ADP') b++
  if (
    tokens[b + 1]?.pos === 'ADP' ||
    (tokens[b + 1]?.pos === 'PART' && tokens[b + 1]?.lower !== 'to')
  )
    b++
  const np = nounPhraseFrom(tokens, b + 1)
  return np ? [verb, np[1]] : undefined
}

/** The clause `that` (at `k`) opens, to the next boundary (past the stance verb's own clause). */
function thatClause(tokens: readonly Token[], k: number): [number, number] | undefined {
  let b = k + 1
  const ends = (w: Token) => isBoundary(w) || w.lower === 'that'
  while (b + 1 < tokens.length && !ends(tokens[b + 1]!) && b - k < 14) b++
  return b > k + 1 ? [k + 1, b] : undefined
}

/** A noun phrase near `k` with its `of` phrases, and what a control or say is `over`. */
function nounObject(tokens: readonly Token[], k: number): [number, number] | undefined {
  const np = nounPhraseFrom(tokens, k)
  if (!np || np[0] > k + 3) return undefined
  // 'control over all Ukrainian territory': what the control or say is over
  if (tokens[np[1] + 1]?.lower === 'over') {
    const more = nounPhraseFrom(tokens, np[1] + 2, { ofChain: 1 })
    if (more) return [np[0], more[1]]
  }
  return np
}
