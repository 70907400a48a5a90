import { sentenceAt } from '../block-context.js'
import { isPrepositionObject } from '../entities/gender.js'
import { isRolePrefix } from '../find-names.js'
import { personPronouns } from '../lexicon.js'
import type { MentionDraft } from '../resolve-entities.js'
import { splitWords, type Word } from '../words.js'
import { speakerOfMention } from './coordinated.js'
import { appositiveSubject, governed, speakerPhrase, subjectCandidates } from './subjects.js'
import type {
  AttributionInput,
  BlockState,
  SpeakerContext,
  SpeakerDraft,
  Subject,
} from './types.js'

/** A speaker context plus what attribution records while it runs. */
export interface SpeakerRun extends SpeakerContext {
  /** Entity key of the speaker of each sentence, by `${block}:${sentence}`. */
  readonly sentenceSpeaker: Map<string, string>
  /** Pronoun mentions made by `speakerOf`, in the order they were found. */
  readonly pronounMentions: MentionDraft[]
}

const isSpacedDash = (t: string, i: number) =>
  (t[i] === '–' || t[i] === '—') && t[i - 1] === ' ' && t[i + 1] === ' '

/**
 * The helpers speaker strategies share, over one article. Each block's mention list is a copy:
 * pronoun mentions found as speakers are added to it (and listed in `pronounMentions`), never to
 * the entity index the input holds.
 */
export function createSpeakerContext(input: AttributionInput): SpeakerRun {
  const { index } = input
  const states: BlockState[] = input.contexts.map((ctx, b) => {
    // A block's words are split when a strategy first reads them (blocks near a quotation), not
    // for every block of the article at once: a long article's words would all be alive together.
    let words: Word[] | undefined
    return {
      ctx,
      get words() {
        words ??= splitWords(ctx.text)
        return words
      },
      quotes: input.quotes[b] ?? [],
      mentions: [...(index.byBlock[b] ?? [])],
      dates: input.dates[b] ?? [],
    }
  })
  const sentenceSpeaker = new Map<string, string>()
  const pronounMentions: MentionDraft[] = []
  const entityKind = (key: string) => index.entities.get(key)?.kind
  const inQuote = (st: BlockState, offset: number) =>
    st.quotes.some(
      (q) => q.open <= offset && offset <= (q.close < 0 ? st.ctx.text.length : q.close),
    )
  const eligible = (st: BlockState, m: MentionDraft) =>
    !m.possessive && !m.modifier && entityKind(m.key) !== 'place' && !inQuote(st, m.start)
  const helpers = { eligible, inQuote }

  /** The last eligible mention in `[from, before)` of a block whose entity passes `ok`. */
  function lastMention(
    st: BlockState,
    from: number,
    before: number,
    ok: (key: string) => boolean,
    fits: (m: MentionDraft) => boolean = () => true,
  ): MentionDraft | undefined {
    let found: MentionDraft | undefined
    for (const m of st.mentions) {
      if (m.start >= before) break
      if (m.start >= from && eligible(st, m) && ok(m.key) && fits(m)) found = m
    }
    return found
  }

  /** The first eligible mention of a sentence whose entity passes `ok`. */
  function firstMention(
    st: BlockState,
    range: { start: number; end: number },
    ok: (key: string) => boolean,
  ): MentionDraft | undefined {
    return st.mentions.find(
      (m) => m.start < range.end && m.start >= range.start && eligible(st, m) && ok(m.key),
    )
  }

  /**
   * The speaker, else the first compatible person, of the sentences before sentence `s` of
   * block `b`, going back at most eight sentences.
   */
  function earlierPerson(b: number, s: number, ok: (key: string) => boolean): string | undefined {
    let bb = b
    let ss = s - 1
    for (let steps = 0; steps < 8; steps++) {
      while (ss < 0) {
        bb--
        if (bb < 0) return undefined
        ss = states[bb]!.ctx.sentences.length - 1
      }
      const spoken = sentenceSpeaker.get(`${bb}:${ss}`)
      if (spoken && ok(spoken)) return spoken
      const found = firstMention(states[bb]!, states[bb]!.ctx.sentences[ss]!, ok)
      if (found) return found.key
      ss--
    }
    return undefined
  }

  /** The most recent compatible person before a pronoun, preferring earlier speakers. */
  function resolvePronoun(b: number, offset: number, word: string): string | undefined {
    const gender = personPronouns.get(word.toLowerCase())
    const compatible = (key: string) => {
      const e = index.entities.get(key)
      return e?.kind === 'person' && (e.gender === 'unknown' || e.gender === gender)
    }
    const st = states[b]!
    const sIdx = sentenceAt(st.ctx, offset)
    // The nearest subject of the pronoun's own sentence: a name governed by a preposition
    // ("Speaking after Chandrasekaran, she told reporters") is not one.
    const nearest = lastMention(
      st,
      st.ctx.sentences[sIdx]!.start,
      offset,
      (key) => compatible(key),
      (m) => !isPrepositionObject(st.ctx.text, m.start),
    )
    return nearest ? nearest.key : earlierPerson(b, sIdx, compatible)
  }

  function speakerOf(
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
      pronounMentions.push(mention)
      st.mentions.push(mention)
      st.mentions.sort((x, y) => x.start - y.start)
      return { status: 'attributed', key, via: 'pronoun', mention }
    }
    return speakerOfMention(st, subject.mention, viaName)
  }

  function clauseStart(st: BlockState, sentenceStart: number, at: number): number {
    const t = st.ctx.text
    let start = sentenceStart
    for (let i = sentenceStart; i < at; i++) {
      if (inQuote(st, i)) continue
      if (t[i] === ';' || isSpacedDash(t, i)) start = i + 1
      else if (
        (t[i] === 'w' || t[i] === 'W') &&
        /^(?:while|whereas)\b/iu.test(t.slice(i, i + 8)) &&
        /,\s$/u.test(t.slice(i - 2, i))
      )
        start = i
    }
    return start
  }

  function clauseEnd(st: BlockState, from: number, sentenceEnd: number): number {
    const t = st.ctx.text
    for (let i = from; i < sentenceEnd; i++) {
      if (inQuote(st, i)) continue
      if (t[i] === ';' || isSpacedDash(t, i)) return i
      if (/,\s$/u.test(t.slice(i - 2, i)) && /^(?:while|whereas)\b/iu.test(t.slice(i, i + 8)))
        return i
    }
    return sentenceEnd
  }

  return {
    states,
    index,
    sentenceSpeaker,
    pronounMentions,
    entityKind,
    inQuote,
    eligible,
    mentionAt: (st, start) =>
      st.mentions.find(
        (m) =>
          m.start >= start &&
          m.start - start < 60 &&
          m.form !== 'pronoun' &&
          entityKind(m.key) !== 'place' &&
          (m.start === start || isRolePrefix(st.ctx.text.slice(start, m.start))),
      ),
    subjectCandidates: (st, from, to) => subjectCandidates(helpers, st, from, to),
    speakerPhrase,
    appositiveSubject: (st, at) => appositiveSubject(helpers, st, at),
    governed,
    speakerOf,
    clauseStart,
    clauseEnd,
    spokenIn: (block, sentence) => sentenceSpeaker.get(`${block}:${sentence}`),
    outside: (st, from, to) => {
      let s = ''
      for (let i = from; i < to; i++) s += inQuote(st, i) ? ' ' : st.ctx.text[i]
      return s
    },
  }
}
