import type { Actor, Article, Claim, DateRange } from '@parallax/schema'

/** What ends a clause between a figure and a date. */
const CLAUSE_BREAK =
  /[,;:()–—]|\b(?:and|but|when|while|who|which|where)\b|\b(?:after|before|since|until)\b(?!\s+(?:dawn|daybreak|sunrise|noon|midday|lunchtime|sunset|dusk|nightfall|midnight)\b)/i

/** A figure's occasion: the date of its clause, and whether the figure is a count as of it. */
export interface Occasion {
  readonly when: DateRange | null
  /**
   * True when the date says as of when the figure held ('12,400 acres by Monday', 'By Tuesday,
   * 1,100 firefighters'): a running count, which another day's figure updates, not another fact.
   */
  readonly asOf: boolean
}

/** A date introduced by "by" (or "as of"): the figure is a count as of that day. */
const AS_OF = /\b(?:by|as\s+of)\s*$/i

/** A relative clause opening before a date ("a fire that broke out on Saturday …"). */
const RELATIVE = /\b(\w+)\s+(?:that|which|who)\b/gi

/** Verbs of saying, after which "that" opens reported speech, not a relative clause. */
const SAYING =
  /^(?:said|says|say|saying|announced|reported|told|added|stated|confirmed|estimated|expects|expected|believes|believed|noted|warned)$/i

const NONE: Occasion = { when: null, asOf: false }

/**
 * A date set off by commas after a subject that names an earlier occurrence ('The last strike
 * on the routes, in 2019, lasted five days'; 'the previous eruption, in March 1998,'): it dates
 * that occurrence, so it dates the clause the subject governs.
 */
const PAST_SUBJECT =
  /\b(?:last|previous|earlier|prior|preceding)\s+[^,;:.()–—]{1,60},\s*(?:in\s+|on\s+|of\s+)?$/i

/** What lies between such a date and a figure of the same clause: the closing comma, a verb. */
const PAST_TAIL = /^\s*,\s*[^,;:()–—]{0,60}$/

/**
 * The occasion of each quantity claim: the resolved date written in its sentence nearest to the
 * figure ("an eight-year term on Thursday", "Feb 2026 – prosecutors ask for nine years"). Two
 * figures whose occasions exclude each other are different facts, not a conflict, unless one is
 * a count as of its date (`asOf`). A date in a relative clause before the figure dates that
 * clause's verb, not the figure ("a wildfire that broke out on Saturday … has burned 12,000
 * acres").
 */
export function quantityOccasion(articles: readonly Article[]): (claim: Claim) => Occasion {
  const byArticle = new Map(articles.map((a) => [a.id, a]))
  return (claim) => {
    if (claim.kind !== 'quantity') return NONE
    const article = byArticle.get(claim.provenance.article)
    const sentenceId = claim.provenance.sentence
    if (!article || !sentenceId) return NONE
    const sentence = article.annotations.sentences.find((s) => s.id === sentenceId)
    if (!sentence) return NONE
    const { start, end } = claim.provenance.span
    // `raw` is the sentence's source text, so source offsets index it after the sentence start.
    const base = sentence.span.start
    const slice = (from: number, to: number) => sentence.raw.slice(from - base, to - base)
    let best: Occasion = NONE
    let distance = Number.POSITIVE_INFINITY
    for (const d of article.annotations.dates) {
      if (!d.value || d.span.start < sentence.span.start || d.span.end > sentence.span.end) continue
      // A date opening the sentence dates all of it (a timeline entry: "Feb 2026 – …"); any
      // other date must lie in the figure's own clause ("an eight-year term on Thursday").
      const lead = slice(base, d.span.start)
      const opens = lead.trim() === '' || (AS_OF.test(lead) && lead.trim().split(/\s+/).length <= 2)
      const between = d.span.start >= end ? slice(end, d.span.start) : slice(d.span.end, start)
      const past = d.span.end <= start && PAST_SUBJECT.test(lead) && PAST_TAIL.test(between)
      if (!opens && !past && (between.length > 80 || CLAUSE_BREAK.test(between))) continue
      if (!opens && !past && d.span.end <= start && inRelativeClause(lead)) continue
      const gap = opens ? 1e6 : between.length
      if (gap < distance) {
        distance = gap
        best = { when: d.value, asOf: AS_OF.test(lead) || /^\s*(?:by|as\s+of)\b/i.test(d.text) }
      }
    }
    return best
  }
}

/** True when the text before a date ends inside a relative clause ("a fire that broke out"). */
function inRelativeClause(lead: string): boolean {
  let open = -1
  for (const m of lead.matchAll(RELATIVE)) if (!SAYING.test(m[1]!)) open = m.index + m[0].length
  return open >= 0 && !CLAUSE_BREAK_BEFORE.test(lead.slice(open))
}

/** What closes a relative clause before the date: a comma, a semicolon, a dash. */
const CLAUSE_BREAK_BEFORE = /[,;:()–—]/

/** The date of each quantity's occasion alone (see `quantityOccasion`). */
export function quantityOccasions(
  articles: readonly Article[],
): (claim: Claim) => DateRange | null {
  const occasion = quantityOccasion(articles)
  return (claim) => occasion(claim).when
}

/** The people and places a quantity's sentence names, by entity key. */
export interface SentenceNames {
  readonly people: readonly string[]
  readonly places: readonly string[]
}

/**
 * The people and places named (by name, not pronoun) in each quantity claim's sentence: the
 * context of a figure ("Rui Cardoso … a five-year sentence"; "two hours in Geneva").
 */
export function quantityNames(articles: readonly Article[]): (claim: Claim) => SentenceNames {
  const byArticle = new Map(articles.map((a) => [a.id, a]))
  const none: SentenceNames = { people: [], places: [] }
  return (claim) => {
    if (claim.kind !== 'quantity') return none
    const article = byArticle.get(claim.provenance.article)
    const sentence = article?.annotations.sentences.find((s) => s.id === claim.provenance.sentence)
    if (!article || !sentence) return none
    const entities = new Map(article.annotations.entities.map((e) => [e.id, e]))
    const people = new Set<string>()
    const places = new Set<string>()
    for (const m of article.annotations.mentions) {
      if (m.span.start < sentence.span.start || m.span.end > sentence.span.end) continue
      if (m.form !== 'full' && m.form !== 'surname' && m.form !== 'alias') continue
      const e = entities.get(m.entity)
      if (e?.kind === 'person') people.add(e.key)
      else if (e?.kind === 'place' || e?.kind === 'party') places.add(e.key)
    }
    return { people: [...people].sort(), places: [...places].sort() }
  }
}

/** Where a clause of a sentence ends: a semicolon, a colon, a dash, or a comma before a conjunction. */
const CLAUSE_END = /;|:|\s[–—]\s|,\s+(?:and|but|while|as|after|when|which|who)\b/gi

/**
 * The words of each quantity claim's own clause, as written ('about 9,000 customers in Marlow
 * County were without power'): what happened to what the figure counts, which a subject that
 * only repeats the unit ('customers') leaves out. Capitalised words past the clause's first are
 * dropped (names of people and places say where, not what is measured; they are compared apart).
 */
export function quantityClauses(articles: readonly Article[]): (claim: Claim) => string {
  const byArticle = new Map(articles.map((a) => [a.id, a]))
  return (claim) => {
    if (claim.kind !== 'quantity') return ''
    const article = byArticle.get(claim.provenance.article)
    const sentence = article?.annotations.sentences.find((s) => s.id === claim.provenance.sentence)
    if (!sentence) return ''
    const base = sentence.span.start
    const at = claim.provenance.span.start - base
    let from = 0
    let to = sentence.raw.length
    for (const m of sentence.raw.matchAll(CLAUSE_END)) {
      const end = m.index + m[0].length
      if (end <= at) from = end
      else if (m.index >= claim.provenance.span.end - base) {
        to = m.index
        break
      }
    }
    return sentence.raw
      .slice(from, to)
      .trim()
      .split(/\s+/)
      .filter((w, i) => i === 0 || !/^\p{Lu}/u.test(w))
      .join(' ')
  }
}

/**
 * For a quote with no speaker, the one person its sentence names in full outside the quoted
 * words (' "…," said the mayor, Nikos Papadakis'), else null. Not taken as the speaker (the
 * words may be about that person); it lets name forms of one person be compared, so a first
 * name that differs between outlets is still found.
 */
export function quoteNamed(articles: readonly Article[]): (claim: Claim) => Actor | null {
  const byArticle = new Map(articles.map((a) => [a.id, a]))
  return (claim) => {
    if (claim.kind !== 'quote' || claim.speaker) return null
    const article = byArticle.get(claim.provenance.article)
    if (!article) return null
    const { start, end } = claim.provenance.span
    const sentence = article.annotations.sentences.find((s) =>
      claim.provenance.sentence
        ? s.id === claim.provenance.sentence
        : s.span.start <= start && start < s.span.end,
    )
    if (!sentence) return null
    const entities = new Map(article.annotations.entities.map((e) => [e.id, e]))
    const found = new Map<string, Actor>()
    for (const m of article.annotations.mentions) {
      if (m.form !== 'full' || m.span.start < sentence.span.start || m.span.end > sentence.span.end)
        continue
      if (m.span.end > start && m.span.start < end) continue
      const e = entities.get(m.entity)
      if (e?.kind === 'person' && !found.has(e.key)) found.set(e.key, { name: m.text, key: e.key })
    }
    return found.size === 1 ? [...found.values()][0]! : null
  }
}
