import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AnnotateInput } from '@parallax/annotate'
import type { Annotations, Block, Published, Sentence } from '@parallax/schema'

/**
 * Test support shared by this package's tests and the parser's end-to-end annotation tests:
 * fixture cases, the paragraph input `parse` would hand to `annotate`, and compact views of
 * quotations for comparing with hand-written expectations.
 */

const here = dirname(fileURLToPath(import.meta.url))
export const fixturesDir = join(here, '../fixtures')
export const seedsDir = join(here, '../../../../seeds')

/** One expected quotation of a fixture, written by hand. */
export interface ExpectedQuote {
  text: string
  speaker:
    | string
    | { status: 'unknown' | 'ambiguous'; candidates?: string[]; reason?: ReasonCategory }
  via?: string
  cue?: string
  channel?: string
  date?: string
  kind?: 'full' | 'partial'
  continues?: number
}

/** A fixture's expected.json. */
export interface Expected {
  seed?: string
  published?: string | null
  reference?: Annotations['reference']
  quotations: ExpectedQuote[]
  entities?: Array<{
    key: string
    name?: string
    forms?: string[]
    roles?: string[]
    party?: string
  }>
  /** Entity keys that must not be found (a word misread as a name, a name of the wrong kind). */
  absentEntities?: string[]
  quantities?: Array<{
    text: string
    value: number
    unit?: string | null
    hedge?: string | null
    ordinal?: boolean
    scale?: string
  }>
  dates?: Array<{
    text: string
    /** `null`: the date must be left undetermined (`value: null`). */
    start: string | null
    end?: string
    granularity?: string
    relative?: boolean
  }>
}

/** A fixture case: its folder name, source text and what `annotate` (or `parse`) got from it. */
export interface Case {
  name: string
  text: string
  expected: Expected
}

/**
 * Test-only: paragraph blocks (blank-line separated, identity map) and naive sentences for an
 * invented fixture, the shape `parse` hands to `annotate`.
 */
export function paragraphInput(text: string, published: string | null): AnnotateInput {
  const blocks: Block[] = []
  const sentences: Sentence[] = []
  const re = /[^\n]+(?:\n(?!\n)[^\n]+)*/gu
  for (const m of text.matchAll(re)) {
    const start = m.index
    const raw = m[0]
    const id = `b${blocks.length}`
    blocks.push({
      id,
      kind: 'paragraph',
      text: raw,
      span: { start, end: start + raw.length },
      map: [[0, start]],
    })
    // Naive sentences: split after . ! ? (optionally followed by a closing quote) and a space + capital or opening quote.
    // Not after an initial ("R. Ashoka") or a title abbreviation ("Dr. Ruto").
    const cut =
      /(?<=[.!?][”"’]?)(?<!(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Gov|Sen|Rep|Prof)\.)\s+(?=[“"‘]?\p{Lu})/gu
    let from = 0
    const ends: number[] = []
    for (const c of raw.matchAll(cut)) ends.push(c.index)
    ends.push(raw.length)
    for (const end of ends) {
      const s = raw.slice(from, end)
      const lead = s.length - s.trimStart().length
      const a = start + from + lead
      const b = start + end
      if (b > a)
        sentences.push({
          id: `s${sentences.length}`,
          block: id,
          span: { start: a, end: b },
          raw: text.slice(a, b),
          text: text.slice(a, b),
        })
      from = end
    }
  }
  const pub: Published = published
    ? { status: 'known', date: published, datetime: null, origin: 'manifest' }
    : { status: 'undetermined', reason: 'no date in the fixture' }
  return { text, blocks, sentences, published: pub }
}

/** Invented-text fixture folders (those with an input.txt), except the evaluation sets. */
export function inventedCases(): Case[] {
  return readCases(
    (name) =>
      !name.startsWith('seed-') &&
      !name.startsWith('heldout-') &&
      !name.startsWith('fresh-') &&
      !name.startsWith('blind-') &&
      !name.startsWith('people-'),
  )
}

/**
 * Held-out evaluation articles (`heldout-<domain>`): invented news from other regions and
 * domains, expected lists written by hand before looking at the output. Scored, not golden.
 */
export function heldoutCases(): Case[] {
  return readCases((name) => name.startsWith('heldout-'))
}

/** Fixture folders of `dir` (each with input.txt and expected.json) whose name passes `keep`. */
export function readCases(keep: (name: string) => boolean, dir: string = fixturesDir): Case[] {
  return readdirSync(dir)
    .filter(keep)
    .sort()
    .map((name) => ({
      name,
      text: readFileSync(join(dir, name, 'input.txt'), 'utf8'),
      expected: JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as Expected,
    }))
}

/** Coarse category of an unknown/ambiguous speaker's reason, for hand-written expectations. */
export type ReasonCategory =
  | 'unnamed-source'
  | 'group'
  | 'pronoun'
  | 'coordinated'
  | 'heading'
  | 'no-cue'
  | 'other'

/** The category of a reason text written by `annotate`. */
export function reasonCategory(reason: string): ReasonCategory {
  if (/unnamed source/u.test(reason)) return 'unnamed-source'
  if (/a group rather than/u.test(reason)) return 'group'
  if (/^pronoun/u.test(reason)) return 'pronoun'
  if (/coordinated speakers/u.test(reason)) return 'coordinated'
  if (/in a heading/u.test(reason)) return 'heading'
  if (/^no speaker/u.test(reason)) return 'no-cue'
  return 'other'
}

/** Compact view of a quotation for comparing with an ExpectedQuote. */
export function quoteView(a: Omit<Annotations, 'sentences'>, q: Annotations['quotations'][number]) {
  const key = (id: string) => a.entities.find((e) => e.id === id)?.key ?? id
  const speaker =
    q.speaker.status === 'attributed'
      ? key(q.speaker.entity)
      : {
          status: q.speaker.status,
          reason: reasonCategory(q.speaker.reason),
          ...(q.speaker.candidates ? { candidates: q.speaker.candidates.map(key).sort() } : {}),
        }
  return {
    text: q.text.replace(/\s+/gu, ' '),
    speaker,
    via: q.speaker.status === 'attributed' ? q.speaker.via : undefined,
    cue: q.cue,
    channel: q.channel,
    date: q.date ? a.dates.find((d) => d.id === q.date)?.text : undefined,
    kind: q.kind,
    continues: q.continues ? Number(q.continues.slice(1)) : undefined,
  }
}

/** The view restricted to the fields an expected quote states. */
export function pick(
  view: ReturnType<typeof quoteView>,
  expected: ExpectedQuote,
): Record<string, unknown> {
  const out: Record<string, unknown> = { text: view.text, speaker: view.speaker }
  if (typeof expected.speaker === 'object' && typeof view.speaker === 'object') {
    const { status, reason, candidates } = view.speaker
    out.speaker = {
      status,
      ...(expected.speaker.reason ? { reason } : {}),
      ...(expected.speaker.candidates ? { candidates } : {}),
    }
  }
  for (const k of ['via', 'cue', 'channel', 'date', 'kind', 'continues'] as const)
    if (k in expected) out[k] = view[k]
  return out
}

/** Expected quote with its candidates sorted (for comparison). */
export function normalise(expected: ExpectedQuote): Record<string, unknown> {
  const out: Record<string, unknown> = { ...expected }
  if (typeof expected.speaker === 'object' && expected.speaker.candidates) {
    out.speaker = { ...expected.speaker, candidates: [...expected.speaker.candidates].sort() }
  }
  return out
}
