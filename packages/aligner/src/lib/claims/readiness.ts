import type { Stance } from '@parallax/schema'
import type { ClaimContext } from './context.js'
import { type PlacedMention, subjectBefore } from './mentions.js'
import { objectAfter } from './objects.js'
import { clauseAround } from './phrases.js'

/** A stance of readiness: who stands ready to do what, and on which condition. */
export interface Readiness {
  readonly stance: Stance
  readonly actor: PlacedMention
  /** Never set: the holder is always a named entity. */
  readonly name?: string
  readonly object: [number, number]
}

/**
 * Readiness to act, at token `i`: an adjective of readiness before `to` + verb ('was ready to
 * raise rates', 'is prepared to send troops') or a negated verb of hesitation ('would not
 * hesitate to act'). A condition when the clause goes on with a conditional cue ('… if prices
 * pick up'), else an offer. The holder is the named subject of the clause, after any speech verb
 * ('Reyes said the bank was ready…': the bank).
 */
export function readinessAt(
  context: ClaimContext,
  index: number,
  i: number,
): Readiness | undefined {
  const lang = context.language
  const view = context.sentences[index]!
  const tokens = view.tokens
  const t = tokens[i]!
  const ready = t.pos === 'ADJ' && lang.readinessWords.includes(t.lower)
  const hesitate =
    t.pos === 'VERB' &&
    lang.hesitationVerbs.includes(t.lemma) &&
    lang.negations.includes(tokens[i - 1]?.lower ?? '')
  if (!ready && !hesitate) return undefined
  if (tokens[i + 1]?.lower !== 'to' || tokens[i + 2]?.pos !== 'VERB') return undefined
  const object = objectAfter(tokens, i + 1, false)
  if (!object) return undefined
  const [cs, ce] = clauseAround(tokens, i)
  let from = cs
  for (let k = cs; k < i; k++)
    if (tokens[k]!.pos === 'VERB' && lang.speechVerbs.includes(tokens[k]!.lemma)) from = k + 1
  const actor = subjectBefore(view, tokens[from]!.start, t.start)
  if (!actor || actor.entity.kind === 'place') return undefined
  // 'to raise rates again if prices pick up': a cue within a few words of the object
  const after = ` ${tokens
    .slice(object[1] + 1, Math.min(tokens.length, ce + 3, object[1] + 5))
    .map((w) => w.lower)
    .join(' ')} `
  const conditional = ['if', ...lang.conditionCues].some((c) => after.includes(` ${c} `))
  return { stance: conditional ? 'condition' : 'offer', actor, object }
}
