import type { BlockContext } from '../block-context.js'
import { findChannel } from '../find-channel.js'
import type { DateDraft } from '../resolve-dates.js'
import { toSourceSpan } from '../text-map.js'
import type { QuoteSite, SpeakerContext } from './types.js'

/** Whether the source sets a block-text range in emphasis ("*Financial Times*", "_Le Monde_"). */
function emphasised(source: string, ctx: BlockContext, start: number, end: number): boolean {
  const span = toSourceSpan(ctx.block, start, end)
  const open = source.slice(Math.max(0, span.start - 2), span.start)
  const close = source.slice(span.end, span.end + 2)
  return (
    /[*_]$/u.test(open) &&
    /^[*_]/u.test(close) &&
    source.slice(span.start, span.end) === ctx.text.slice(start, end)
  )
}

/** Where a quotation's clause starts and ends, around the quotation. */
export function clauseAround(
  site: QuoteSite,
  context: SpeakerContext,
): { from: number; to: number } {
  const { quote: q, state: st } = site
  return {
    from: context.clauseStart(st, site.first.start, q.open),
    to: context.clauseEnd(st, q.close < 0 ? q.end : q.close + 1, site.last.end),
  }
}

/** The channel named in the quotation's clause ("told Axios", "on Telegram"), if any. */
export function channelOf(
  site: QuoteSite,
  context: SpeakerContext,
  source: string,
  clause: { from: number; to: number },
): string | undefined {
  const st = site.state
  const text = st.ctx.text
  const kindOfName = (name: string) => {
    const m = st.mentions.find((x) => text.slice(x.start, x.end) === name)
    return m === undefined ? undefined : context.entityKind(m.key)
  }
  return findChannel(
    context.outside(st, clause.from, clause.to),
    (name) => kindOfName(name) === 'person',
    (name, at) =>
      kindOfName(name) === 'organization' ||
      emphasised(source, st.ctx, clause.from + at, clause.from + at + name.length),
  )
}

/**
 * The date of the statement: a timeline entry's own date, else the date in the clause nearest
 * the cue, not inside the quoted words and, for a cue before the quotation, not after it.
 */
export function statementDate(
  site: QuoteSite,
  context: SpeakerContext,
  clause: { from: number; to: number },
  cueAt: number,
): DateDraft | undefined {
  const { quote: q, state: st } = site
  const text = st.ctx.text
  if (st.ctx.block.kind === 'timeline-entry') {
    const entryDate = st.dates.find((d) => text.slice(0, d.start).trim() === '')
    if (entryDate) return entryDate
  }
  const distance = (d: DateDraft) => (d.start > cueAt ? d.start - cueAt : cueAt - d.end)
  let date: DateDraft | undefined
  for (const d of st.dates) {
    if (d.start < clause.from || d.end > clause.to || context.inQuote(st, d.start)) continue
    // The day of the statement stands with its cue, not inside the reported words after it.
    if (cueAt < q.open && d.start > q.open) continue
    if (distance(d) < (date ? distance(date) : Number.POSITIVE_INFINITY)) date = d
  }
  return date
}
