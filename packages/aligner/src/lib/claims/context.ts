import { toSourceSpan, toTextOffset } from '@parallax/annotate'
import type {
  Actor,
  Article,
  Block,
  DateMention,
  Entity,
  Mention,
  Quantity,
  Quotation,
  Sentence,
  Span,
} from '@parallax/schema'
import { sentenceIndex } from '../sentence-index.js'
import { en } from './lang/en.js'
import type { ClaimLanguage } from './lang/types.js'
import { type Token, tokenize } from './nlp.js'

/** An annotation placed in its sentence's readable text (`start`/`end` index `sentence.text`). */
export interface Placed<T> {
  readonly item: T
  readonly start: number
  readonly end: number
}

/** A sentence with everything the rules read about it, offsets in its readable text. */
export interface SentenceView {
  readonly sentence: Sentence
  readonly block: Block
  /** Readable text, as `sentence.text`. */
  readonly text: string
  readonly tokens: readonly Token[]
  readonly mentions: ReadonlyArray<Placed<Mention> & { readonly entity: Entity }>
  readonly dates: ReadonlyArray<Placed<DateMention>>
  readonly quantities: ReadonlyArray<Placed<Quantity>>
  readonly quotations: ReadonlyArray<Placed<Quotation>>
  /** Source span of `[start, end)` in the readable text, kept inside the sentence's span. */
  toSource(start: number, end: number): Span
}

/** What every claim extractor gets: the article, its sentences, and lookups. */
export interface ClaimContext {
  readonly article: Article
  readonly language: ClaimLanguage
  /** Whether the article is in the language the rules know (English, or not stated). */
  readonly linguistic: boolean
  readonly sentences: readonly SentenceView[]
  /** The sentence containing a source span, if one does. */
  sentenceAt(span: Span): SentenceView | undefined
  entity(id: string): Entity | undefined
  /** An entity as a claim names it: the name, key and first role. */
  actor(entity: Entity, name?: string): Actor
  /** The side an entity stands for: a party itself, or the party it acts for, or itself. */
  side(entity: Entity): Actor
  date(id: string): DateMention | undefined
}

/** Builds the shared context of one article; tokens are computed lazily per sentence. */
export function claimContext(article: Article): ClaimContext {
  const a = article.annotations
  const blocks = new Map(article.blocks.map((b) => [b.id, b]))
  const entities = new Map(a.entities.map((e) => [e.id, e]))
  const byKey = new Map<string, Entity>()
  for (const e of a.entities) if (!byKey.has(e.key)) byKey.set(e.key, e)
  const dates = new Map(a.dates.map((d) => [d.id, d]))
  const sentenceOf = sentenceIndex(a.sentences)
  const views = new Map<string, SentenceView>()
  const pending = new Map<string, ViewParts>()
  for (const s of a.sentences) {
    const block = blocks.get(s.block)
    if (block)
      pending.set(s.id, {
        sentence: s,
        block,
        mentions: [],
        dates: [],
        quantities: [],
        quotations: [],
      })
  }
  const place = <T extends { span: Span; text: string }>(
    item: T,
    into: keyof Omit<ViewParts, 'sentence' | 'block'>,
  ) => {
    const s = sentenceOf(item.span)
    const parts = s && pending.get(s.id)
    if (!parts) return
    const at = locate(parts, item.span, item.text)
    if (at) (parts[into] as Array<Placed<T>>).push({ item, ...at })
  }
  for (const m of a.mentions) place(m, 'mentions')
  for (const d of a.dates) place(d, 'dates')
  for (const q of a.quantities) place(q, 'quantities')
  for (const q of a.quotations) place(q, 'quotations')
  const ordered: SentenceView[] = []
  for (const s of a.sentences) {
    const parts = pending.get(s.id)
    if (!parts) continue
    const view = makeView(parts, entities)
    views.set(s.id, view)
    ordered.push(view)
  }
  const language = en
  const actor = (entity: Entity, name?: string): Actor => {
    const out: Actor = { name: name ?? entity.name, key: entity.key }
    if (entity.roles[0]) out.role = entity.roles[0]
    return out
  }
  return {
    article,
    language,
    linguistic: article.language === null || /^en\b/i.test(article.language),
    sentences: ordered,
    sentenceAt: (span) => {
      const s = sentenceOf(span)
      return s ? views.get(s.id) : undefined
    },
    entity: (id) => entities.get(id),
    actor,
    side: (entity) => {
      if (entity.kind === 'party' || !entity.party) return actor(entity)
      const party = byKey.get(entity.party)
      return party ? actor(party) : { name: nameOfKey(entity.party), key: entity.party }
    },
    date: (id) => dates.get(id),
  }
}

interface ViewParts {
  sentence: Sentence
  block: Block
  mentions: Array<Placed<Mention>>
  dates: Array<Placed<DateMention>>
  quantities: Array<Placed<Quantity>>
  quotations: Array<Placed<Quotation>>
}

/** Start of the sentence in its block's readable text. */
function sentenceOffset(parts: Pick<ViewParts, 'sentence' | 'block'>): number {
  const { sentence, block } = parts
  const guess = toTextOffset(block, sentence.span.start)
  if (block.text.startsWith(sentence.text, guess)) return guess
  const found = block.text.indexOf(sentence.text)
  return found >= 0 ? found : guess
}

function locate(
  parts: ViewParts,
  span: Span,
  text: string,
): { start: number; end: number } | undefined {
  const base = sentenceOffset(parts)
  const guess = toTextOffset(parts.block, span.start) - base
  const body = parts.sentence.text
  if (guess >= 0 && body.startsWith(text, guess)) return { start: guess, end: guess + text.length }
  const found = body.indexOf(text)
  return found >= 0 ? { start: found, end: found + text.length } : undefined
}

function makeView(parts: ViewParts, entities: Map<string, Entity>): SentenceView {
  const base = sentenceOffset(parts)
  const { sentence, block } = parts
  let tokens: Token[] | undefined
  const byStart = <T extends { start: number; end: number }>(xs: T[]) =>
    xs.sort((x, y) => x.start - y.start || x.end - y.end)
  const mentions = byStart(
    parts.mentions.flatMap((m) => {
      const entity = entities.get(m.item.entity)
      return entity ? [{ ...m, entity }] : []
    }),
  )
  return {
    sentence,
    block,
    text: sentence.text,
    get tokens() {
      tokens ??= tokenize(sentence.text)
      return tokens
    },
    mentions,
    dates: byStart(parts.dates),
    quantities: byStart(parts.quantities),
    quotations: byStart(parts.quotations),
    toSource(start, end) {
      const span = toSourceSpan(block, base + start, base + end)
      const s = Math.min(Math.max(span.start, sentence.span.start), sentence.span.end)
      const e = Math.min(Math.max(span.end, s), sentence.span.end)
      return { start: s, end: e }
    },
  }
}

/** A readable name from a key: 'party:united-states' → 'United States'. */
function nameOfKey(key: string): string {
  const bare = key.replace(/^[a-z]+:/, '')
  return bare
    .split('-')
    .map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join(' ')
}
