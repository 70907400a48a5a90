import type {
  Claim,
  ClaimCluster,
  ConflictDetail,
  ConflictsSection,
  Hedge,
  Statement,
} from '@parallax/schema'
import {
  byWeight,
  capitalise,
  clusterHeading,
  dateLabel,
  listPhrase,
  quantityPhrase,
} from '../describe.js'
import { figureHeading } from '../figure-subject.js'
import { withoutLead } from '../readable.js'
import { figurePhrase, scaleWord } from '../scale-reading.js'
import type { ComposeContext, SectionComposer } from '../types.js'
import { isFigure, quantities } from './figures.js'

type Row = ConflictsSection['rows'][number]

const severityRank = (cluster: ClaimCluster) =>
  cluster.severity === 'hard' || cluster.conflicts?.some((c) => c.severity === 'hard') ? 0 : 1

/**
 * Where accounts differ: one row per disputed field of every conflict cluster, hard before soft,
 * then by independent reports; each account with its value and the claims that give it, and a
 * note when the aligner explains the difference or the accounts were published on different days.
 */
export const composeConflicts: SectionComposer<'conflicts'> = (context) => {
  const clusters = context.clusters
    .filter((cluster) => (cluster.conflicts?.length ?? 0) > 0)
    .sort((a, b) => severityRank(a) - severityRank(b) || byWeight(a, b))
  const details = clusters.flatMap((cluster) =>
    (cluster.conflicts ?? [])
      .map((detail) => ({ cluster, detail }))
      .sort(
        (a, b) => (a.detail.severity === 'hard' ? 0 : 1) - (b.detail.severity === 'hard' ? 0 : 1),
      ),
  )
  const rows: Row[] = []
  const said = new Set<string>()
  let more = 0
  for (const { cluster, detail } of details) {
    // One dispute seen through two kinds of claim (the words "meaningful progress" as a quote
    // and as a characterisation, each given to Witkoff and to Leavitt) is said once.
    const key = disputeKey(detail)
    if (said.has(key)) continue
    said.add(key)
    if (rows.length >= context.options.conflictsMax) {
      more += 1
      continue
    }
    const row = conflictRow(context, cluster, detail)
    if (row) rows.push(row)
  }
  if (rows.length === 0) return null
  return { kind: 'conflicts', title: 'Where accounts differ', ...(more > 0 ? { more } : {}), rows }
}

/** Fields that say who said something, whatever kind of claim carries the words. */
const attribution = new Set(['speaker', 'by'])

/** What a dispute is about, for spotting one dispute in two clusters: field and values. */
function disputeKey(detail: ConflictDetail): string {
  const field = attribution.has(detail.field) ? 'attribution' : detail.field
  const values = detail.values.map((v) => v.value.trim().toLowerCase()).sort()
  return attribution.has(detail.field)
    ? `${field}|${values.join('|')}`
    : `${field}|${values.join('|')}|${detail.values
        .flatMap((v) => v.claims)
        .sort()
        .join(',')}`
}

/**
 * A row's heading names what is disputed, not one side of it: the words for an attribution
 * ('Who said “meaningful progress”'), the surname for a first-name dispute ('Umerov’s first
 * name'), else the cluster's heading.
 */
function conflictHeading(claim: Claim, fallback: string, detail: ConflictDetail): string {
  if (attribution.has(detail.field)) {
    const words =
      claim.kind === 'characterisation'
        ? claim.descriptors.join(', ')
        : claim.kind === 'quote'
          ? clip(claim.quote, 70)
          : null
    if (words) return `Who said “${words}”`
  }
  if (detail.field.endsWith('.name')) {
    const surnames = new Set(detail.values.map((v) => v.value.trim().split(/\s+/).pop() ?? ''))
    if (surnames.size === 1) return `${[...surnames][0]}’s first name`
  }
  return clusterHeading(claim, fallback)
}

const HEDGED =
  /^(?:(about|nearly|more-than|less-than|at-least|at-most|up-to) )?(-?\d+(?:\.\d+)?)(?: (.+))?$/
const MONTH = /^(\d{4})-(\d{2}) \(month\)$/
const YEAR = /^(\d{4}) \(year\)$/
const DAYS = /^(\d{4}-\d{2}-\d{2})(?: – (\d{4}-\d{2}-\d{2}))?$/

/**
 * A value as the aligner records it, written for a reader: `2026-01 (month)` → `January 2026`,
 * `2026-02-17 – 2026-02-18` → `17–18 February 2026`, `at-least 9 person` → `at least 9 people`.
 * Any other value (a name, a title, a wording) is kept.
 */
export function readableValue(value: string): string {
  const month = MONTH.exec(value)
  if (month) {
    const end = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).toISOString().slice(0, 10)
    return dateLabel({ start: `${month[1]}-${month[2]}-01`, end, granularity: 'month' })
  }
  const year = YEAR.exec(value)
  if (year) return year[1]!
  const days = DAYS.exec(value)
  if (days) return dateLabel({ start: days[1]!, end: days[2] ?? days[1]!, granularity: 'day' })
  const figure = HEDGED.exec(value)
  if (figure)
    return quantityPhrase({
      value: Number(figure[2]),
      unit: figure[3] ?? null,
      hedge: (figure[1] as Hedge | undefined) ?? null,
    })
  return value
}

/**
 * A conflict's note: the aligner's explanations and notes, then `published` (which account
 * appeared on which day), each a sentence, each once. `published` replaces a bare "the articles
 * were published on different days (…)": one sentence says it, not two. Empty when none.
 */
export function conflictNote(
  notes: ReadonlyArray<string | null | undefined>,
  published: string | null,
): string {
  return [...notes, published]
    .filter((text): text is string => Boolean(text))
    .filter((text) => text === published || !published || !differentDays.test(text))
    .map((text) => asSentence(readableDates(text)))
    .filter((text, index, all) => all.indexOf(text) === index)
    .join(' ')
}

/** Every ISO day in a note written as a reader writes it: `2026-05-17` → `17 May 2026`. */
export const readableDates = (text: string): string =>
  text.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (iso) =>
    Number.isNaN(Date.parse(`${iso}T00:00:00Z`))
      ? iso
      : dateLabel({ start: iso, end: iso, granularity: 'day' }),
  )

/** A note that only says the articles appeared on different days (`publishedNote` says more). */
const differentDays = /^\s*the articles were published on different days\b[^.;]*\.?\s*$/i

/** A note as a sentence of its own: capitalised, with a closing stop. */
const asSentence = (text: string) => {
  const t = capitalise(text.trim())
  return /[.!?…]["'”’)]*$/u.test(t) ? t : `${t}.`
}

const undated = (statement: Statement): Statement => ({
  ...statement,
  text: withoutLead(statement.text, true),
})

/** Words that open a clause after a position's object (as the aligner's `extentOf` cuts). */
const CLAUSE =
  /\s*[,;–—]?\s*\b(?:despite|while|because|although|though|which|who|whose|but|where|when|after|before|since|until|unless)\b/i

/**
 * A position's object as a scope label: only the object, without the clause after it that the
 * aligner does not count in its extent (`Ukraine hand over the eastern Donbas region despite
 * Russian forces not controlling all of…` → `Ukraine hand over the eastern Donbas region`).
 */
export function scopeValue(object: string): string {
  const cut = object.split(CLAUSE)[0]?.trim() ?? ''
  return cut.length > 0 ? cut : object.trim()
}

/** `text` cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim()
  return t.length <= max ? t : `${t.slice(0, max - 1).replace(/\s+\S*$/, '')}…`
}

function conflictRow(
  context: ComposeContext,
  cluster: ClaimCluster,
  detail: ConflictDetail,
): Row | null {
  const given = detail.values
    .map((value) => ({
      value: value.value.trim(),
      claims: value.claims.filter((id) => cluster.claims.includes(id)).map(context.claim),
    }))
    .filter((account) => account.value.length > 0 && account.claims.length > 0)
  // A dispute over a date shows the date as the value: a digest entry's own date is dropped.
  const dated = detail.field === 'when' || detail.field.endsWith('date')
  // Each account's value as the row shows it, in the note too ('at least 9 people').
  // A reading on a scale shows as its sentence reads it ('magnitude 6.4', not '6.4 earthquakes').
  const shown = (account: { value: string; claims: readonly Claim[] }) => {
    const first = account.claims[0]
    if (first?.kind === 'quantity' && scaleWord(first, context.sentenceText(first)) !== null)
      return figurePhrase(first, context.sentenceText(first))
    return detail.field === 'object' ? scopeValue(account.value) : readableValue(account.value)
  }
  // Values that read the same once shown ('6.1 quakes', '6.1 magnitudes': 'magnitude 6.1') are
  // one account; a dispute left with one account is no dispute to show.
  const accounts: { value: string; claims: Claim[] }[] = []
  for (const account of given) {
    const value = shown(account)
    const same = accounts.find((a) => a.value === value)
    if (same) for (const claim of account.claims) same.claims.push(claim)
    else accounts.push({ value, claims: [...account.claims] })
  }
  if (accounts.length < 2) return null
  const note = conflictNote(
    [detail.explanation, ...(cluster.notes ?? [])],
    publishedNote(context, accounts),
  )
  return {
    topic:
      cluster.kind === 'quantity' && isFigure(context, cluster) && !attribution.has(detail.field)
        ? figureHeading(context, cluster, quantities(context, cluster))
        : conflictHeading(context.claim(cluster.claims[0]!), cluster.label, detail),
    field: detail.field,
    severity: detail.severity,
    accounts: accounts.map((account) => ({
      value: account.value,
      statement: dated ? undated(context.extract(account.claims)) : context.extract(account.claims),
    })),
    ...(note ? { note } : {}),
  }
}

/**
 * When every account comes from articles of one publication day and the days differ between
 * accounts, says so: the difference may be news that moved, not a contradiction.
 */
function publishedNote(
  context: ComposeContext,
  accounts: readonly { value: string; claims: readonly Claim[] }[],
): string | null {
  const days = accounts.map((account) => {
    const dates = new Set(
      account.claims.map((claim) => {
        const published = context.article(claim.provenance.article).published
        return published.status === 'known' ? published.date : '?'
      }),
    )
    return dates.size === 1 && !dates.has('?') ? ([...dates][0] as string) : null
  })
  if (days.some((day) => day === null) || new Set(days).size < 2) return null
  const parts = accounts.map((account, index) => {
    const outlets = [...new Set(account.claims.map((c) => context.outlet(c.provenance.article)))]
    return `${listPhrase(outlets)} (“${account.value}”) on ${readableDates(days[index] as string)}`
  })
  return `The accounts were published on different days: ${listPhrase(parts)}.`
}
