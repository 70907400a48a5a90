import type {
  Annotations,
  DateMention,
  Entity,
  Mention,
  Quantity,
  Quotation,
} from '@parallax/schema'
import { locate } from './block-context.js'
import type { QuoteDraft } from './find-quotations.js'
import type { DateDraft } from './resolve-dates.js'
import type { MentionDraft } from './resolve-entities.js'
import type { AttributedQuote, SpeakerDraft } from './speakers/types.js'
import type { ArticleContext, Drafts } from './steps/types.js'

type Result = Omit<Annotations, 'sentences'>

/** Ids in document order: entities by first mention, mentions by position, dates by block. */
interface Ids {
  entity: Map<string, string>
  mention: Map<MentionDraft, string>
  date: Map<DateDraft, string>
}

function dateMentions(article: ArticleContext, drafts: Drafts, ids: Ids): DateMention[] {
  const list: DateMention[] = []
  ;(drafts.dates ?? []).forEach((dates, b) => {
    for (const d of dates) {
      const id = `d${list.length}`
      ids.date.set(d, id)
      const mention: DateMention = {
        id,
        ...locate(article.input.text, article.contexts[b]!, d.start, d.end),
        value: d.value,
        relative: d.relative,
      }
      if (d.time) mention.time = d.time
      if (d.reason) mention.reason = d.reason
      list.push(mention)
    }
  })
  return list
}

function speakerOut(s: SpeakerDraft, drafts: Drafts, ids: Ids): Quotation['speaker'] {
  if (s.status !== 'attributed')
    return {
      status: s.status,
      reason: s.reason,
      ...(s.candidates ? { candidates: s.candidates.map((k) => ids.entity.get(k)!) } : {}),
    }
  return {
    status: 'attributed',
    entity: ids.entity.get(s.key)!,
    name: drafts.entities!.entities.get(s.key)!.name,
    via: s.via,
    ...(s.mention && ids.mention.has(s.mention) ? { mention: ids.mention.get(s.mention)! } : {}),
  }
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

function quotation(
  article: ArticleContext,
  drafts: Drafts,
  ids: Ids,
  a: AttributedQuote,
  i: number,
): Quotation {
  const ctx = article.contexts[a.block]!
  const q: Quotation = {
    id: `q${i}`,
    ...locate(article.input.text, ctx, a.quote.start, a.quote.end),
    kind: quoteKind(ctx.text, a.quote),
    speaker: speakerOut(a.speaker, drafts, ids),
  }
  if (a.cue) q.cue = a.cue
  if (a.channel) q.channel = a.channel
  if (a.date && ids.date.has(a.date)) q.date = ids.date.get(a.date)!
  if (a.continues !== undefined) q.continues = `q${a.continues}`
  return q
}

function quantities(article: ArticleContext, drafts: Drafts): Quantity[] {
  const list: Quantity[] = []
  ;(drafts.quantities ?? []).forEach((found, b) => {
    for (const n of found) {
      const quantity: Quantity = {
        id: `n${list.length}`,
        ...locate(article.input.text, article.contexts[b]!, n.start, n.end),
        value: n.value,
        unit: n.unit,
        hedge: n.hedge,
        ordinal: n.ordinal,
      }
      if (n.scale) quantity.scale = n.scale
      list.push(quantity)
    }
  })
  return list
}

/**
 * The annotations of an article from the steps' drafts: ids in document order (`e`, `m`, `q`,
 * `n`, `d` + a number), block-text offsets located in the source.
 */
export function assemble(article: ArticleContext, drafts: Drafts): Result {
  const index = drafts.entities
  const entityOrder = index ? [...index.entities.values()].sort((a, b) => a.first - b.first) : []
  const mentionDrafts = [...(index?.mentions ?? []), ...(drafts.pronounMentions ?? [])].sort(
    (a, b) => a.block - b.block || a.start - b.start || b.end - a.end,
  )
  const ids: Ids = {
    entity: new Map(entityOrder.map((e, i) => [e.key, `e${i}`])),
    mention: new Map(mentionDrafts.map((m, i) => [m, `m${i}`])),
    date: new Map(),
  }
  const dates = dateMentions(article, drafts, ids)
  const entities: Entity[] = entityOrder.map((e) => ({
    id: ids.entity.get(e.key)!,
    kind: e.kind,
    name: e.name,
    key: e.key,
    forms: e.forms,
    roles: e.roles,
    ...(e.party ? { party: e.party } : {}),
  }))
  const mentions: Mention[] = mentionDrafts.map((m) => ({
    id: ids.mention.get(m)!,
    ...locate(article.input.text, article.contexts[m.block]!, m.start, m.end),
    entity: ids.entity.get(m.key)!,
    form: m.form,
  }))
  return {
    reference: article.reference,
    entities,
    mentions,
    quotations: (drafts.quotations ?? []).map((a, i) => quotation(article, drafts, ids, a, i)),
    quantities: quantities(article, drafts),
    dates,
  }
}
