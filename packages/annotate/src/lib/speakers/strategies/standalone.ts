import type {
  BlockState,
  QuoteSite,
  SpeakerContext,
  SpeakerFound,
  SpeakerStrategy,
} from '../types.js'

/** An interview's answer label before the quote ("A:", "Lindqvist:"), or nothing. */
const LABEL = /^\s*(?:[\p{Lu}][\p{L}.'’-]{0,30}\s*[:：.–—-])?\s*$/u
/** A question of the interviewer: it ends with "?" or opens with "Q:". */
const QUESTION = /\?["”’]?\s*$|^\s*Q\s*[:.]/u
/** How many blocks back the speaker is looked for (answer, question, answer, question…). */
const REACH = 4

/**
 * A quotation that stands alone as its block, with no cue: in an interview write-up an answer
 * after the interviewer's question, or a quote paragraph right after a paragraph about the
 * speaker ("Asked about that, Lindqvist smiled." then “Agents talk.”). Questions are skipped;
 * the speaker is the person opening the last sentence of the paragraph reached that opens with a
 * name, after its last quote ("We asked the project lead, Nadia Kowalczyk, about …" →
 * Kowalczyk), else the speaker of that paragraph's last quotation.
 */
export const standalone: SpeakerStrategy = {
  id: 'standalone',
  find(site, context) {
    const st = site.state
    const text = st.ctx.text
    const q = site.quote
    if (!LABEL.test(text.slice(0, q.open))) return undefined
    if (q.close >= 0 && !/^[\s.,;:!?…]*$/u.test(text.slice(q.close + 1))) return undefined
    const answering = site.block > 0 && QUESTION.test(context.states[site.block - 1]!.ctx.text)
    if (answering) {
      const interviewee = earlierAnswerer(context, site.block - 1)
      if (interviewee)
        return { speaker: { status: 'attributed', key: interviewee, via: 'continuation' } }
    }
    for (let b = site.block - 1; b >= 0 && b >= site.block - REACH; b--) {
      const prev = context.states[b]!
      if (QUESTION.test(prev.ctx.text)) continue
      // A sentence after the paragraph's last quote that opens with a person names the speaker.
      const after = prev.quotes.reduce((end, x) => Math.max(end, x.close), -1)
      const named = subjectOfParagraph(context, prev, b, after)
      if (named) return named
      if (site.previous?.block === b && site.previous.speaker.status === 'attributed')
        return {
          speaker: { status: 'attributed', key: site.previous.speaker.key, via: 'continuation' },
        }
      return undefined
    }
    return undefined
  },
}

/** How many blocks back an earlier answer of the same interview is looked for. */
const INTERVIEW_REACH = 24

/**
 * In an interview layout (question, answer, question, answer), the speaker of the last earlier
 * answer: a block that is only a quotation and follows a question. Paragraphs quoting someone
 * else in between ("The club's director, X, said …") do not take the next answer.
 */
function earlierAnswerer(context: SpeakerContext, question: number): string | undefined {
  for (let b = question - 1; b >= 1 && b >= question - INTERVIEW_REACH; b--) {
    const st = context.states[b]!
    if (!QUESTION.test(context.states[b - 1]!.ctx.text) || QUESTION.test(st.ctx.text)) continue
    const quote = st.quotes[0]
    if (!quote || !LABEL.test(st.ctx.text.slice(0, quote.open))) continue
    const key = context.spokenIn(b, 0)
    if (key) return key
  }
  return undefined
}

/** The person opening the last sentence of a paragraph that opens with one (after a short lead). */
function subjectOfParagraph(
  context: SpeakerContext,
  st: BlockState,
  block: number,
  after: number,
): SpeakerFound | undefined {
  const text = st.ctx.text
  for (let s = st.ctx.sentences.length - 1; s >= 0; s--) {
    const sentence = st.ctx.sentences[s]!
    if (sentence.start <= after) break
    const lead = /^\s*(?:[^,]{0,40},\s+)?/u.exec(text.slice(sentence.start, sentence.end))![0]
      .length
    const first = context
      .subjectCandidates(st, sentence.start, sentence.end)
      .find((x) => x.start === sentence.start || x.start === sentence.start + lead)
    if (first?.type !== 'mention' || context.entityKind(first.mention.key) !== 'person') continue
    return { speaker: context.speakerOf(block, first) }
  }
  return undefined
}
