import type { Actor, CharacterisationClaim } from '@parallax/schema'
import type { ClaimContext, SentenceView } from '../context.js'
import { describedIn, eventNounPhrase } from '../describe.js'
import type { ClaimLanguage } from '../lang/types.js'
import { subjectBefore } from '../mentions.js'
import type { Token } from '../nlp.js'
import { clauseAround, normalise, nounPhraseAround, tokenAt } from '../phrases.js'
import type { ClaimDraft, ClaimExtractor } from '../types.js'

type Body = Omit<CharacterisationClaim, 'id' | 'text' | 'provenance' | 'topic'>

/**
 * How someone described something. From (1) a short quoted phrase inside a sentence made of
 * evaluative words ('“difficult but businesslike”', '“not easy”', '“meaningful progress”') and
 * (2) an unquoted 'described X as ADJ'. `by` is the quote's speaker, else the subject of the
 * describing verb; `subject` the thing described: the object of 'describe/call X', the subject
 * of 'X had been “…”', else the nearest event noun phrase; `descriptors` the phrase split at
 * commas and conjunctions. A sentence with no describable subject gives no claim.
 */
export const characterisationExtractor: ClaimExtractor = {
  linguistic: true,
  extract(context) {
    const drafts: ClaimDraft[] = []
    context.sentences.forEach((view, index) => {
      const tokens = view.tokens
      const topicHere = eventNounPhrase(context.language, view)
      for (const found of describedIn(context, index)) {
        const [a, b] = found.run
        const descriptors = split(view.text.slice(tokens[a]!.start, tokens[b]!.end))
        if (descriptors.length === 0) continue
        const [from, to] = found.frame
        drafts.push({
          claim: { kind: 'characterisation', by: found.by, subject: found.subject, descriptors },
          span: view.toSource(tokens[from]!.start, tokens[to]!.end),
          sentence: view,
          text: view.text,
          focus: `${found.subject} ${descriptors.join(' ')}`,
        })
      }
      for (const placed of view.quotations) {
        const q = placed.item
        if (q.kind !== 'partial') continue
        const first = tokenAt(tokens, placed.start)
        let last = first
        while (last + 1 < tokens.length && tokens[last + 1]!.start < placed.end) last++
        const runs = descriptorRuns(context.language, tokens, first, last)
        if (runs.length === 0 && namedByDescribeVerb(context.language, tokens, first, last))
          runs.push([first, last])
        if (runs.length === 0) continue
        const descriptors = runs.flatMap(([a, b]) =>
          split(view.text.slice(tokens[a]!.start, tokens[b]!.end)),
        )
        if (descriptors.length === 0) continue
        let by: Actor | null = null
        if (q.speaker.status === 'attributed') {
          const entity = context.entity(q.speaker.entity)
          by = entity ? context.actor(entity, q.speaker.name) : { name: q.speaker.name, key: null }
        } else {
          const m = subjectBefore(
            view,
            tokens[clauseAround(tokens, Math.max(0, first - 1))[0]]!.start,
            placed.start,
          )
          if (m && m.entity.kind !== 'place') by = context.actor(m.entity, m.item.text)
        }
        const subject =
          subjectOf(context, view, first) ?? topicHere ?? pronounReferent(context, index, first)
        if (!subject) continue
        const claim: Body = { kind: 'characterisation', by, subject, descriptors }
        drafts.push({
          claim,
          span: q.span,
          sentence: view,
          text: view.text,
          focus: `${subject} ${descriptors.join(' ')}`,
        })
      }
    })
    return drafts
  },
}

/** Runs of evaluative words inside the quote `[first, last]`: adjectives, or adjective + noun. */
function descriptorRuns(
  lang: ClaimLanguage,
  tokens: readonly Token[],
  first: number,
  last: number,
): Array<[number, number]> {
  const words = tokens.slice(first, last + 1).filter((t) => t.pos !== 'PUNCT')
  if (words.length === 0 || words.length > 8) return []
  // a word of a hyphenated compound ('business-like') counts as the adjective it builds
  const joined = (t: Token) => {
    const k = tokens.indexOf(t)
    return (
      (tokens[k - 1]?.value === '-' && tokens[k - 1]!.end === t.start) ||
      (tokens[k + 1]?.value === '-' && tokens[k + 1]!.start === t.end)
    )
  }
  // 'serious but contained': a participle after a conjunction counts as an adjective
  const participle = (t: Token) =>
    t.pos === 'VERB' && /ed$/.test(t.lower) && tokens[tokens.indexOf(t) - 1]?.pos === 'CCONJ'
  const allowed = (t: Token) =>
    ['ADJ', 'ADV', 'CCONJ', 'PUNCT', 'DET'].includes(t.pos) ||
    joined(t) ||
    participle(t) ||
    t.lower === 'not' ||
    (t.pos === 'NOUN' && lang.evaluativeNouns.includes(t.lemma))
  const evaluative = (t: Token) =>
    (t.pos === 'ADJ' && !lang.factualAdjectives.includes(t.lower)) ||
    (t.pos === 'NOUN' && lang.evaluativeNouns.includes(t.lemma))
  if (words.length <= 6 && words.every(allowed) && words.some(evaluative)) return [[first, last]]
  // A judged action: a verb, then a manner adverb, and a second judgement after a conjunction
  // ('moved cautiously but in the right direction', 'acted swiftly and decisively').
  const verb = words[0]!
  const manner = words[1]
  if (
    verb.pos === 'VERB' &&
    manner?.pos === 'ADV' &&
    /ly$/.test(manner.lower) &&
    words.some((t, k) => k > 1 && t.pos === 'CCONJ') &&
    words.every((t) => !/^(PRON|PROPN|NUM|AUX)$/.test(t.pos))
  )
    return [[first, last]]
  // An evaluative noun phrase closing the quote: '… brought about meaningful progress'.
  const end = tokens[last]!
  if (words.length <= 6 && end.pos === 'NOUN' && lang.evaluativeNouns.includes(end.lemma)) {
    let a = last
    while (a > first && (tokens[a - 1]!.pos === 'ADJ' || tokens[a - 1]!.pos === 'ADV')) a--
    if (a < last && !lang.factualAdjectives.includes(tokens[a]!.lower)) return [[a, last]]
  }
  return []
}

/**
 * 'called the launch “a proud day for science”', 'described the offer as “an insult”': a short
 * quoted noun phrase that a describing verb of its clause applies to its object is a description,
 * whatever its words. Only the verb's object (a noun phrase or pronoun, then 'as') may stand
 * between; a quote with a verb of its own is a statement, not a description.
 */
function namedByDescribeVerb(
  lang: ClaimLanguage,
  tokens: readonly Token[],
  first: number,
  last: number,
): boolean {
  const words = tokens.slice(first, last + 1).filter((t) => t.pos !== 'PUNCT')
  if (words.length === 0 || words.length > 8) return false
  if (words.some((t) => /^(VERB|AUX|PRON|SCONJ)$/.test(t.pos))) return false
  if (!words.some((t) => t.pos === 'NOUN' || t.pos === 'ADJ')) return false
  const between = /^(DET|NOUN|PROPN|ADJ|PART|PRON|PUNCT|NUM)$/
  for (let k = first - 1, seen = 0; k >= 0 && seen <= 7; k--, seen++) {
    const t = tokens[k]!
    if (t.pos === 'VERB') return lang.describeVerbs.includes(t.lemma)
    if (t.lower === 'as' && k === first - 1) continue
    if (t.lower === 'as' && tokens[k + 1]?.pos === 'PUNCT' && k + 2 === first) continue
    if (!between.test(t.pos)) return false
  }
  return false
}

function split(text: string): string[] {
  return text
    .split(/\s*(?:,|;|\band\b|\bbut\b|\bor\b)\s*/u)
    .map((s) =>
      s
        .replace(/^[\s"“”‘’']+|[\s"“”‘’'.,]+$/gu, '')
        .replace(/^(a|an|the)\s+/iu, '')
        .trim(),
    )
    .filter((s) => s.length > 0)
}

/**
 * The thing described, from the words before the quote in its clause; `''` when the clause
 * describes a proposition ('it was “…” that'), `undefined` when it does not say.
 */
function subjectOf(context: ClaimContext, view: SentenceView, first: number): string | undefined {
  const lang = context.language
  const tokens = view.tokens
  const [cs] = clauseAround(tokens, Math.max(0, first - 1))
  const norm = (a: number, b: number) => normalise(view.text, tokens, a, b, lang.dropLeading)
  const actorAt = (k: number) =>
    view.mentions.some(
      (m) => m.entity.kind !== 'place' && m.start <= tokens[k]!.start && m.end >= tokens[k]!.end,
    )
  const phrase = (h: number, floor: number) => {
    const [a] = nounPhraseAround(tokens, h)
    return norm(Math.max(a, floor), h) || undefined
  }
  // 'described the talks as “…”', 'called the session “…”', 'talks described by X as “…”'
  for (let k = first - 1; k >= cs; k--) {
    const t = tokens[k]!
    // any 'V X as “…”' describes X ('rebuked the push as “not fair”')
    const asBefore = [tokens[first - 1], tokens[first - 2]].some((w) => w?.lower === 'as')
    if (t.pos !== 'VERB' || !(lang.describeVerbs.includes(t.lemma) || asBefore)) continue
    const passive = tokens[k + 1]?.lower === 'by' || tokens[k - 1]?.lemma === 'be'
    for (let h = first - 1; h > k && !passive; h--) {
      const w = tokens[h]!
      if ((w.pos === 'NOUN' || w.pos === 'PROPN') && !actorAt(h)) return phrase(h, k + 1)
    }
    // Passive ('talks described by X as'): the noun before the verb. Active with no object
    // ('which sources described as'): the thing is elsewhere in the sentence.
    const before = tokens[k - 1]
    if (passive && before && before.pos === 'NOUN' && !actorAt(k - 1)) return phrase(k - 1, cs)
    if (passive && tokens[k - 1]?.lemma === 'be') return nounBefore(tokens, k - 1, cs, norm)
    return undefined
  }
  // 'the discussions had been “…”', 'the session “brought about …”'
  let k = first - 1
  while (k >= cs && (tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'ADV')) k--
  const auxFrom = k
  while (k >= cs && tokens[k]!.pos === 'AUX') k--
  const copula = k < auxFrom
  const head = tokens[k]
  if (head && k >= cs && head.pos === 'NOUN' && !actorAt(k)) return phrase(k, cs)
  // 'the bank had “moved cautiously …”': an organisation judged by its action
  const organisation = view.mentions.some(
    (m) =>
      m.entity.kind === 'organization' &&
      m.start <= (head?.start ?? -1) &&
      m.end >= (head?.end ?? -1),
  )
  if (copula && head && k >= cs && head.pos === 'NOUN' && organisation) return phrase(k, cs)
  // 'it was “not fair” that…': a proposition, not a thing; no fallback subject.
  if (copula && head && k >= cs && head.pos === 'PRON' && /^(it|this)$/.test(head.lower)) return ''
  return undefined
}

/**
 * 'called it “extremely dangerous”': a describing verb whose object is a pronoun describes the
 * event the one or two sentences before name.
 */
function pronounReferent(context: ClaimContext, index: number, first: number): string | undefined {
  const lang = context.language
  const tokens = context.sentences[index]!.tokens
  let k = first - 1
  while (k >= 0 && tokens[k]!.pos === 'PUNCT') k--
  const pronoun = tokens[k]
  const verb = tokens[k - 1]
  if (pronoun?.pos !== 'PRON' || !/^(it|this|them)$/.test(pronoun.lower)) return undefined
  if (verb?.pos !== 'VERB' || !lang.describeVerbs.includes(verb.lemma)) return undefined
  for (let back = index - 1; back >= Math.max(0, index - 2); back--) {
    const found = eventNounPhrase(lang, context.sentences[back]!)
    if (found) return found
  }
  return undefined
}

function nounBefore(
  tokens: readonly Token[],
  k: number,
  cs: number,
  norm: (a: number, b: number) => string,
): string | undefined {
  for (let h = k - 1; h >= cs; h--) {
    const w = tokens[h]!
    if (w.pos === 'VERB' || w.pos === 'SCONJ') return undefined
    if (w.pos === 'NOUN') return norm(nounPhraseAround(tokens, h)[0], h) || undefined
  }
  return undefined
}
