import type { Actor } from '@parallax/schema'
import type { ClaimContext, SentenceView } from './context.js'
import type { ClaimLanguage } from './lang/types.js'
import { subjectBefore } from './mentions.js'
import type { Token } from './nlp.js'
import { clauseAround, isBoundary, normalise, nounPhraseAround } from './phrases.js'

/** A characterisation found in unquoted words: who, what, the descriptor words and where. */
export interface Described {
  readonly by: Actor | null
  readonly subject: string
  /** `[first, last]` tokens of the descriptor phrase. */
  readonly run: readonly [number, number]
  /** `[first, last]` tokens of the whole frame, for the claim's span. */
  readonly frame: readonly [number, number]
}

/**
 * Unquoted characterisations: (1) 'described X as ADJ…' ('described the talks as tense',
 * 'described it as the strongest to hit the region in forty years'), with a describing verb of
 * the language and a descriptor that opens with an adjective or evaluative noun; (2) 'X was ADV
 * ADJ' or 'X was ADJ but ADJ' in a sentence that reports speech ('the situation was serious but
 * contained, the minister said'): a lone bare adjective is left out (too often a plain fact).
 * A descriptor that is a quotation is left to the quotation rule. The subject 'it' or 'this'
 * is the event the sentence, or one of the two before it, names.
 */
export function describedIn(context: ClaimContext, index: number): Described[] {
  const view = context.sentences[index]!
  const lang = context.language
  const tokens = view.tokens
  const out: Described[] = []
  const quoted = (k: number) =>
    view.quotations.some((q) => q.start <= tokens[k]!.start && q.end >= tokens[k]!.end)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.pos !== 'VERB' || !lang.describeVerbs.includes(t.lemma)) continue
    const as = tokens.findIndex((w, k) => k > i + 1 && k <= i + 8 && w.lower === 'as')
    if (as < 0 || tokens.slice(i + 1, as).some((w) => isBoundary(w) || w.pos === 'VERB')) continue
    const run = descriptorAfter(lang, tokens, as + 1)
    if (!run || quoted(run[0])) continue
    const subject = describedThing(context, index, i + 1, as - 1)
    if (!subject) continue
    const [cs] = clauseAround(tokens, i)
    out.push({ by: speakerOf(context, view, cs, i), subject, run, frame: [i, run[1]] })
  }
  if (!reportsSpeech(lang, view)) return out
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.lemma !== 'be' || t.pos !== 'AUX' || out.some((d) => d.frame[0] <= i && d.frame[1] >= i))
      continue
    const run = descriptorAfter(lang, tokens, i + 1, true)
    if (!run || quoted(run[0])) continue
    const subject = describedThing(context, index, clauseAround(tokens, i)[0], i - 1)
    if (!subject) continue
    const speech = tokens.findIndex((w) => w.pos === 'VERB' && lang.speechVerbs.includes(w.lemma))
    const by =
      speech > i
        ? speakerAfter(context, view, speech)
        : speakerOf(context, view, clauseAround(tokens, speech)[0], speech)
    out.push({ by, subject, run, frame: [i, run[1]] })
  }
  return out
}

/**
 * The descriptor phrase opening at token `k`: an optional determiner, then adjectives, adverbs,
 * conjunctions and hyphenated compounds, closing with an evaluative noun or, for superlatives, a
 * short complement ('the strongest to hit the region in forty years'). `strict`: at least two
 * words, as 'extremely dangerous' or 'serious but contained' (a bare adjective is left out).
 */
function descriptorAfter(
  lang: ClaimLanguage,
  tokens: readonly Token[],
  k: number,
  strict = false,
): [number, number] | undefined {
  let a = k
  if (tokens[a]?.pos === 'DET') a++
  const first = tokens[a]
  if (!first || !(evaluative(lang, first) || (first.pos === 'ADV' && !isBoundary(first))))
    return undefined
  const b = runEnd(lang, tokens, a)
  if (b < 0) return undefined
  // A superlative keeps its complement: 'the strongest to hit the region in forty years'.
  const complement = superlativeTail(tokens, b)
  if (complement !== undefined) return [a, complement]
  const next = tokens[b + 1]
  // 'a difficult process' names a thing with an adjective: the noun must be evaluative itself.
  if (next && (next.pos === 'NOUN' || next.pos === 'PROPN')) return undefined
  if (strict && b === a) return undefined
  return [a, b]
}

/** Last descriptor word of the run opening at `a`, or -1 when it holds none. */
function runEnd(lang: ClaimLanguage, tokens: readonly Token[], a: number): number {
  let b = -1
  for (let j = a; j < tokens.length && j - a < 8; j++) {
    const w = tokens[j]!
    const prev = tokens[j - 1]
    const hyphen = w.value === '-' && w.start === prev?.end && w.end === tokens[j + 1]?.start
    const joined = j > a && prev!.value === '-' && prev!.end === w.start
    // 'serious but contained': a participle after a conjunction
    const participle = w.pos === 'VERB' && prev?.pos === 'CCONJ' && /ed$/.test(w.lower)
    if (evaluative(lang, w) || joined || participle) b = j
    else if (!(hyphen || w.pos === 'ADV' || (w.pos === 'CCONJ' && j > a))) break
  }
  return b
}

/** End of a superlative's complement at `b` ('strongest to hit the region in forty years'). */
function superlativeTail(tokens: readonly Token[], b: number): number | undefined {
  if (!/(est|^worst|^best|^least)$/.test(tokens[b]!.lower)) return undefined
  if (!/^(to|in|of|since|on)$/.test(tokens[b + 1]?.lower ?? '')) return undefined
  let e = b + 1
  while (e + 1 < tokens.length && !isBoundary(tokens[e + 1]!) && e - b < 10) e++
  while (e > b && tokens[e]!.pos === 'PUNCT') e--
  return e
}

function evaluative(lang: ClaimLanguage, t: Token): boolean {
  return (
    (t.pos === 'ADJ' && !lang.factualAdjectives.includes(t.lower)) ||
    (t.pos === 'NOUN' && lang.evaluativeNouns.includes(t.lemma))
  )
}

/** The thing described in tokens `[a, b]`: its last noun phrase, or the event 'it' refers to. */
function describedThing(
  context: ClaimContext,
  index: number,
  a: number,
  b: number,
): string | undefined {
  const view = context.sentences[index]!
  const tokens = view.tokens
  const lang = context.language
  let pronoun = false
  for (let h = b; h >= a; h--) {
    const w = tokens[h]!
    if (w.pos === 'PRON' && /^(it|this|that|they|them)$/.test(w.lower)) {
      pronoun = true
      break
    }
    if (w.pos !== 'NOUN') continue
    if (view.mentions.some((m) => m.start <= w.start && m.end >= w.end)) return undefined
    const [s] = nounPhraseAround(tokens, h)
    return normalise(view.text, tokens, Math.max(s, a), h, lang.dropLeading) || undefined
  }
  if (!pronoun) return undefined
  for (let back = index; back >= Math.max(0, index - 2); back--) {
    const found = eventNounPhrase(lang, context.sentences[back]!)
    if (found) return found
  }
  return undefined
}

/** The first event noun phrase of a sentence ('the talks'): what a pronoun most likely means. */
export function eventNounPhrase(lang: ClaimLanguage, view: SentenceView): string | undefined {
  const tokens = view.tokens
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.pos !== 'NOUN' || !lang.eventNouns.includes(t.lemma) || tokens[i + 1]?.pos === 'NOUN')
      continue
    const [a] = nounPhraseAround(tokens, i)
    const text = normalise(view.text, tokens, a, i, lang.dropLeading)
    if (text) return text
  }
  return undefined
}

/** Whether the sentence reports someone's words: a speech verb, or 'according to'. */
function reportsSpeech(lang: ClaimLanguage, view: SentenceView): boolean {
  const tokens = view.tokens
  return tokens.some(
    (t, k) =>
      (t.pos === 'VERB' && lang.speechVerbs.includes(t.lemma)) ||
      (t.lower === 'according' && tokens[k + 1]?.lower === 'to'),
  )
}

/** The subject of the verb at `v`: a named actor, else its noun phrase with no key. */
function speakerOf(context: ClaimContext, view: SentenceView, cs: number, v: number): Actor | null {
  const tokens = view.tokens
  const m = subjectBefore(view, tokens[cs]!.start, tokens[v]!.start)
  if (m && m.entity.kind !== 'place') return context.actor(m.entity, m.item.text)
  for (let h = v - 1; h >= cs; h--) {
    const w = tokens[h]!
    if (w.pos !== 'NOUN' && w.pos !== 'PROPN') continue
    const [a] = nounPhraseAround(tokens, h)
    const name = normalise(view.text, tokens, Math.max(a, cs), h, context.language.dropLeading)
    return name ? { name, key: null } : null
  }
  return null
}

/** The speaker after a speech verb at `v` ('…, the minister said' has it before: see caller). */
function speakerAfter(context: ClaimContext, view: SentenceView, v: number): Actor | null {
  const tokens = view.tokens
  const before = speakerOf(context, view, clauseAround(tokens, v)[0], v)
  if (before) return before
  const m = view.mentions.find((x) => x.start >= tokens[v]!.end && x.entity.kind !== 'place')
  return m ? context.actor(m.entity, m.item.text) : null
}
