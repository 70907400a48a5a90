import { annotate } from '@parallax/annotate'
import type { Annotations } from '@parallax/schema'
import {
  type Case,
  type ExpectedQuote,
  heldoutCases,
  paragraphInput,
  pick,
  quoteView,
} from './cases.js'

export type Result = Omit<Annotations, 'sentences'>

/** Counts of one check family: how many expected items were checked and how many held. */
export interface Tally {
  expected: number
  ok: number
}

/** Scores of one held-out article, with a line per failed expectation. */
export interface CaseScore {
  name: string
  /** Expected quotes found (by their words). */
  recall: Tally
  /** Expected quotes found with the right speaker (a key, or the unknown/ambiguous status and reason). */
  speaker: Tally
  /** Stated via / cue / channel / date / kind / continues fields that match, over found quotes. */
  details: Tally
  /** Quotations found that no expected quote names. */
  spurious: number
  entities: Tally
  quantities: Tally
  dates: Tally
  /** Title, outlet, byline and published date (the parser's fresh fixtures, parsed with `parse()`). */
  metadata: Tally
  /** Strings the cleaned block text must or must not contain (fresh fixtures). */
  cleaning: Tally
  failures: string[]
}

const norm = (s: string) => s.replace(/\s+/gu, ' ').trim()
export const add = (t: Tally, ok: boolean) => {
  t.expected++
  if (ok) t.ok++
}
export const tally = (): Tally => ({ expected: 0, ok: 0 })

function speakerOk(expected: ExpectedQuote['speaker'], got: unknown): boolean {
  return JSON.stringify(
    pick({ speaker: got } as never, { text: '', speaker: expected }).speaker,
  ) === JSON.stringify(expected)
    ? true
    : typeof expected === 'string'
      ? got === expected
      : typeof got === 'object' &&
        got !== null &&
        (got as { status: string }).status === expected.status &&
        (!expected.reason || (got as { reason?: string }).reason === expected.reason)
}

/** Score one article's annotations against its hand-written expectations. */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: pre-existing (51); to split by pattern (issue 9)
export function scoreCase(c: Case, result: Result): CaseScore {
  const s: CaseScore = {
    name: c.name,
    recall: tally(),
    speaker: tally(),
    details: tally(),
    spurious: 0,
    entities: tally(),
    quantities: tally(),
    dates: tally(),
    metadata: tally(),
    cleaning: tally(),
    failures: [],
  }
  const views = result.quotations.map((q) => quoteView(result, q))
  const used = new Set<number>()
  for (const e of c.expected.quotations) {
    const i = views.findIndex((v, k) => !used.has(k) && norm(v.text) === norm(e.text))
    add(s.recall, i >= 0)
    if (i < 0) {
      add(s.speaker, false)
      s.failures.push(`quote missed: “${e.text}”`)
      continue
    }
    used.add(i)
    const v = views[i]!
    const ok = speakerOk(e.speaker, v.speaker)
    add(s.speaker, ok)
    if (!ok)
      s.failures.push(
        `speaker of “${e.text}”: want ${JSON.stringify(e.speaker)}, got ${JSON.stringify(v.speaker)}`,
      )
    for (const k of ['via', 'cue', 'channel', 'date', 'kind', 'continues'] as const) {
      if (!(k in e)) continue
      const good = v[k] === e[k]
      add(s.details, good)
      if (!good) s.failures.push(`${k} of “${e.text}”: want ${e[k]}, got ${v[k]}`)
    }
  }
  views.forEach((v, k) => {
    if (!used.has(k)) {
      s.spurious++
      s.failures.push(`spurious quote: “${v.text}”`)
    }
  })
  for (const e of c.expected.entities ?? []) {
    const found = result.entities.find((x) => x.key === e.key)
    add(s.entities, found !== undefined)
    if (!found) {
      s.failures.push(`entity missing: ${e.key}`)
      continue
    }
    for (const form of e.forms ?? []) {
      const good = found.forms.includes(form)
      add(s.entities, good)
      if (!good) s.failures.push(`${e.key}: form “${form}” not in ${JSON.stringify(found.forms)}`)
    }
    for (const role of e.roles ?? []) {
      const good = found.roles.some((r) => r.toLowerCase().includes(role.toLowerCase()))
      add(s.entities, good)
      if (!good) s.failures.push(`${e.key}: role “${role}” not in ${JSON.stringify(found.roles)}`)
    }
  }
  for (const n of c.expected.quantities ?? []) {
    const found = result.quantities.find((x) => x.text === n.text)
    const good =
      found !== undefined &&
      Object.entries(n).every(([k, want]) => (found as Record<string, unknown>)[k] === want)
    add(s.quantities, good)
    if (!good)
      s.failures.push(
        `quantity “${n.text}”: ${found ? `got ${JSON.stringify(found)}` : `not in ${JSON.stringify(result.quantities.map((x) => x.text))}`}`,
      )
  }
  for (const d of c.expected.dates ?? []) {
    const found = result.dates.find((x) => x.text === d.text)
    const good =
      d.start === null
        ? found !== undefined && found.value === null
        : found?.value !== null &&
          found !== undefined &&
          found.value.start === d.start &&
          (!d.end || found.value.end === d.end) &&
          (!d.granularity || found.value.granularity === d.granularity) &&
          (d.relative === undefined || found.relative === d.relative)
    add(s.dates, good)
    if (!good)
      s.failures.push(
        `date “${d.text}”: ${found ? `got ${JSON.stringify(found.value)}` : `not in ${JSON.stringify(result.dates.map((x) => x.text))}`}`,
      )
  }
  return s
}

/** Annotate and score every held-out article. */
export function scoreHeldout(): CaseScore[] {
  return heldoutCases().map((c) =>
    scoreCase(c, annotate(paragraphInput(c.text, c.expected.published ?? null))),
  )
}

/** Sum of one family over all articles. */
export function total(scores: readonly CaseScore[], key: keyof CaseScore): Tally {
  const t = tally()
  for (const s of scores) {
    const x = s[key] as Tally
    t.expected += x.expected
    t.ok += x.ok
  }
  return t
}
