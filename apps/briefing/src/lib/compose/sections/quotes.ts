import { english } from '@parallax/annotate/english'
import type {
  ClaimCluster,
  DiffSegment,
  QuoteClaim,
  QuotesSection,
  QuoteVariant,
} from '@parallax/schema'
import { byWeight, listPhrase, mostCommon } from '../describe.js'
import type { ComposeContext, SectionComposer } from '../types.js'

type Speaker = QuotesSection['speakers'][number]

const speakerKey = (claim: QuoteClaim) =>
  claim.speaker ? (claim.speaker.key ?? `name:${claim.speaker.name.toLowerCase()}`) : 'unknown'

/**
 * Who said what: quote clusters grouped by speaker (the speaker most members name), speakers
 * ranked by the independent reports of their statements. Each statement lists every distinct
 * wording (identical words from several outlets are one variant with all their citations) and
 * the aligner's word-level diff, the most shared first, then full quotes before partial ones,
 * then the fewest words of their own; a note says when outlets name different speakers.
 */
export const composeQuotes: SectionComposer<'quotes'> = (context) => {
  const { speakersMax, quotesPerSpeakerMax, quotesMax } = context.options
  const groups = new Map<string, { clusters: ClaimCluster[]; claims: QuoteClaim[] }>()
  for (const cluster of context.clusters.filter((c) => c.kind === 'quote').sort(byWeight)) {
    const claims = context.claimsOf(cluster).filter((c): c is QuoteClaim => c.kind === 'quote')
    const lead =
      mostCommon(
        claims.filter((claim) => claim.speaker !== null),
        speakerKey,
      ) ?? claims[0]
    if (!lead) continue
    const key = speakerKey(lead)
    const group = groups.get(key) ?? { clusters: [], claims: [] }
    group.clusters.push(cluster)
    for (const claim of claims) if (speakerKey(claim) === key) group.claims.push(claim)
    groups.set(key, group)
  }
  const ranked = [...groups.entries()].sort(
    ([ka, a], [kb, b]) =>
      (ka === 'unknown' ? 1 : 0) - (kb === 'unknown' ? 1 : 0) ||
      weight(b.clusters) - weight(a.clusters) ||
      byWeight(a.clusters[0] as ClaimCluster, b.clusters[0] as ClaimCluster),
  )
  const speakers: Speaker[] = []
  let more = 0
  let total = 0
  for (const [key, group] of ranked) {
    const room = Math.min(quotesPerSpeakerMax, quotesMax - total)
    if (speakers.length >= speakersMax || room <= 0) {
      more += group.clusters.length
      continue
    }
    const shown = withoutFragments(context, group.clusters)
      .filter((cluster) => key !== 'unknown' || !scareQuote(context, cluster))
      .slice(0, room)
    // Unattributed words that are all scare quotes say nothing: no speaker without a statement.
    if (shown.length === 0) continue
    total += shown.length
    const cut = group.clusters.length - shown.length
    const named = group.claims.map((claim) => claim.speaker).filter((s) => s !== null)
    const name = key === 'unknown' ? 'Unattributed' : mostCommon(named, (s) => s.name)?.name
    const role = mostCommon(
      named.flatMap((s) => {
        const r = s.role ? roleLabel(s.role) : null
        return r ? [r] : []
      }),
      (r) => r,
    )
    speakers.push({
      name: name ?? 'Unattributed',
      ...(role ? { role } : {}),
      ...(cut > 0 ? { more: cut } : {}),
      statements: shown.map((cluster) => quoteStatement(context, cluster)),
    })
  }
  if (speakers.length === 0) return null
  return { kind: 'quotes', title: 'Who said what', ...(more > 0 ? { more } : {}), speakers }
}

/** Words of a quote, lower-cased, for finding one quote inside another. */
const wordsOf = (text: string) =>
  ` ${(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `

/**
 * True when a cluster's quotes are all three words or fewer: with no speaker, such words in
 * quotation marks ('savings wallets') are a term the outlet marks, not a statement.
 */
export function scareQuote(context: ComposeContext, cluster: ClaimCluster): boolean {
  return context
    .claimsOf(cluster)
    .every((claim) => claim.kind !== 'quote' || wordsOf(claim.quote).trim().split(' ').length <= 3)
}

/**
 * A statement's wordings without fragments: a wording held word for word in a longer one
 * (`soon` in `the next meeting will take place soon.`) is that wording cut short, not a quote of
 * its own; its claims join the longest wording holding it, whose words their sentences hold too.
 */
export function foldFragments<T extends { text: string; claims: QuoteClaim[] }>(
  variants: readonly T[],
): T[] {
  const byLength = variants
    .map((variant) => ({ variant, words: wordsOf(variant.text) }))
    .sort((a, b) => b.words.length - a.words.length)
  const kept: typeof byLength = []
  for (const entry of byLength) {
    const holder = kept.find(
      (other) => other.words.length > entry.words.length && other.words.includes(entry.words),
    )
    if (holder) for (const claim of entry.variant.claims) holder.variant.claims.push(claim)
    else kept.push(entry)
  }
  return variants.filter((variant) => kept.some((entry) => entry.variant === variant))
}

/**
 * A speaker's statements without fragments: a statement whose every wording is held, word for
 * word, in a longer wording of another of the speaker's statements (`soon` in `the next meeting
 * will take place soon`, `rebuild every home` in `we will rebuild every home, every school`) is
 * the same words cut short, not a statement of its own.
 */
export function withoutFragments(
  context: ComposeContext,
  clusters: readonly ClaimCluster[],
): ClaimCluster[] {
  const quotes = (cluster: ClaimCluster) =>
    context
      .claimsOf(cluster)
      .filter((c): c is QuoteClaim => c.kind === 'quote')
      .map((claim) => wordsOf(claim.quote))
  const all = clusters.map((cluster) => ({ cluster, words: quotes(cluster) }))
  return all
    .filter(
      ({ cluster, words }) =>
        words.length === 0 ||
        // A statement whose speaker is disputed keeps its row: the note says who differs.
        (cluster.conflicts?.length ?? 0) > 0 ||
        !words.every((fragment) =>
          all.some(
            (other) =>
              other.cluster !== cluster &&
              other.words.some((w) => w.length > fragment.length && w.includes(fragment)),
          ),
        ),
    )
    .map(({ cluster }) => cluster)
}

const weight = (clusters: readonly ClaimCluster[]) =>
  clusters.reduce((sum, cluster) => sum + cluster.independent, 0)

function quoteStatement(
  context: ComposeContext,
  cluster: ClaimCluster,
): Speaker['statements'][number] {
  const claims = context
    .claimsOf(cluster)
    .filter((c): c is QuoteClaim => c.kind === 'quote')
    .sort(
      (a, b) =>
        context.sourceNumber(a.provenance.article) - context.sourceNumber(b.provenance.article),
    )
  const diffs = new Map((cluster.wordings ?? []).map((w) => [w.claim, w.diff]))
  const variants: { text: string; claims: QuoteClaim[] }[] = []
  for (const claim of claims) {
    const same = variants.find((v) => v.text === claim.quote)
    if (same) same.claims.push(claim)
    else variants.push({ text: claim.quote, claims: [claim] })
  }
  const shown = foldFragments(variants)
    .sort(
      (a, b) =>
        b.claims.length - a.claims.length ||
        Number((a.claims[0] as QuoteClaim).partial) - Number((b.claims[0] as QuoteClaim).partial) ||
        changedWords(diffs.get((a.claims[0] as QuoteClaim).id)) -
          changedWords(diffs.get((b.claims[0] as QuoteClaim).id)) ||
        b.text.length - a.text.length,
    )
    .slice(0, context.options.wordingsMax)
  const out: QuoteVariant[] = shown.map((variant) => {
    const lead = variant.claims[0] as QuoteClaim
    const diff = diffs.get(lead.id)
    const context_ = channelPhrase(
      lead.channel,
      variant.claims.map((claim) => context.outlet(claim.provenance.article)),
    )
    return {
      text: variant.text,
      ...(context_ ? { context: context_ } : {}),
      diff:
        diff && diff.map((run) => run.text).join('') === variant.text
          ? diff
          : [{ text: variant.text, changed: false }],
      citations: context.statement(variant.text, variant.claims).citations,
    }
  })
  const note = speakerNote(context, claims, cluster)
  return { ...(note ? { note } : {}), variants: out }
}

/**
 * A speaker's role as a label after the name: without an opening possessive ('His lawyer' →
 * 'lawyer'); `null` for a role of more than eight words, which is a clause the parser took for
 * a role, not a title.
 */
export function roleLabel(role: string): string | null {
  const r = role
    .trim()
    .replace(/^(?:his|her|their|its|our)\s+/i, '')
    .trim()
  if (r.length === 0 || r.split(/\s+/).length > 8) return null
  return r
}

const platforms = new Set(english.platforms.map((p) => p.toLowerCase()))

/**
 * Where words were said, as a phrase after the outlet: a platform is `on X`, an audience (a
 * plural noun) `to reporters`, a document `in a statement`, a named outlet `to Axios`; nothing
 * when the channel is the reporting outlet itself (TIME's own interview is not "TIME, to TIME").
 */
export function channelPhrase(
  channel: string | undefined,
  outlets: readonly string[],
): string | undefined {
  const c = channel?.trim()
  if (!c) return undefined
  const lower = c.toLowerCase()
  if (outlets.some((outlet) => outlet.toLowerCase() === lower)) return undefined
  if (platforms.has(lower)) return `on ${c}`
  if (/^\p{Ll}/u.test(c)) {
    if (/^(?:the|a|an|his|her|their|its)\s/i.test(c)) return `in ${c}`
    return /[^s]s$/.test(lower) ? `to ${c}` : `in a ${c}`
  }
  return `to ${c}`
}

/** `Outlets differ on who said it: TIME names Medinsky; BBC News names Umerov.` */
function speakerNote(
  context: ComposeContext,
  claims: readonly QuoteClaim[],
  cluster: ClaimCluster,
): string | null {
  const bySpeaker = new Map<string, { name: string; outlets: string[] }>()
  for (const claim of claims) {
    const key = speakerKey(claim)
    const entry = bySpeaker.get(key) ?? { name: claim.speaker?.name ?? 'no one', outlets: [] }
    const outlet = context.outlet(claim.provenance.article)
    if (!entry.outlets.includes(outlet)) entry.outlets.push(outlet)
    bySpeaker.set(key, entry)
  }
  const disputed = cluster.conflicts?.find((c) => c.field.startsWith('speaker'))
  if (bySpeaker.size < 2 && !disputed) return null
  if (bySpeaker.size < 2 && disputed) {
    const parts = disputed.values.map((value) => {
      const outlets = [
        ...new Set(
          value.claims
            .map((id) => claims.find((claim) => claim.id === id))
            .filter((claim) => claim !== undefined)
            .map((claim) => context.outlet(claim.provenance.article)),
        ),
      ]
      return `${listPhrase(outlets)} ${outlets.length > 1 ? 'give' : 'gives'} ${value.value}`
    })
    return `Outlets name the speaker differently: ${parts.join('; ')}.`
  }
  const parts = [...bySpeaker.values()].map(
    (entry) =>
      `${listPhrase(entry.outlets)} ${entry.outlets.length > 1 ? 'attribute' : 'attributes'} it to ${entry.name}`,
  )
  return `Outlets differ on who said it: ${parts.join('; ')}.`
}

/** How many words a wording has that no other wording has (0 without a diff). */
function changedWords(diff: readonly DiffSegment[] | undefined): number {
  return (diff ?? [])
    .filter((run) => run.changed)
    .reduce((sum, run) => sum + (run.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0)
}
