import type { Claim, ClaimCluster, Statement } from '@parallax/schema'
import { earliestDay } from '../dating.js'
import { byWeight, isDuration } from '../describe.js'
import { figureSubject } from '../figure-subject.js'
import { withoutLead } from '../readable.js'
import { sentenceKey } from '../sentence-key.js'
import { leadEvent } from '../title.js'
import type { ComposeContext, SectionComposer } from '../types.js'
import { figureSummary, quantities } from './figures.js'
import { aheadOfTime } from './timeline.js'

/**
 * Bottom line: the facts with the most independent reports, each cited to every claim of its
 * cluster that tells the day's story. Clusters in conflict are left to "where accounts differ".
 * Takes every cluster with two or more independent reports up to `bottomLineMax`, and fills up to
 * `bottomLineMin` with the best-ranked single-report facts. A figure is said in a templated
 * sentence over its values (`figureSummary`) when a subject reads as a noun phrase; every other
 * fact in the best member sentence, without a digest's date before it. Left out: background (a
 * claim whose event or sentence dates more than a month before the briefing, `isBackground`:
 * 'in February last year', `Sep 13 1981 – …`); a fact that has no sentence that stands alone
 * (headlines, fragments, sentences leaning on the one before: `Ukraine rejected any such
 * concessions.`); a fact whose sentence an earlier item already shows. A length of time brings
 * the other shared lengths of time in its unit measured in the same articles (the first day's six hours with
 * the second day's two), said in the order of the days they give. What was said (a quote or a
 * characterisation) ranks after every fact with as many independent reports (`byNews`): the
 * bottom line opens on what happened, and quotes come later or not at all. A fact is never told
 * in a sentence that gives a weaker side of a hard conflict (`disputedSentences`: one digest's
 * "a 72-hour strike by 1,700 workers ended" when more articles say 48 hours and 1,400), nor in a
 * sentence of either side when no side is better supported: that would state the weaker account
 * as settled, with citations to sources that say otherwise. Another member's sentence tells it,
 * else the fact is left to "where accounts differ".
 */
export const composeBottomLine: SectionComposer<'bottom-line'> = (context) => {
  const { bottomLineMin, bottomLineMax } = context.options
  const disputed = disputedSentences(context)
  const told = (cluster: ClaimCluster) =>
    current(context, cluster).filter((claim) => !disputed.has(sentenceKey(context, claim)))
  const lead = leadOf(context, told)
  const toldLead = (cluster: ClaimCluster) =>
    told(cluster).filter((claim) => !reportsSpeech(context.sentenceText(claim)))
  const ranked = context.clusters
    .filter(
      (cluster) =>
        cluster === lead ||
        (cluster.relation !== 'conflict' && sayable(context, cluster, told(cluster))),
    )
    .sort((a, b) => Number(b === lead) - Number(a === lead) || byNews(a, b))
  const itemFor = (member: ClaimCluster): Statement | null =>
    member === lead
      ? tellWhereAndWhen(context, toldLead(member))
      : ((member.kind === 'quantity' ? figureSummary(context, member) : null) ??
        tell(context, told(member)))
  const items: Statement[] = []
  const said = new Set<string>()
  const cited = new Set<string>()
  const cite = (member: ClaimCluster) => {
    for (const claim of context.claimsOf(member)) cited.add(context.sentenceText(claim))
  }
  const taken = new Set<string>()
  let more = 0
  for (const cluster of ranked) {
    if (taken.has(cluster.id)) continue
    const shared = cluster.independent >= 2
    const claims = current(context, cluster)
    // A fact whose sentence an earlier item already shows is said: not again, not counted.
    if (claims.some((claim) => said.has(context.sentenceText(claim)))) continue
    if (items.length >= (shared ? bottomLineMax : bottomLineMin)) {
      if (shared) more += 1
      continue
    }
    for (const member of withSiblings(context, cluster, ranked, taken)) {
      if (items.length >= bottomLineMax) break
      taken.add(member.id)
      const item = itemFor(member)
      // Nor is a sentence an earlier item cites shown as an item of its own.
      if (item === null || cited.has(item.text)) continue
      items.push(item)
      said.add(item.text)
      cite(member)
    }
  }
  if (items.length === 0) return null
  return { kind: 'bottom-line', title: 'Bottom line', ...(more > 0 ? { more } : {}), items }
}

/**
 * The story's own event (`leadEvent`, the one the title names) when it can open the bottom line:
 * not background, and told in a sentence that stands alone, gives no disputed side and reports
 * no one's words (`reportsSpeech`). An event
 * whose date or place accounts dispute still opens it, in a sentence of the better-supported side
 * (the difference stays under "where accounts differ"); `null` when there is no such sentence.
 */
function leadOf(
  context: ComposeContext,
  told: (cluster: ClaimCluster) => Claim[],
): ClaimCluster | null {
  const claims = new Map<string, Claim>()
  for (const cluster of context.clusters)
    for (const id of cluster.claims) claims.set(id, context.claim(id))
  const lead = leadEvent(context.clusters, claims, context.date)
  if (!lead || lead.independent < 2) return null
  const sentences = told(lead).filter((claim) => !reportsSpeech(context.sentenceText(claim)))
  if (sentences.length === 0 || sentences.every((claim) => context.background(claim))) return null
  return context.standsAlone(sentences) ? lead : null
}

/**
 * The lead event in the sentence that says most of what happened: among those that stand alone,
 * one whose claim gives both where and when, else either, else any; cited to every told claim.
 */
function tellWhereAndWhen(context: ComposeContext, told: readonly Claim[]): Statement | null {
  if (told.length === 0) return null
  const facts = (claim: Claim) =>
    claim.kind === 'event' ? Number(claim.where !== null) + Number(claim.when !== null) : 0
  const alone = told.filter((claim) => context.standsAlone([claim]))
  let most = 0
  for (const claim of alone) most = Math.max(most, facts(claim))
  const best = alone.filter((claim) => facts(claim) === most)
  const pick = best.length > 0 ? best : told
  const said = undated(context.extract(pick))
  const rest = told.filter((claim) => !pick.includes(claim))
  if (rest.length === 0) return said
  const more = context.statement(said.text, rest).citations
  return {
    ...said,
    citations: [...said.citations, ...more.filter((id) => !said.citations.includes(id))],
  }
}

/**
 * A sentence that quotes someone, or whose main clause reports speech ("Zelensky said Russia
 * launched…"): it tells what was said, not what happened. A closing attribution (", officials
 * said") does not count.
 */
const reportsSpeech = (sentence: string) =>
  /["“”]/u.test(sentence) || /^[^,;:]{0,60}\b(?:said|says|told|tells)\b/iu.test(sentence)

/** A cluster of what someone said (a quote, a characterisation), not of what happened. */
const isSaid = (cluster: ClaimCluster) =>
  cluster.kind === 'quote' || cluster.kind === 'characterisation'

/**
 * Most independent reports first; among as many, what happened before what was said (`isSaid`);
 * then `byWeight` (most articles, then id). Articles are no independent reports: a quote two
 * outlets ran from one agency copy does not outrank a fact three reports found on their own.
 */
export function byNews(a: ClaimCluster, b: ClaimCluster): number {
  return b.independent - a.independent || Number(isSaid(a)) - Number(isSaid(b)) || byWeight(a, b)
}

/**
 * A claim whose sentence dates it (`when`: a day, else a month or a week nearest its words) to a
 * time that ended more than `staleDays` (7) before the briefing: an earlier step (a digest's
 * 'Feb 2026 – Prosecutors ask for nine years' in a briefing of 13 March), not the day's news,
 * though not old enough to be background.
 */
function stale(context: ComposeContext, claim: Claim, staleDays = 7): boolean {
  const day = context.when(claim)
  if (!day) return false
  const end = Date.parse(`${day.end}T00:00:00Z`)
  return end < Date.parse(`${context.date}T00:00:00Z`) - staleDays * 86_400_000
}

/** The cluster's claims that are not background to the briefing's date (all, when every one is). */
function current(context: ComposeContext, cluster: ClaimCluster) {
  const claims = context.claimsOf(cluster)
  const news = claims.filter((claim) => !context.background(claim))
  if (news.length === 0) return claims
  // Neither an earlier day's step nor an expectation whose day has passed is the day's news.
  return news.filter((claim) => !stale(context, claim) && !aheadOfTime(context, claim))
}

/**
 * True when the cluster can be said in a templated figure or in a sentence that stands alone
 * among `told` (its current claims whose sentences give no side of a hard conflict).
 */
function sayable(context: ComposeContext, cluster: ClaimCluster, told: readonly Claim[]): boolean {
  const claims = context.claimsOf(cluster)
  if (claims.every((claim) => context.background(claim))) return false
  if (current(context, cluster).length === 0) return false
  if (cluster.kind === 'quantity') {
    const figures = quantities(context, cluster)
    if (figures.length === 0) return false
    if (figureSubject(context, figures)) return true
  }
  return told.length > 0 && context.standsAlone(told)
}

/** A fact said in its best told sentence, or `null` when every sentence of it is disputed. */
function tell(context: ComposeContext, told: readonly Claim[]): Statement | null {
  return told.length > 0 ? undated(context.extract(told)) : null
}

/**
 * The sentences (`sentenceKey`) that give a weaker side of a hard conflict: for each hard
 * `ConflictDetail`, the claims of every value that fewer articles give than the best-supported
 * one, or of every value when no value is given by more articles than all others. Stricter than
 * the context's `minorityAccounts`, which only steers `extract`'s choice of words away from a
 * minority value of any conflict: here such a sentence is neither shown nor cited.
 */
export function disputedSentences(context: ComposeContext): Set<string> {
  const out = new Set<string>()
  for (const cluster of context.clusters)
    for (const detail of cluster.conflicts ?? []) {
      if (detail.severity !== 'hard') continue
      const sides = sidesOf(context, detail.values)
      let best = 0
      for (const side of sides.values()) best = Math.max(best, side.articles.size)
      const settled = [...sides.values()].filter((side) => side.articles.size === best).length === 1
      for (const side of sides.values()) {
        if (settled && side.articles.size === best) continue
        for (const id of side.claims) out.add(sentenceKey(context, context.claim(id)))
      }
    }
  return out
}

/**
 * A conflict's sides, each with its claims and articles: values that give one figure in other
 * words ('6.1 quakes', '6.1 magnitudes') are one side (`sideKey`).
 */
function sidesOf(
  context: ComposeContext,
  values: ReadonlyArray<{ value: string; claims: readonly string[] }>,
): Map<string, { claims: string[]; articles: Set<string> }> {
  const sides = new Map<string, { claims: string[]; articles: Set<string> }>()
  for (const value of values) {
    const key = sideKey(context, value)
    const side = sides.get(key) ?? { claims: [], articles: new Set<string>() }
    for (const id of value.claims) {
      side.claims.push(id)
      side.articles.add(context.claim(id).provenance.article)
    }
    sides.set(key, side)
  }
  return sides
}

/**
 * Which side of a conflict a value is on: its number when every claim of it is a figure of one
 * number and hedge (the unit's wording aside), else the value as the aligner writes it.
 */
function sideKey(context: ComposeContext, value: { value: string; claims: readonly string[] }) {
  const figures = new Set(
    value.claims.map((id) => {
      const claim = context.claim(id)
      return claim.kind === 'quantity' ? `#${claim.hedge ?? ''} ${claim.value}` : null
    }),
  )
  const [only] = figures
  return figures.size === 1 && only ? only : value.value.trim().toLowerCase()
}

/** A bottom-line fact without a digest entry's date before it (`Mar 12 2026 – …`). */
const undated = (statement: Statement): Statement => ({
  ...statement,
  text: withoutLead(statement.text, true),
})

/**
 * The other lengths of time in the same unit, shared by two independent reports or more and not
 * yet said, whose clusters share an article with a length-of-time cluster: the same talks' other
 * days.
 */
function siblingDurations(
  context: ComposeContext,
  cluster: ClaimCluster,
  ranked: readonly ClaimCluster[],
  taken: ReadonlySet<string>,
): ClaimCluster[] {
  const units = (c: ClaimCluster) =>
    quantities(context, c).flatMap((claim) => (isDuration(claim) ? [claim.unit] : []))
  const own = new Set(units(cluster))
  if (cluster.kind !== 'quantity' || own.size === 0) return []
  const articles = new Set(cluster.articles)
  return ranked.filter(
    (other) =>
      other !== cluster &&
      !taken.has(other.id) &&
      other.kind === 'quantity' &&
      other.independent >= 2 &&
      units(other).some((unit) => own.has(unit)) &&
      other.articles.some((article) => articles.has(article)),
  )
}

/** The cluster and its sibling lengths of time (`siblingDurations`), in the order of their days. */
function withSiblings(
  context: ComposeContext,
  cluster: ClaimCluster,
  ranked: readonly ClaimCluster[],
  taken: ReadonlySet<string>,
): ClaimCluster[] {
  const group = [cluster, ...siblingDurations(context, cluster, ranked, taken)]
  if (group.length > 1) group.sort((a, b) => dayOf(context, a).localeCompare(dayOf(context, b)))
  return group
}

/** The earliest day a cluster's sentences give (`claimDay`), `'~'` (last) when none. */
function dayOf(context: ComposeContext, cluster: ClaimCluster): string {
  return earliestDay(context.claimsOf(cluster).map((claim) => context.day(claim))) ?? '~'
}
