import type { Actor, EventClaim } from '@parallax/schema'
import type { ClaimContext, SentenceView } from '../context.js'
import { clauseAround } from '../phrases.js'
import type { ClaimDraft, ClaimExtractor } from '../types.js'
import { dateAfter, whenBefore, yearIn } from './event-dates.js'
import { findEvents, framedEvent, mainClause } from './event-words.js'

/**
 * Something that happened: event nouns ('talks', 'exchange', 'strike', 'earthquake') and event
 * verbs ('met' → meeting) in clauses that are neither negated nor hypothetical, each anchored
 * by a resolved date of its own (a date goes to the nearest event of its clause), a place in its
 * phrase or clause, or, for the first event of a timeline entry, the entry's date. At most
 * three per sentence. `event` is the noun phrase in normal form ('prisoner exchange', 'round of
 * talks in Geneva'); `where` the place in the phrase, else the nearest in its clause not inside
 * another event's phrase; `participants` the people, organisations and parties the sentence
 * names.
 */
export const eventExtractor: ClaimExtractor = {
  linguistic: true,
  extract(context) {
    const drafts: ClaimDraft[] = []
    for (const view of context.sentences) {
      const tokens = view.tokens
      const timeline = view.block.kind === 'timeline-entry' && view.block.date !== undefined
      const entryStart = timeline && view.text === view.block.text.slice(0, view.text.length)
      const found = findEvents(view, context.language, timeline)
      // A timeline entry is an event even without an event word: its main clause.
      if (found.length === 0 && entryStart) {
        const main = mainClause(view, context.language)
        if (main) found.push(main)
      }
      if (found.length === 0) continue
      const spans = found.map((f) => [tokens[f.a]!.start, tokens[f.b]!.end] as const)
      const clauses = found.map((f) => clauseAround(tokens, f.head))
      // A time expression belongs to the event phrase nearest to it, an earlier one on a tie
      // ('the signing of X on Thursday in a £45 million deal': the signing).
      const gap = (k: number, from: number, to: number) => {
        const [a, b] = spans[k]!
        if (from >= b) return from - b
        if (to <= a) return a - to + 1
        return 0
      }
      const nearest = (from: number, to: number, clause: number) => {
        let best = -1
        for (let k = 0; k < found.length; k++) {
          if (clauses[k]![0] !== clause) continue
          if (best < 0 || gap(k, from, to) < gap(best, from, to)) best = k
        }
        return best
      }
      // a place inside a name is no place of the event ('the Law Society of Kenya')
      const named = (m: { start: number; end: number }) =>
        view.mentions.some(
          (o) => o.entity.kind !== 'place' && o.start <= m.start && o.end >= m.end && o !== m,
        )
      const places = view.mentions.filter(
        (m) =>
          (m.entity.kind === 'place' && !named(m)) ||
          (m.entity.kind === 'party' &&
            /\b(in|at)\s+$/i.test(view.text.slice(Math.max(0, m.start - 4), m.start))),
      )
      const participants = actorsOf(context, view)
      let kept = 0
      for (let k = 0; k < found.length && kept < 3; k++) {
        const { event } = found[k]!
        const [from, to] = spans[k]!
        const [cs, ce] = clauses[k]!
        const clauseFrom = tokens[cs]!.start
        const clauseTo = tokens[ce]!.end
        // A time expression anchors the event even when it cannot be resolved (no article date).
        const own =
          view.dates.find(
            (d) => d.start >= clauseFrom && d.end <= clauseTo && nearest(d.start, d.end, cs) === k,
          ) ??
          whenBefore(view, cs) ??
          dateAfter(view, to)
        const year = own ? undefined : yearIn(tokens, found[k]!)
        const elsewhere = (m: { start: number; end: number }) =>
          spans.some(([f, t], j) => j !== k && m.start >= f && m.end <= t)
        const place =
          places.find((m) => m.start >= from && m.end <= to) ??
          places
            .filter((m) => m.start >= clauseFrom && m.end <= clauseTo && !elsewhere(m))
            .sort((x, y) => Math.abs(x.start - from) - Math.abs(y.start - from))[0]
        const entry = entryStart && k === 0 ? view.block.date : undefined
        // A finite event verb states that something happened ('was acquitted', 'joined'); an
        // event noun needs a date, a place or a timeline entry to be more than a reference.
        // ('pulled from collapsed buildings' is a participle that describes, not an event).
        const head = found[k]!.head
        const finite =
          tokens[head]!.pos === 'VERB' &&
          !/^(ADP|DET|ADJ)$/.test(tokens[head - 1]?.pos ?? 'ADP') &&
          tokens[head + 1]?.pos !== 'NOUN' &&
          // a verb with an object needs a figure to stand alone ('recalled 14 products', but not
          // 'cut a less downbeat tone')
          (!found[k]!.object || found[k]!.counted === true)
        const framed = !found[k]!.verb && framedEvent(context.language, tokens, found[k]!)
        if (!own && !year && !place && !entry && !finite && !framed) continue
        kept++
        const claim: Omit<EventClaim, 'id' | 'text' | 'provenance' | 'topic'> = {
          kind: 'event',
          event,
          when: entry ?? own?.item.value ?? year?.when ?? null,
          where: place ? place.entity.name : null,
          participants: participants.filter((p) => p.key !== place?.entity.key),
        }
        // The key phrase runs through the event's own date: 'resume on Thursday'.
        const dated = own ?? year
        const spanFrom = dated ? Math.min(from, dated.start) : from
        const spanTo = dated ? Math.max(to, dated.end) : to
        drafts.push({
          claim,
          span: view.toSource(spanFrom, spanTo),
          sentence: view,
          text: view.text,
          focus: event,
        })
      }
    }
    return drafts
  },
}

/** The people, organisations and parties a sentence names, once each, in order. */
function actorsOf(context: ClaimContext, view: SentenceView): Actor[] {
  const out: Actor[] = []
  const keys = new Set<string>()
  for (const m of view.mentions) {
    if (m.entity.kind === 'place' || keys.has(m.entity.key)) continue
    keys.add(m.entity.key)
    out.push(context.actor(m.entity, m.entity.name))
  }
  return out
}
