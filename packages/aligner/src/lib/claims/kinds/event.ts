import type { Actor, DateRange, EventClaim } from '@parallax/schema'
import type { SentenceView } from '../context.js'
import type { ClaimLanguage } from '../lang/types.js'
import { clauseAround, normalise, nounPhraseAround } from '../phrases.js'
import type { ClaimDraft, ClaimExtractor } from '../types.js'

/**
 * Something that happened: per sentence, the first event noun ('talks', 'exchange', 'strike',
 * 'earthquake') or event verb ('met' → meeting) in a clause that is neither negated nor
 * hypothetical, and that is anchored by a resolved date, a place, two participants, or a
 * timeline entry. `event` is its noun phrase in normal form ('prisoner exchange', 'round of
 * talks in Geneva'); `when` the date of its clause (else its sentence, else the timeline
 * entry's date); `where` a place named in the phrase or the sentence; `participants` the people,
 * organisations and parties the sentence names.
 */
export const eventExtractor: ClaimExtractor = {
  linguistic: true,
  extract(context) {
    const drafts: ClaimDraft[] = []
    for (const view of context.sentences) {
      const found = findEvent(view, context.language)
      if (!found) continue
      const { a, b, head, event } = found
      const tokens = view.tokens
      const [cs, ce] = clauseAround(tokens, head)
      const clauseFrom = tokens[cs]!.start
      const clauseTo = tokens[ce]!.end
      const when = dateOf(view, clauseFrom, clauseTo)
      const phraseFrom = tokens[a]!.start
      const phraseTo = tokens[b]!.end
      const places = view.mentions.filter(
        (m) =>
          m.entity.kind === 'place' ||
          (m.entity.kind === 'party' &&
            /\b(in|at)\s+$/i.test(view.text.slice(Math.max(0, m.start - 4), m.start))),
      )
      const place =
        places.find((m) => m.start >= phraseFrom && m.end <= phraseTo) ??
        places.find(
          (m) => m.start >= clauseFrom && m.end <= clauseTo && m.entity.kind === 'place',
        ) ??
        places.find((m) => m.entity.kind === 'place')
      const participants: Actor[] = []
      const keys = new Set<string>()
      for (const m of view.mentions) {
        if (m.entity.kind === 'place' || m === place || keys.has(m.entity.key)) continue
        if (place && m.entity.key === place.entity.key) continue
        keys.add(m.entity.key)
        participants.push(context.actor(m.entity, m.entity.name))
      }
      const timeline = view.block.kind === 'timeline-entry'
      const dated = view.dates.some(
        (d) => d.item.value !== null && d.start >= clauseFrom && d.end <= clauseTo,
      )
      const placed = place !== undefined && place.start >= clauseFrom && place.end <= clauseTo
      if (!timeline && !dated && !placed) continue
      const claim: Omit<EventClaim, 'id' | 'text' | 'provenance' | 'topic'> = {
        kind: 'event',
        event,
        when: (timeline ? view.block.date : undefined) ?? when,
        where: place ? place.entity.name : null,
        participants,
      }
      drafts.push({
        claim,
        span: view.toSource(phraseFrom, phraseTo),
        sentence: view,
        text: view.text,
        focus: event,
      })
    }
    return drafts
  },
}

interface Found {
  readonly a: number
  readonly b: number
  readonly head: number
  readonly event: string
}

function findEvent(view: SentenceView, lang: ClaimLanguage): Found | undefined {
  const tokens = view.tokens
  const candidates: Found[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const noun =
      t.pos === 'NOUN' && (lang.eventNouns.includes(t.lemma) || lang.eventNouns.includes(t.lower))
    const verb = t.pos === 'VERB' && lang.eventVerbs[t.lemma] !== undefined
    if (!noun && !verb) continue
    if (noun && tokens[i + 1]?.pos === 'NOUN') continue // a modifier: 'peace talks', 'strike action'
    if (noun && /^(DET|NUM)$/.test(tokens[i + 1]?.pos ?? '')) continue // a verb read as a noun: 'launches a…'
    if (verb && (t.lower.endsWith('ing') || tokens[i - 1]?.lower === 'to')) continue
    if (unreal(tokens, i, lang)) continue
    if (noun) {
      let [a, b] = nounPhraseAround(tokens, i, { places: true })
      // Drop a possessor ('Russia’s invasion') and figures ('two days of'): they are not the event.
      for (let k = a; k < i; k++)
        if (tokens[k]!.pos === 'PART' && /^['’]s$/.test(tokens[k]!.value)) a = k + 1
      for (const m of view.mentions)
        if (
          m.entity.kind !== 'place' &&
          m.end <= tokens[i]!.start &&
          m.end > tokens[a]!.start &&
          !/^[-‑–]/.test(view.text.slice(m.end, m.end + 1))
        )
          a = Math.max(a, tokenAfter(tokens, m.end))
      while (
        a < i &&
        (tokens[a]!.pos === 'DET' ||
          (tokens[a]!.pos === 'NUM' && tokens[a + 1]!.start > tokens[a]!.end))
      )
        a++
      for (const d of view.dates) {
        if (d.start <= tokens[i]!.start || d.start >= tokens[b]!.end) continue
        let cut = tokenAfter(tokens, d.start) - 1
        while (cut > i && tokens[cut]!.pos === 'ADP') cut--
        b = Math.max(i, Math.min(b, cut))
      }
      const event = normalise(view.text, tokens, a, b, lang.dropLeading)
      if (event) candidates.push({ a, b, head: i, event })
    } else {
      const name = lang.eventVerbs[t.lemma]!
      candidates.push({ a: i, b: i, head: i, event: name })
    }
  }
  if (candidates.length === 0) return undefined
  const nouns = candidates.filter((c) => c.a !== c.b || tokens[c.head]!.pos === 'NOUN')
  return (nouns[0] ?? candidates[0])!
}

function tokenAfter(tokens: SentenceView['tokens'], offset: number): number {
  let k = 0
  while (k < tokens.length && tokens[k]!.start < offset) k++
  return k
}

/** Whether the clause around token `i` is negated or hypothetical before or at it. */
function unreal(tokens: SentenceView['tokens'], i: number, lang: ClaimLanguage): boolean {
  const [a] = clauseAround(tokens, i)
  for (let k = Math.max(0, a - 1); k < i; k++) {
    const w = tokens[k]!.lower
    if (lang.irrealis.includes(w) || lang.negations.includes(w)) return true
  }
  return false
}

/** The resolved date of the clause `[from, to)`, else the first resolved date of the sentence. */
function dateOf(view: SentenceView, from: number, to: number): DateRange | null {
  const resolved = view.dates.filter((d) => d.item.value !== null)
  const inClause = resolved.find((d) => d.start >= from && d.end <= to)
  return (inClause ?? resolved[0])?.item.value ?? null
}
