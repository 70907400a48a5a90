import type { ClaimContext, SentenceView } from './context.js'
import { type PlacedMention, subjectBefore } from './mentions.js'
import type { Token } from './nlp.js'
import { normalise, nounPhraseAround } from './phrases.js'

/** Who a stance verb's clause is about when no mention stands right before it. */
export interface Subject {
  /** A named entity, possibly from an earlier sentence (a pronoun's antecedent). */
  readonly actor?: PlacedMention
  /** A name with no entity: a proper name or a group ('consumer groups'). */
  readonly name?: string
  /** The name is a group noun phrase ('consumer groups'), weaker than a speaker who voices it. */
  readonly group?: boolean
}

/**
 * The subject of the verb at token `i` of sentence `index` when no mention of its clause is:
 * (1) a proper name right before it that no mention covers ('Karadeniz had demanded'); (2) for a
 * participle opening a clause after a comma, the main clause's subject ('Kyiv rejected the plan,
 * refusing to cede…'); (3) 'he'/'she', the last person named in this or the two sentences
 * before; 'we' inside a quotation, its speaker; (4) a noun phrase of people or groups right
 * before the verb ('consumer groups called for…'). `undefined` when none applies.
 */
export function subjectOfVerb(
  context: ClaimContext,
  index: number,
  cs: number,
  i: number,
): Subject | undefined {
  const view = context.sentences[index]!
  const tokens = view.tokens
  const name = properSubject(view, tokens, cs, i)
  if (name) return { name }
  const before = subjectBeforeComma(view, cs, i)
  if (before) return before
  return subjectRightBefore(context, index, cs, i)
}

/**
 * A clause after a comma: 'Kyiv rejected it, refusing…' or 'Ukraine, meanwhile, is pushing…'
 * (the subject before), and '…, said Sheriff Dale Rourke, who urged residents…' (the name
 * before ', who').
 */
function subjectBeforeComma(view: SentenceView, cs: number, i: number): Subject | undefined {
  const tokens = view.tokens
  if (cs > 0 && tokens[cs - 1]!.value === ',') {
    let k = cs
    while (k < i && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX')) k++
    if (k === i) {
      const actor = subjectBefore(view, 0, tokens[cs - 1]!.start, true)
      if (actor) return { actor }
    }
  }
  if (tokens[cs - 1]?.lower === 'who' && tokens[cs - 2]?.value === ',') {
    const actor = subjectBefore(view, 0, tokens[cs - 2]!.start)
    if (actor && actor.end >= tokens[cs - 2]!.start - 1 && actor.entity.kind !== 'place')
      return { actor }
  }
  return undefined
}

/** A pronoun, or a noun phrase of people or groups, right before the verb (past AUX/ADV). */
function subjectRightBefore(
  context: ClaimContext,
  index: number,
  cs: number,
  i: number,
): Subject | undefined {
  const view = context.sentences[index]!
  const tokens = view.tokens
  let b = i - 1
  while (b >= cs && (tokens[b]!.pos === 'AUX' || tokens[b]!.pos === 'ADV')) b--
  if (b < cs) return undefined
  const pronoun = tokens[b]!
  if (pronoun.pos === 'PRON') {
    const actor = pronounActor(context, index, pronoun)
    return actor ? { actor } : undefined
  }
  if (pronoun.pos !== 'NOUN' || !context.language.agentNouns.includes(pronoun.lemma))
    return undefined
  const [a] = nounPhraseAround(tokens, b)
  if (a < cs) return undefined
  const group = normalise(view.text, tokens, a, b, context.language.dropLeading)
  return group ? { name: group, group: true } : undefined
}

/** The person 'he'/'she' refers to, or the speaker of the quotation 'we' stands in. */
function pronounActor(
  context: ClaimContext,
  index: number,
  pronoun: Token,
): PlacedMention | undefined {
  const view = context.sentences[index]!
  const word = pronoun.lower
  if (word === 'we') {
    const q = view.quotations.find((x) => x.start <= pronoun.start && x.end >= pronoun.end)
    if (q?.item.speaker.status !== 'attributed') return undefined
    const entityId = q.item.speaker.entity
    return view.mentions.find((m) => m.entity.id === entityId) ?? mentionOf(context, entityId)
  }
  if (word !== 'he' && word !== 'she') return undefined
  for (let back = index; back >= Math.max(0, index - 2); back--) {
    const s = context.sentences[back]!
    let found: PlacedMention | undefined
    for (const m of s.mentions)
      if (m.entity.kind === 'person' && (back < index || m.end <= pronoun.start)) found = m
    if (found) return found
  }
  return undefined
}

/** Some mention of the entity in the article, for a speaker named in another sentence. */
function mentionOf(context: ClaimContext, entityId: string): PlacedMention | undefined {
  for (const s of context.sentences) {
    const m = s.mentions.find((x) => x.entity.id === entityId)
    if (m) return m
  }
  return undefined
}

/**
 * A run of proper nouns that opens the clause and stands right before the verb at `i`, with
 * only auxiliaries between ('Karadeniz had demanded'), and that no mention covers.
 */
function properSubject(
  view: SentenceView,
  tokens: readonly Token[],
  cs: number,
  i: number,
): string | undefined {
  let b = i - 1
  // A verb that opens its clause has no subject before it.
  if (b < Math.max(cs, 0)) return undefined
  while (b > cs && (tokens[b]!.pos === 'AUX' || tokens[b]!.pos === 'ADV')) b--
  let a = b
  while (a > cs && tokens[a - 1]!.pos === 'PROPN') a--
  if (a > cs && tokens[a - 1]!.pos !== 'DET') return undefined
  if (b < a || tokens[b]!.pos !== 'PROPN') return undefined
  const from = tokens[a]!.start
  const to = tokens[b]!.end
  if (view.mentions.some((m) => m.start < to && m.end > from)) return undefined
  return view.text.slice(from, to)
}
