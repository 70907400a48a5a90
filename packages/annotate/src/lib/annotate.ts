import type {
  Annotations,
  DateMention,
  Entity,
  Mention,
  Quantity,
  Quotation,
} from '@parallax/schema'
import { attributeSpeakers } from './attribute-speakers.js'
import { buildContexts, locate } from './block-context.js'
import { findQuantities, localCurrencies } from './find-quantities.js'
import { endsOpen, findQuotations, type QuoteDraft } from './find-quotations.js'
import { chooseReferenceDate } from './reference-date.js'
import { type DateDraft, firstFullDate, resolveDates } from './resolve-dates.js'
import { type MentionDraft, resolveEntities } from './resolve-entities.js'
import type { AnnotateInput, AnnotateOptions } from './types.js'

/**
 * Annotate an article: entities and mentions, quotations and their speakers, quantities, and
 * dates resolved against the reference date. Synchronous and pure: the only shared state is the
 * lazily loaded NLP model. Every annotation has a source `span`, `raw` (the exact source slice),
 * readable `text` and its `block` id.
 */
export function annotate(
  input: AnnotateInput,
  options?: Readonly<AnnotateOptions>,
): Omit<Annotations, 'sentences'> {
  return runAnnotate(input, options ?? {})
}

/** Run every annotation step over one article (see `annotate`). */
function runAnnotate(
  input: AnnotateInput,
  options: Readonly<AnnotateOptions>,
): Omit<Annotations, 'sentences'> {
  const contexts = buildContexts(input.blocks, input.sentences)

  // Reference date: override, published, else the first full date the body states.
  let stated: string | undefined
  if (input.published.status !== 'known' && !options.referenceDate) {
    for (const ctx of contexts) {
      if (ctx.block.kind === 'timeline-entry') continue
      stated = firstFullDate(ctx.text)
      if (stated) break
    }
  }
  const reference = chooseReferenceDate(input.published, {
    ...(options.referenceDate ? { override: options.referenceDate } : {}),
    stated: stated ?? null,
  })

  const dates: DateDraft[][] = contexts.map((ctx) =>
    resolveDates(
      ctx.text,
      reference,
      ctx.block.kind === 'timeline-entry' && ctx.block.date
        ? { localReference: ctx.block.date.start }
        : {},
    ),
  )
  const index = resolveEntities(contexts)

  const quotes: QuoteDraft[][] = []
  let open = false
  for (const ctx of contexts) {
    const found =
      ctx.block.kind === 'paragraph' ||
      ctx.block.kind === 'quote' ||
      ctx.block.kind === 'list-item' ||
      ctx.block.kind === 'timeline-entry' ||
      ctx.block.kind === 'heading'
        ? findQuotations(ctx.text, open)
        : []
    quotes.push(found)
    open = endsOpen(found)
  }
  const attributed = attributeSpeakers({ source: input.text, contexts, index, quotes, dates })

  // Ids in document order.
  const entityOrder = [...index.entities.values()].sort((a, b) => a.first - b.first)
  const entityId = new Map(entityOrder.map((e, i) => [e.key, `e${i}`]))
  const mentionDrafts = [...index.mentions].sort(
    (a, b) => a.block - b.block || a.start - b.start || b.end - a.end,
  )
  const mentionId = new Map<MentionDraft, string>(mentionDrafts.map((m, i) => [m, `m${i}`]))
  const dateId = new Map<DateDraft, string>()
  const dateList: DateMention[] = []
  dates.forEach((list, b) => {
    for (const d of list) {
      const id = `d${dateList.length}`
      dateId.set(d, id)
      const mention: DateMention = {
        id,
        ...locate(input.text, contexts[b]!, d.start, d.end),
        value: d.value,
        relative: d.relative,
      }
      if (d.time) mention.time = d.time
      if (d.reason) mention.reason = d.reason
      dateList.push(mention)
    }
  })

  const entities: Entity[] = entityOrder.map((e) => {
    const entity: Entity = {
      id: entityId.get(e.key)!,
      kind: e.kind,
      name: e.name,
      key: e.key,
      forms: e.forms,
      roles: e.roles,
    }
    if (e.party) entity.party = e.party
    return entity
  })
  const mentions: Mention[] = mentionDrafts.map((m) => ({
    id: mentionId.get(m)!,
    ...locate(input.text, contexts[m.block]!, m.start, m.end),
    entity: entityId.get(m.key)!,
    form: m.form,
  }))

  const quotations: Quotation[] = attributed.map((a, i) => {
    const s = a.speaker
    const speaker: Quotation['speaker'] =
      s.status === 'attributed'
        ? {
            status: 'attributed',
            entity: entityId.get(s.key)!,
            name: index.entities.get(s.key)!.name,
            via: s.via,
            ...(s.mention && mentionId.has(s.mention)
              ? { mention: mentionId.get(s.mention)! }
              : {}),
          }
        : {
            status: s.status,
            reason: s.reason,
            ...(s.candidates ? { candidates: s.candidates.map((k) => entityId.get(k)!) } : {}),
          }
    const q: Quotation = {
      id: `q${i}`,
      ...locate(input.text, contexts[a.block]!, a.quote.start, a.quote.end),
      kind: quoteKind(contexts[a.block]!.text, a.quote),
      speaker,
    }
    if (a.cue) q.cue = a.cue
    if (a.channel) q.channel = a.channel
    if (a.date && dateId.has(a.date)) q.date = dateId.get(a.date)!
    if (a.continues !== undefined) q.continues = `q${a.continues}`
    return q
  })

  const quantities: Quantity[] = []
  const currencies = localCurrencies(contexts.map((c) => c.text).join('\n'))
  contexts.forEach((ctx, b) => {
    for (const n of findQuantities(ctx.text, dates[b]!, { currencies })) {
      const quantity: Quantity = {
        id: `n${quantities.length}`,
        ...locate(input.text, ctx, n.start, n.end),
        value: n.value,
        unit: n.unit,
        hedge: n.hedge,
        ordinal: n.ordinal,
      }
      if (n.scale) quantity.scale = n.scale
      quantities.push(quantity)
    }
  })

  return { reference, entities, mentions, quotations, quantities, dates: dateList }
}

/** 'full' for a quoted sentence or more (capitalised, three words or more, or several sentences); else 'partial'. */
function quoteKind(text: string, q: QuoteDraft): 'full' | 'partial' {
  const inner = text.slice(q.start, q.end)
  const words = inner.split(/\s+/u).length
  if (/[.!?…]["”’]?\s+\p{Lu}/u.test(inner)) return 'full'
  const before = text.slice(0, q.open).trimEnd()
  const opensSentence =
    before === '' ||
    /[:,.!?—–-]$/u.test(before) ||
    /\b(?:said|says|told|tells|wrote|added|declares?|declared)$/u.test(before)
  return /^\p{Lu}/u.test(inner) && words >= 3 && opensSentence ? 'full' : 'partial'
}
