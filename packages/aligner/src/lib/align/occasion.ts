import type { Article, Claim, DateRange } from '@parallax/schema'

/** What ends a clause between a figure and a date. */
const CLAUSE_BREAK = /[,;:()–—]|\b(and|but|after|before|when|while|who|which|where|since|until)\b/i

/**
 * The occasion of each quantity claim: the resolved date written in its sentence nearest to the
 * figure ("an eight-year term on Thursday", "Feb 2026 – prosecutors ask for nine years"). Two
 * figures whose occasions exclude each other are different facts, not a conflict.
 */
export function quantityOccasions(
  articles: readonly Article[],
): (claim: Claim) => DateRange | null {
  const byArticle = new Map(articles.map((a) => [a.id, a]))
  return (claim) => {
    if (claim.kind !== 'quantity') return null
    const article = byArticle.get(claim.provenance.article)
    const sentenceId = claim.provenance.sentence
    if (!article || !sentenceId) return null
    const sentence = article.annotations.sentences.find((s) => s.id === sentenceId)
    if (!sentence) return null
    const { start, end } = claim.provenance.span
    // `raw` is the sentence's source text, so source offsets index it after the sentence start.
    const base = sentence.span.start
    const slice = (from: number, to: number) => sentence.raw.slice(from - base, to - base)
    let best: DateRange | null = null
    let distance = Number.POSITIVE_INFINITY
    for (const d of article.annotations.dates) {
      if (!d.value || d.span.start < sentence.span.start || d.span.end > sentence.span.end) continue
      // A date opening the sentence dates all of it (a timeline entry: "Feb 2026 – …"); any
      // other date must lie in the figure's own clause ("an eight-year term on Thursday").
      const opens = slice(base, d.span.start).trim() === ''
      const between = d.span.start >= end ? slice(end, d.span.start) : slice(d.span.end, start)
      if (!opens && (between.length > 80 || CLAUSE_BREAK.test(between))) continue
      const gap = opens ? 1e6 : between.length
      if (gap < distance) {
        distance = gap
        best = d.value
      }
    }
    return best
  }
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
