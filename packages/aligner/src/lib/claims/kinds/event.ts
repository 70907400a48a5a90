// Over 400 lines: the seam for a split is findEvents and its token helpers (a file of their own),
// but the root biome.json exempts this file by path from the complexity limit, and that exemption
// must move with them (a split without it failed lint at the end of stop 7).
import type { Actor, EventClaim } from '@parallax/schema'
import type { ClaimContext, SentenceView } from '../context.js'
import type { ClaimLanguage } from '../lang/types.js'
import {
  clauseAround,
  isBoundary,
  normalise,
  nounPhraseAround,
  nounPhraseFrom,
} from '../phrases.js'
import type { ClaimDraft, ClaimExtractor } from '../types.js'
import { dateAfter, whenBefore, yearIn } from './event-dates.js'

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

interface Found {
  readonly a: number
  readonly b: number
  readonly head: number
  readonly event: string
  /** Named by an event verb rather than a noun. */
  readonly verb?: boolean
  /** An event verb's object, when it has one ('cut its main rate'). */
  readonly object?: boolean
  /** Whether that object holds a figure ('recalled 14 products'): an act stated on its own. */
  readonly counted?: boolean
}

function findEvents(view: SentenceView, lang: ClaimLanguage, verbsToo: boolean): Found[] {
  const tokens = view.tokens
  const candidates: Found[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const named = lang.eventNouns.includes(t.lemma) || lang.eventNouns.includes(t.lower)
    // An event noun the tagger read as an adjective: 'a medical in London', 'the final.'
    const adjNoun =
      t.pos === 'ADJ' &&
      tokens[i - 1]?.pos === 'DET' &&
      (tokens[i + 1] === undefined || /^(ADP|PUNCT)$/.test(tokens[i + 1]!.pos))
    const noun = (t.pos === 'NOUN' || adjNoun) && named && !nounVerbAt(tokens, i, lang)
    // 'Sarmento founds Pagaluz': a present-tense event verb the tagger read as a plural noun.
    const nounVerb = nounVerbAt(tokens, i, lang)
    const verb = (t.pos === 'VERB' || nounVerb) && lang.eventVerbs[t.lemma] !== undefined
    if (!noun && !verb) continue
    if (noun && tokens[i + 1]?.pos === 'NOUN') continue // a modifier: 'peace talks', 'strike action'
    if (noun && /^(DET|NUM)$/.test(tokens[i + 1]?.pos ?? '')) continue // a verb read as a noun: 'launches a…'
    if (
      verb &&
      (t.lower.endsWith('ing') ||
        (tokens[i - 1]?.lower === 'to' && !scheduled(tokens, i - 1, lang)))
    )
      continue
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
      const found = verbObject(view, i, lang)
      // 'conclude negotiations', 'began a two-day meeting': the noun names the event
      if (found === 'event') continue
      const object = found
      const counted = tokens
        .slice(i + 1, (object?.b ?? i) + 1)
        .some((w) => w.pos === 'NUM' || lang.numberWords[w.lower] !== undefined)
      if (object)
        candidates.push({
          a: i,
          b: object.b,
          head: i,
          event: `${name} of ${object.text}`,
          verb: true,
          object: true,
          counted,
        })
      else candidates.push({ a: i, b: i, head: i, event: name, verb: true })
    }
  }
  // Non-overlapping, in source order; a verb only where no noun names the event, or in a
  // clause of its own with a time expression ('…, since it opened in January 2025').
  const kept: Found[] = []
  for (const c of candidates) {
    if (kept.some((x) => c.a <= x.b && x.a <= c.b)) continue
    kept.push(c)
  }
  const nouns = kept.filter((c) => !c.verb)
  if (nouns.length === 0 || verbsToo) return kept
  return kept.filter((c) => {
    if (!c.verb) return true
    const [a, b] = clauseAround(tokens, c.head)
    const from = tokens[a]!.start
    const to = tokens[b]!.end
    const inClause = (m: { start: number; end: number }) => m.start >= from && m.end <= to
    // The noun names the verb's own event when it is its subject or object ('talks resumed',
    // 'met for talks'); a noun further off is another event ('recalled … after an outbreak').
    const between = (x: number, y: number) => tokens.slice(x, y)
    const same = (n: Found) => {
      if (n.head < a || n.head > b) return false
      // its subject: only auxiliaries and 'due to' between ('the hearing is due to resume')
      if (n.b < c.head)
        return between(n.b + 1, c.head).every((w) => w.pos !== 'VERB' && !isBoundary(w))
      // its complement, when the verb has no object of its own ('met in Oslo for talks')
      return c.b === c.head && between(c.head + 1, n.a).every((w) => w.pos !== 'VERB')
    }
    // an object with a figure states an act on its own ('recalled 14 products')
    return (
      !nouns.some(same) &&
      (view.dates.some(inClause) ||
        view.mentions.some((m) => m.entity.kind === 'place' && inClause(m)) ||
        c.counted)
    )
  })
}

/**
 * Whether an event noun phrase is framed as taking place: followed by a verb of occurring
 * ('the next meeting will take place', 'talks would be held soon'), or the object of a verb
 * that holds, ends or agrees to it ('ended the latest round of talks', 'agreed to a prisoner
 * exchange'). Only 'will' and 'would' may stand between: 'could take place' stays unreal.
 */
function framedEvent(lang: ClaimLanguage, tokens: SentenceView['tokens'], f: Found): boolean {
  let k = f.b + 1
  while (k < tokens.length && k - f.b <= 4) {
    const w = tokens[k]!
    if (w.pos === 'PUNCT' && /^["“”’']$/.test(w.value)) k++
    else if (w.pos === 'AUX' || w.pos === 'ADV') {
      if (lang.negations.includes(w.lower)) return false
      if (lang.irrealis.includes(w.lower) && w.lower !== 'would') return false
      k++
    } else break
  }
  const verb = tokens[k]
  if (verb?.pos === 'VERB') {
    const particle = tokens[k + 1]?.lower ?? ''
    if (
      lang.occurVerbs.includes(verb.lemma) ||
      lang.occurVerbs.includes(`${verb.lemma} ${particle}`)
    )
      return true
  }
  for (let j = f.a - 1; j >= 0 && f.a - j <= 4; j--) {
    const w = tokens[j]!
    if (w.pos === 'VERB') return lang.frameVerbs.includes(w.lemma) && !unreal(tokens, j, lang)
    if (!/^(DET|ADJ|ADP|PART|ADV|NUM)$/.test(w.pos) || lang.negations.includes(w.lower))
      return false
  }
  return false
}

/** 'Sarmento founds Pagaluz': a present-tense event verb the tagger read as a plural noun. */
function nounVerbAt(tokens: SentenceView['tokens'], i: number, lang: ClaimLanguage): boolean {
  const t = tokens[i]!
  return (
    t.pos === 'NOUN' &&
    t.lower.endsWith('s') &&
    lang.eventVerbs[t.lemma] !== undefined &&
    tokens[i - 1]?.pos === 'PROPN' &&
    /^(PROPN|DET)$/.test(tokens[i + 1]?.pos ?? '')
  )
}

function tokenAfter(tokens: SentenceView['tokens'], offset: number): number {
  let k = 0
  while (k < tokens.length && tokens[k]!.start < offset) k++
  return k
}

/**
 * The direct object of an event verb, when a common noun heads it ('cut its main interest
 * rate', 'recalled 14 soft cheese products'): its last token and its words in normal form,
 * figures and possessives left out so that two wordings of one act compare. `'event'` when an
 * event noun heads it ('concluded negotiations'): that noun names the event, the verb its phase.
 */
function verbObject(
  view: SentenceView,
  i: number,
  lang: ClaimLanguage,
): { b: number; text: string } | 'event' | undefined {
  const tokens = view.tokens
  let a = i + 1
  while (
    a < tokens.length &&
    (/^(DET|NUM)$/.test(tokens[a]!.pos) ||
      lang.numberWords[tokens[a]!.lower] !== undefined ||
      lang.dropLeading.includes(tokens[a]!.lower) ||
      (tokens[a]!.lower === 'of' && a > i + 1))
  )
    a++
  if (a - i > 5) return undefined
  const np = nounPhraseFrom(tokens, a, { ofChain: 0 })
  if (!np) return undefined
  const head = tokens[np[1]]!
  // an event noun as object names the event itself ('began a two-day meeting'): the verb only
  // names its phase
  if (head.pos === 'NOUN' && np[1] - i <= 7 && lang.eventNouns.includes(head.lemma)) return 'event'
  // a time is no object ('began last year')
  if (
    head.pos !== 'NOUN' ||
    np[1] - i > 7 ||
    lang.durationUnits.includes(head.lemma) ||
    view.dates.some((d) => d.start < head.end && d.end > head.start)
  )
    return undefined
  if (view.mentions.some((m) => m.start < head.end && m.end > tokens[a]!.start)) return undefined
  const text = normalise(view.text, tokens, np[0], np[1], lang.dropLeading)
  return text ? { b: np[1], text } : undefined
}

/** Whether the clause around token `i` is negated or hypothetical before or at it. */
function unreal(tokens: SentenceView['tokens'], i: number, lang: ClaimLanguage): boolean {
  const [a] = clauseAround(tokens, i)
  for (let k = Math.max(0, a - 1); k < i; k++) {
    const w = tokens[k]!.lower
    if (lang.irrealis.includes(w) || lang.negations.includes(w)) return true
    // an aim, not a fact: 'pressure to make a quick deal'; but 'due to resume' is scheduled
    if (w === 'to' && tokens[k + 1]?.pos === 'VERB' && !scheduled(tokens, k, lang)) return true
  }
  return false
}

/** Whether the `to` at `k` follows a word that schedules what comes next ('is due to'). */
function scheduled(tokens: SentenceView['tokens'], k: number, lang: ClaimLanguage): boolean {
  const cue = tokens[k - 1]
  return cue !== undefined && lang.scheduleCues.includes(cue.lower)
}

/**
 * The main clause of a timeline entry, after its date: subject, verb and object in normal form
 * ('bank raises rates'), for an entry that names no event with an event word.
 */
function mainClause(view: SentenceView, lang: ClaimLanguage): Found | undefined {
  const tokens = view.tokens
  const dated = view.dates[0]
  let a = 0
  if (dated && dated.start <= (tokens[0]?.start ?? 0)) {
    while (a < tokens.length && tokens[a]!.start < dated.end) a++
  }
  while (a < tokens.length && (tokens[a]!.pos === 'PUNCT' || tokens[a]!.pos === 'SYM')) a++
  let verb = tokens.findIndex((t, k) => k > a && t.pos === 'VERB')
  if (verb < 0) verb = tokens.findIndex((_, k) => k > a && headlineVerb(tokens, k))
  if (a >= tokens.length || verb < 0 || unreal(tokens, verb, lang)) return undefined
  let b = verb
  const object = nounPhraseFrom(tokens, verb + 1, { ofChain: 0 })
  if (object && object[1] - verb <= 6) b = object[1]
  const event = normalise(view.text, tokens, a, b, lang.dropLeading)
  return event ? { a, b, head: verb, event } : undefined
}

/**
 * A present-tense verb of a headline-style line that the tagger read as a plural noun: a
 * noun in '-s' whose lemma differs from it, after the subject's noun and before a particle,
 * preposition, determiner, pronoun or figure ('Fire breaks out near …', 'Bank cuts its rate').
 */
function headlineVerb(tokens: SentenceView['tokens'], k: number): boolean {
  const t = tokens[k]!
  return (
    t.pos === 'NOUN' &&
    t.lower.endsWith('s') &&
    t.lemma !== t.lower &&
    /^(NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '') &&
    /^(ADP|ADV|DET|PRON|PART|NUM)$/.test(tokens[k + 1]?.pos ?? '')
  )
}
