import { type BlockContext, sentenceAt } from './block-context.js'
import { findChannel } from './find-channel.js'
import { isRolePrefix, isTitleQualifier } from './find-names.js'
import type { QuoteDraft } from './find-quotations.js'
import {
  anonymousSpeakers,
  cueVerbs,
  findingVerbs,
  indefiniteOpeners,
  personPronouns,
  placePrepositions,
  roleStoppers,
  tellVerbs,
} from './lexicon.js'
import type { DateDraft } from './resolve-dates.js'
import type { EntityIndex, MentionDraft } from './resolve-entities.js'
import { toSourceSpan } from './text-map.js'
import { onlySpaceBetween, splitWords, type Word, wordIndexAt } from './words.js'

/** Who said a quotation, before ids are assigned (entity keys, mention objects). */
export type SpeakerDraft =
  | {
      status: 'attributed'
      key: string
      via: 'name' | 'pronoun' | 'role' | 'continuation' | 'according-to'
      mention?: MentionDraft
    }
  | { status: 'unknown' | 'ambiguous'; reason: string; candidates?: string[] }

/** A quotation with its block, speaker, cue, channel and date. */
export interface AttributedQuote {
  block: number
  quote: QuoteDraft
  speaker: SpeakerDraft
  cue?: string
  channel?: string
  date?: DateDraft
  /** Index (in document order) of the quotation this one continues across paragraphs. */
  continues?: number
}

type Subject =
  | { type: 'mention'; mention: MentionDraft; start: number; end: number }
  | { type: 'pronoun'; word: Word; start: number; end: number }
  | { type: 'plural'; phrase: string; start: number; end: number }
  | { type: 'anonymous'; phrase: string; start: number; end: number }

const okAfterCue = new Set(
  'outside inside near across in on at to after before during earlier later last this over via while when as from shortly recently then yesterday today tonight adding urging noting according without with and but amid ahead following late early by'.split(
    ' ',
  ),
)

/**
 * Length of a restrictive relative clause that ends at its main clause's speech verb: " who
 * moved to the city in 2024 " in "A civil servant who moved to the city in 2024 said …". The
 * relative clause's own verb (the first word) is skipped; 0 when no speech verb follows.
 */
function restrictiveRelative(after: string): number {
  const m = /^\s+(?:who|that)\s+[^,.;:!?“”"()—–]{1,100}/u.exec(after)
  if (!m) return 0
  const words = splitWords(m[0])
  for (let k = 2; k < words.length && k <= 14; k++)
    if (cueVerbs.has(words[k]!.lower) && !/ing$/u.test(words[k]!.lower)) return words[k]!.start
  return 0
}

/** Whether `text` is only a role written before a name ("Mayor ", "regional president "). */
const isTitlePrefix = isRolePrefix

/** Prepositions whose object is not the subject of the next verb ("Observers from the AU said"). */
const subjectBlockers = new Set([
  ...placePrepositions,
  'of',
  'with',
  'for',
  'by',
  'about',
  'against',
])

const determiners = new Set(
  'the a an this that these those his her their its my our your whose such repeated regular'.split(
    ' ',
  ),
)

interface BlockState {
  ctx: BlockContext
  words: Word[]
  quotes: QuoteDraft[]
  mentions: MentionDraft[]
  dates: DateDraft[]
}

/** Everything attribution needs, built once per article. */
export interface AttributionInput {
  /** The article's source text (for markup the block text no longer shows, such as emphasis). */
  source: string
  contexts: readonly BlockContext[]
  index: EntityIndex
  quotes: readonly QuoteDraft[][]
  dates: readonly DateDraft[][]
}

/**
 * Attribute every quotation to its speaker, in document order: a cue right after the quote
 * ("…,” he said / said Zelensky), "according to X", a speech verb before it in the same clause
 * (nearest, or the outer one of "X told Axios that … said …"), an attribution closing the
 * sentence (", Zelensky said."), the previous quote's speaker for a quote that continues it,
 * then the sentence's subject. Pronouns resolve to the most recent compatible person
 * (preferring the previous sentence's speaker or subject); unnamed sources, plural subjects
 * and coordinated speakers give 'unknown' or 'ambiguous' with a reason. Adds pronoun mentions.
 */
export function attributeSpeakers(input: AttributionInput): AttributedQuote[] {
  const { contexts, index } = input
  /** Whether the source sets a block-text range in emphasis ("*Financial Times*", "_Le Monde_"). */
  const emphasised = (ctx: BlockContext, start: number, end: number) => {
    const span = toSourceSpan(ctx.block, start, end)
    const open = input.source.slice(Math.max(0, span.start - 2), span.start)
    const close = input.source.slice(span.end, span.end + 2)
    return (
      /[*_]$/u.test(open) &&
      /^[*_]/u.test(close) &&
      input.source.slice(span.start, span.end) === ctx.text.slice(start, end)
    )
  }
  const states: BlockState[] = contexts.map((ctx, b) => ({
    ctx,
    words: splitWords(ctx.text),
    quotes: input.quotes[b] ?? [],
    mentions: index.byBlock[b] ?? [],
    dates: input.dates[b] ?? [],
  }))
  const sentenceSpeaker = new Map<string, string>()
  const out: AttributedQuote[] = []

  const entityKind = (key: string) => index.entities.get(key)?.kind
  const inQuote = (st: BlockState, offset: number) =>
    st.quotes.some(
      (q) => q.open <= offset && offset <= (q.close < 0 ? st.ctx.text.length : q.close),
    )
  const eligible = (st: BlockState, m: MentionDraft) =>
    !m.possessive && !m.modifier && entityKind(m.key) !== 'place' && !inQuote(st, m.start)
  /** The mention starting at `start`, or after a title written before it ("Mayor Helena Brandt"). */
  const mentionAt = (st: BlockState, start: number) =>
    st.mentions.find(
      (m) =>
        m.start >= start &&
        m.start - start < 60 &&
        m.form !== 'pronoun' &&
        entityKind(m.key) !== 'place' &&
        (m.start === start || isTitlePrefix(st.ctx.text.slice(start, m.start))),
    )

  function resolvePronoun(b: number, offset: number, word: string): string | undefined {
    const gender = personPronouns.get(word.toLowerCase())
    const compatible = (key: string) => {
      const e = index.entities.get(key)
      return e?.kind === 'person' && (e.gender === 'unknown' || e.gender === gender)
    }
    const st = states[b]!
    const sIdx = sentenceAt(st.ctx, offset)
    const sentence = st.ctx.sentences[sIdx]!
    let nearest: MentionDraft | undefined
    for (const m of st.mentions) {
      if (m.start >= offset) break
      if (m.start >= sentence.start && eligible(st, m) && compatible(m.key)) nearest = m
    }
    if (nearest) return nearest.key
    let bb = b
    let ss = sIdx - 1
    for (let steps = 0; steps < 8; steps++) {
      while (ss < 0) {
        bb--
        if (bb < 0) return undefined
        ss = states[bb]!.ctx.sentences.length - 1
      }
      const spoken = sentenceSpeaker.get(`${bb}:${ss}`)
      if (spoken && compatible(spoken)) return spoken
      const s2 = states[bb]!
      const range = s2.ctx.sentences[ss]!
      for (const m of s2.mentions) {
        if (m.start >= range.end) break
        if (m.start >= range.start && eligible(s2, m) && compatible(m.key)) return m.key
      }
      ss--
    }
    return undefined
  }

  /**
   * An unnamed speaker written as a noun phrase and used as the subject of a speech verb, or
   * right after one: "one resident said", "said a mother of three", "A union organiser, who
   * declined to be named, said" (unnamed source); "the union leaders said" (a group).
   */
  function speakerPhrase(st: BlockState, i: number): Subject | undefined {
    const text = st.ctx.text
    const opener = st.words[i]!
    const definite = opener.lower === 'the'
    let head: Word | undefined
    for (let k = i + 1; k < st.words.length && k <= i + 4; k++) {
      const w = st.words[k]!
      if (!onlySpaceBetween(text, st.words[k - 1]!.end, w.start) && !st.words[k - 1]!.possessive)
        break
      if (w.capitalised || roleStoppers.has(w.lower) || cueVerbs.has(w.lower)) break
      if (!isTitleQualifier(w) || /ly$/u.test(w.lower)) break
      head = w
    }
    // "one of his supporters", "a mother of three".
    const of = /^\s+of\s+(?:(?:the|his|her|their|its|our)\s+)?[\p{Ll}\d]+/u.exec(
      text.slice((head ?? opener).end),
    )
    if (!head && !(of && !definite && opener.lower !== 'a' && opener.lower !== 'an'))
      return undefined
    let end = (head ?? opener).end
    if (of && !definite) end += of[0].length
    if (definite && !/s$/u.test(head?.lower ?? '')) return undefined
    if (st.mentions.some((m) => m.start < end && opener.start < m.end)) return undefined
    // The phrase must be the subject of a speech verb ("…, who declined to be named, said") or follow one.
    const after = text.slice(end)
    const appositive =
      /^,\s+who\b[^,.;“”"]*,\s+/u.exec(after)?.[0].length ?? restrictiveRelative(after)
    const rest = after.slice(appositive)
    const verb = /^\s*(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u.exec(rest)?.[1]
    const prev = st.words[i - 1]
    const follows =
      prev !== undefined &&
      cueVerbs.has(prev.lower) &&
      onlySpaceBetween(text, prev.end, opener.start)
    if (!(verb && cueVerbs.has(verb)) && !(follows && !definite)) return undefined
    const phrase = text.slice(opener.start, end)
    return definite
      ? { type: 'plural', phrase, start: opener.start, end }
      : { type: 'anonymous', phrase, start: opener.start, end }
  }

  /**
   * A name given after its role in an appositive, as the subject at `p`: "the bank's governor,
   * Kazuo Ueda, told …" / "the CGT's leader, Philippe Martinez, said …" / "its chief executive,
   * Jane Roe, said …". `end` is after the
   * comma that closes the appositive.
   */
  function appositiveSubject(
    st: BlockState,
    p: number,
  ): { mention: MentionDraft; end: number } | undefined {
    const text = st.ctx.text
    const m = st.mentions.find(
      (x) => x.start > p && x.start - p < 80 && x.form !== 'pronoun' && eligible(st, x),
    )
    if (!m) return undefined
    const lead =
      /^(?:(?:the|a|an|its|his|her|their|our|The|A|An|Its|His|Her|Their|Our)\s+)?([^,.;:!?“”"]+?),\s+$/u.exec(
        text.slice(p, m.start),
      )
    if (!lead || !isTitlePrefix(`${lead[1]} `)) return undefined
    const close = /^,\s+/u.exec(text.slice(m.end))
    if (!close) return undefined
    return { mention: m, end: m.end + close[0].length }
  }

  /** Whether a subject candidate is the object of a preposition ("Observers from the AU"). */
  function governed(st: BlockState, s: Subject): boolean {
    if (s.type === 'pronoun') return false
    let k = wordIndexAt(st.words, s.start) - 1
    while (k >= 0 && ['the', 'a', 'an'].includes(st.words[k]!.lower)) k--
    const w = st.words[k]
    const nextStart = st.words[k + 1]?.start ?? s.start
    return (
      w !== undefined &&
      subjectBlockers.has(w.lower) &&
      onlySpaceBetween(st.ctx.text, w.end, nextStart)
    )
  }

  function subjectCandidates(st: BlockState, from: number, to: number): Subject[] {
    const subjects: Subject[] = []
    for (const m of st.mentions) {
      if (m.start < from) continue
      if (m.end > to) break
      if (eligible(st, m))
        subjects.push({ type: 'mention', mention: m, start: m.start, end: m.end })
    }
    for (let i = wordIndexAt(st.words, from); i < st.words.length; i++) {
      const w = st.words[i]!
      if (w.end > to) break
      if (inQuote(st, w.start)) continue
      if (personPronouns.has(w.lower))
        subjects.push({ type: 'pronoun', word: w, start: w.start, end: w.end })
      else if (w.lower === 'they')
        subjects.push({ type: 'plural', phrase: w.value, start: w.start, end: w.end })
      else if (
        indefiniteOpeners.has(w.lower) ||
        (w.lower === 'the' && !st.mentions.some((m) => m.start === w.start))
      ) {
        const phrase = speakerPhrase(st, i)
        if (phrase) subjects.push(phrase)
      } else if (
        anonymousSpeakers.has(w.lower) &&
        (!w.capitalised || st.ctx.sentences.some((s) => s.start === w.start))
      ) {
        let a = i
        while (
          a > 0 &&
          i - a < 3 &&
          !st.words[a - 1]!.possessive &&
          /^\p{Ll}|^\p{Lu}\p{Ll}+an$|^\p{Lu}\p{Ll}+ian$/u.test(st.words[a - 1]!.value) &&
          !cueVerbs.has(st.words[a - 1]!.lower) &&
          onlySpaceBetween(st.ctx.text, st.words[a - 1]!.end, st.words[a]!.start) &&
          !['that', 'and', 'but', 'the', 'which', 'who'].includes(st.words[a - 1]!.lower)
        )
          a--
        const phrase = st.ctx.text.slice(st.words[a]!.start, w.end)
        subjects.push({ type: 'anonymous', phrase, start: st.words[a]!.start, end: w.end })
      }
    }
    return subjects.sort((x, y) => x.start - y.start)
  }

  function toSpeaker(
    b: number,
    subject: Subject,
    viaName: 'name' | 'according-to' = 'name',
  ): SpeakerDraft {
    const st = states[b]!
    if (subject.type === 'anonymous')
      return { status: 'unknown', reason: `attributed to an unnamed source ("${subject.phrase}")` }
    if (subject.type === 'plural')
      return {
        status: 'unknown',
        reason: `the speaker is "${subject.phrase}", a group rather than one named speaker`,
      }
    if (subject.type === 'pronoun') {
      const key = resolvePronoun(b, subject.start, subject.word.value)
      if (!key)
        return {
          status: 'unknown',
          reason: `pronoun "${subject.word.value}" has no compatible named person before it`,
        }
      const mention: MentionDraft = {
        block: b,
        start: subject.start,
        end: subject.end,
        key,
        form: 'pronoun',
        possessive: false,
        modifier: false,
      }
      index.mentions.push(mention)
      st.mentions.push(mention)
      st.mentions.sort((x, y) => x.start - y.start)
      return { status: 'attributed', key, via: 'pronoun', mention }
    }
    const m = subject.mention
    // Coordinated speakers ("Moscow and Kyiv described", "both X and Y indicated").
    const before = st.ctx.text.slice(Math.max(0, m.start - 60), m.start)
    // "X and Y said" (not the clause conjunction ", and Y said").
    const coord = /[^,\s]\s+(?:and|or)\s+(?:\p{L}+(?:['’]s?)?\s+){0,2}$/u.test(before)
    const after = /^\s+(?:and|or)\s+/u.test(st.ctx.text.slice(m.end, m.end + 6))
    if (coord || after) {
      const others = st.mentions.filter(
        (o) =>
          o !== m &&
          !o.possessive &&
          Math.abs(o.start - m.start) < 80 &&
          /^\s+(?:and|or)\s+(?:\p{L}+(?:['’]s?)?\s+){0,2}$/u.test(
            st.ctx.text.slice(Math.min(o.end, m.end), Math.max(o.start, m.start)),
          ),
      )
      const candidates = [...new Set([...others.map((o) => o.key), m.key])]
      return {
        status: 'ambiguous',
        reason: `said jointly by coordinated speakers ("${st.ctx.text.slice(others[0] ? Math.min(others[0].start, m.start) : m.start, others[0] ? Math.max(others[0].end, m.end) : m.end)}"${others.length === 0 ? ' and another' : ''})`,
        candidates,
      }
    }
    const via = viaName === 'according-to' ? 'according-to' : m.form === 'role' ? 'role' : 'name'
    return { status: 'attributed', key: m.key, via, mention: m }
  }

  function clauseStart(st: BlockState, sentenceStart: number, at: number): number {
    const t = st.ctx.text
    let start = sentenceStart
    for (let i = sentenceStart; i < at; i++) {
      const ch = t[i]
      if (inQuote(st, i)) continue
      if (ch === ';' || ((ch === '–' || ch === '—') && t[i - 1] === ' ' && t[i + 1] === ' '))
        start = i + 1
      else if (
        (ch === 'w' || ch === 'W') &&
        /^(?:while|whereas)\b/iu.test(t.slice(i, i + 8)) &&
        /,\s$/u.test(t.slice(i - 2, i))
      ) {
        start = i
      }
    }
    return start
  }

  function clauseEnd(st: BlockState, from: number, sentenceEnd: number): number {
    const t = st.ctx.text
    for (let i = from; i < sentenceEnd; i++) {
      if (inQuote(st, i)) continue
      const ch = t[i]
      if (ch === ';' || ((ch === '–' || ch === '—') && t[i - 1] === ' ' && t[i + 1] === ' '))
        return i
      if (/,\s$/u.test(t.slice(i - 2, i)) && /^(?:while|whereas)\b/iu.test(t.slice(i, i + 8)))
        return i
    }
    return sentenceEnd
  }

  let previous: AttributedQuote | undefined
  let previousEnd: { block: number; sentence: number } | undefined
  let previousCueAt = -1
  for (let b = 0; b < states.length; b++) {
    const st = states[b]!
    const text = st.ctx.text
    for (const q of st.quotes) {
      const sIdx = sentenceAt(st.ctx, q.open)
      const eIdx = q.close < 0 ? st.ctx.sentences.length - 1 : sentenceAt(st.ctx, q.close)
      const S = st.ctx.sentences[sIdx]!
      const E = st.ctx.sentences[eIdx]!
      let speaker: SpeakerDraft | undefined
      let cue: string | undefined
      let cueAt = q.open
      const result: AttributedQuote = {
        block: b,
        quote: q,
        speaker: { status: 'unknown', reason: 'pending' },
      }

      if (st.ctx.block.kind === 'heading')
        speaker = { status: 'unknown', reason: 'quotation in a heading, where no speaker is given' }

      // 1. Cue right after the closing mark: "…,” he said" / "…,” said Zelensky" / "…,” Zelensky told TIME".
      if (!speaker && q.close >= 0) {
        const skip = /^[\s,.!?;:—–-]*/u.exec(text.slice(q.close + 1))![0].length
        const p = q.close + 1 + skip
        const i = wordIndexAt(st.words, p)
        const w1 = st.words[i]
        // A quote whose words end the sentence ("….” Zelensky told …) is followed by a new sentence.
        const endsSentence = /[.!?…]$/u.test(text.slice(q.start, q.end)) && w1?.capitalised === true
        if (w1 && w1.start === p && !/[.!?]/u.test(text.slice(q.close + 1, p)) && !endsSentence) {
          if (cueVerbs.has(w1.lower)) {
            const w2 = st.words[i + 1]
            if (w2 && !/ing$/u.test(w1.lower) && onlySpaceBetween(text, w1.end, w2.start)) {
              const m = mentionAt(st, w2.start)
              const phrase = m ? undefined : speakerPhrase(st, i + 1)
              if (m && !m.possessive)
                speaker = toSpeaker(b, { type: 'mention', mention: m, start: m.start, end: m.end })
              else if (personPronouns.has(w2.lower))
                speaker = toSpeaker(b, { type: 'pronoun', word: w2, start: w2.start, end: w2.end })
              else if (phrase && phrase.start === w2.start) speaker = toSpeaker(b, phrase)
              if (speaker) {
                cue = w1.value
                cueAt = w1.start
              }
            }
          } else {
            const m = mentionAt(st, p)
            let subj: Subject | undefined
            let endAt = -1
            if (m && eligible(st, m)) {
              subj = { type: 'mention', mention: m, start: m.start, end: m.end }
              endAt = m.end
              // "…,” Jane Roe, director of the Centre, wrote on X.": skip the appositive.
              const appo = /^,\s+[^,.;:!?“”"]{2,90},\s+/u.exec(text.slice(endAt))
              const after = appo
                ? st.words[wordIndexAt(st.words, endAt + appo[0].length)]
                : undefined
              if (appo && after?.start === endAt + appo[0].length && cueVerbs.has(after.lower))
                endAt += appo[0].length
            } else if (personPronouns.has(w1.lower) || w1.lower === 'they') {
              subj = personPronouns.has(w1.lower)
                ? { type: 'pronoun', word: w1, start: w1.start, end: w1.end }
                : { type: 'plural', phrase: w1.value, start: w1.start, end: w1.end }
              endAt = w1.end
            } else {
              const apposed = appositiveSubject(st, p)
              const anon = subjectCandidates(st, p, Math.min(E.end, p + 60)).find(
                (s) => (s.type === 'anonymous' || s.type === 'plural') && s.start === p,
              )
              if (apposed) {
                subj = { type: 'mention', mention: apposed.mention, start: p, end: apposed.end }
                endAt = apposed.end
              } else if (anon) {
                subj = anon
                endAt = anon.end
              }
            }
            if (subj) {
              let k = wordIndexAt(st.words, endAt)
              if (
                st.words[k] &&
                /ly$/u.test(st.words[k]!.lower) &&
                !cueVerbs.has(st.words[k]!.lower)
              )
                k++
              const v = st.words[k]
              if (
                v &&
                cueVerbs.has(v.lower) &&
                onlySpaceBetween(text, Math.max(st.words[k - 1]?.end ?? endAt, endAt), v.start)
              ) {
                const rest = text.slice(v.end)
                const nextWord = st.words[k + 1]
                const ok =
                  /^\s*(?:[.,;:!?—–]|$)/u.test(rest) ||
                  (nextWord !== undefined &&
                    (okAfterCue.has(nextWord.lower) ||
                      /ly$/u.test(nextWord.lower) ||
                      tellVerbs.has(v.lower)))
                if (ok) {
                  speaker = toSpeaker(b, subj)
                  cue = v.value
                  cueAt = v.start
                }
              }
            }
          }
        }
      }

      const outside = (from: number, to: number) => {
        let s = ''
        for (let i = from; i < to; i++) s += inQuote(st, i) ? ' ' : text[i]
        return s
      }

      // 2. "according to X".
      if (!speaker) {
        const span = outside(S.start, E.end)
        const m = /\baccording to\s+/iu.exec(span)
        if (m) {
          const at = S.start + m.index + m[0].length
          const subs = subjectCandidates(st, at, E.end).filter((s) => s.start - at < 40)
          const first = subs[0]
          if (first) {
            speaker = toSpeaker(b, first, 'according-to')
            cue = 'according to'
          }
        }
      }

      // 3. Speech verb before the quote in the same clause.
      if (!speaker) {
        const from = clauseStart(st, S.start, q.open)
        const cues: Word[] = []
        for (let i = wordIndexAt(st.words, from); i < st.words.length; i++) {
          const w = st.words[i]!
          if (w.start >= q.open) break
          const prevW = st.words[i - 1]
          const isNoun = prevW !== undefined && (determiners.has(prevW.lower) || prevW.possessive)
          if (
            !inQuote(st, w.start) &&
            (cueVerbs.has(w.lower) || findingVerbs.has(w.lower)) &&
            !w.capitalised &&
            !isNoun
          )
            cues.push(w)
        }
        const order: Word[] = []
        const nearest = cues[cues.length - 1]
        if (nearest) {
          // "X told Axios that Y said …": the outer reporting verb governs the quoted words.
          const outer = cues.find(
            (c) =>
              c !== nearest &&
              /\bthat\b/u.test(outside(c.end, nearest.start)) &&
              !/\b(?:while|whereas)\b/u.test(outside(c.end, nearest.start)),
          )
          if (outer) order.push(outer)
          for (let i = cues.length - 1; i >= 0; i--)
            if (!order.includes(cues[i]!)) order.push(cues[i]!)
        }
        for (const c of order) {
          const ci = wordIndexAt(st.words, c.start)
          const nextW = st.words[ci + 1]
          let subject: Subject | undefined
          if (nextW?.lower === 'by') {
            subject = subjectCandidates(st, nextW.end, q.open).find((s) => s.start - nextW.end < 40)
          } else {
            const all = subjectCandidates(st, from, c.start)
            const subs = all.filter((x) => !governed(st, x))
            if (/ing$/u.test(c.lower)) {
              // "with Ukraine reporting …": the name right before the -ing verb is its subject.
              const adjacent = all.find((s) => onlySpaceBetween(text, s.end, c.start))
              subject = adjacent ?? subs.find((s) => s.type !== 'anonymous') ?? subs[0]
            } else {
              subject = subs[subs.length - 1]
              // "Umerov, the head of … Council, stated": the subject is before the appositive.
              for (let k = subs.length - 2; k >= 0 && subject; k--) {
                const p = subs[k]!
                if (
                  p.type !== 'anonymous' &&
                  /^,[^,]*,\s*(?:\p{L}+ly\s+)?$/u.test(text.slice(p.end, c.start))
                ) {
                  subject = p
                  break
                }
              }
            }
          }
          // A finding verb reports an organisation's finding ("the council, which found …").
          if (
            findingVerbs.has(c.lower) &&
            !(subject?.type === 'mention' && entityKind(subject.mention.key) === 'organization')
          )
            continue
          if (subject) {
            speaker = toSpeaker(b, subject)
            cue = c.value
            cueAt = c.start
            break
          }
        }
      }

      // 4. Attribution closing the sentence: "…, Zelensky said."
      if (!speaker && q.close >= 0) {
        const tail = outside(q.close + 1, E.end)
        const re = /,\s+/gu
        for (const m of tail.matchAll(re)) {
          const p = q.close + 1 + m.index + m[0].length
          const subs = subjectCandidates(st, p, E.end).filter((s) => s.start === p)
          const subj = subs[0]
          if (!subj) continue
          let k = wordIndexAt(st.words, subj.end)
          if (st.words[k] && /ly$/u.test(st.words[k]!.lower) && !cueVerbs.has(st.words[k]!.lower))
            k++
          const v = st.words[k]
          if (v && cueVerbs.has(v.lower) && /^\s*(?:[.,;:!?]|$)/u.test(text.slice(v.end, E.end))) {
            speaker = toSpeaker(b, subj)
            cue = v.value
            cueAt = v.start
            break
          }
        }
      }

      // 5a. The second half of a quote split by its attribution: "“…,” said X, “but …”".
      if (
        !speaker &&
        previous &&
        previous.block === b &&
        previous.speaker.status === 'attributed' &&
        previous.quote.close >= 0 &&
        previousCueAt > previous.quote.close &&
        previousCueAt < q.open
      ) {
        const between = outside(previous.quote.close + 1, q.open)
        if (/,\s*$/u.test(between) && !/[.!?]/u.test(between.replace(/(?:\p{Lu}\.)+/gu, '')))
          speaker = { status: 'attributed', key: previous.speaker.key, via: 'continuation' }
      }

      // 5. A quote that continues the previous one (next sentence, or next paragraph).
      if (!speaker && previous && previous.speaker.status === 'attributed' && previousEnd) {
        const startsSentence = text.slice(S.start, q.open).trim() === ''
        const adjacent =
          (previousEnd.block === b &&
            (previousEnd.sentence === sIdx - 1 || previousEnd.sentence === sIdx)) ||
          q.continued
        if (startsSentence && adjacent) {
          speaker = { status: 'attributed', key: previous.speaker.key, via: 'continuation' }
          if (q.continued) result.continues = out.length - 1
        }
      }

      // 6. The sentence's subject, for scare quotes and quoted terms.
      if (!speaker) {
        const from = clauseStart(st, S.start, q.open)
        const lead = /^\s*(?:[^,]{0,40},\s+)?/u.exec(text.slice(from, q.open))![0].length
        const subs = subjectCandidates(st, from, q.open)
        const first = subs.find(
          (s) =>
            s.start === from + lead || s.start === from + /^\s*/u.exec(text.slice(from))![0].length,
        )
        if (first && first.type === 'mention') speaker = toSpeaker(b, first)
      }

      result.speaker = speaker ?? {
        status: 'unknown',
        reason: 'no speaker: no speech verb, "according to" or named source near the quotation',
      }
      if (cue) result.cue = cue
      if (q.continued && result.continues === undefined && previous)
        result.continues = out.length - 1
      const clauseFrom = clauseStart(st, S.start, q.open)
      const clauseTo = clauseEnd(st, q.close < 0 ? q.end : q.close + 1, E.end)
      const around = outside(clauseFrom, clauseTo)
      const kindOfName = (name: string) => {
        const m = st.mentions.find((x) => text.slice(x.start, x.end) === name)
        return m === undefined ? undefined : entityKind(m.key)
      }
      const channel = findChannel(
        around,
        (name) => kindOfName(name) === 'person',
        (name, at) =>
          kindOfName(name) === 'organization' ||
          emphasised(st.ctx, clauseFrom + at, clauseFrom + at + name.length),
      )
      if (channel && cue) result.channel = channel
      let date: DateDraft | undefined
      // A timeline entry's statements happen on the entry's date, written at its start.
      const entryDate =
        st.ctx.block.kind === 'timeline-entry'
          ? st.dates.find((d) => text.slice(0, d.start).trim() === '')
          : undefined
      if (entryDate) date = entryDate
      else
        for (const d of st.dates) {
          if (d.start < clauseFrom || d.end > clauseTo || inQuote(st, d.start)) continue
          // The day of the statement stands with its cue, not inside the reported words after it.
          if (cueAt < q.open && d.start > q.open) continue
          const dist = d.start > cueAt ? d.start - cueAt : cueAt - d.end
          const best = date
            ? date.start > cueAt
              ? date.start - cueAt
              : cueAt - date.end
            : Number.POSITIVE_INFINITY
          if (dist < best) date = d
        }
      if (date && cue) result.date = date
      if (result.speaker.status === 'attributed') {
        for (let s = sIdx; s <= eIdx; s++) sentenceSpeaker.set(`${b}:${s}`, result.speaker.key)
      }
      out.push(result)
      previous = result
      previousCueAt = cue ? cueAt : -1
      previousEnd = { block: b, sentence: eIdx }
    }
  }
  return out
}
