/**
 * Measures of one parsed crawl against its gold file: kept blocks, metadata, quotations and
 * their speakers. Pure functions over plain data, so the scorer and its test share them.
 */
import type { Article } from '@parallax/schema'

/** The gold of one crawl: what a careful reader keeps, and who says what. */
export interface Gold {
  /** `null` when the page holds no article (an index of headlines); absent otherwise. */
  article?: null
  title: string | null
  outlet: string | null
  date: string | null
  byline: string[]
  /** Kept text, one entry per block, markup stripped. */
  blocks: string[]
  /** A distinctive stretch of each quotation and who says it. */
  quotes: { text: string; speaker: string }[]
}

/** Counts of one crawl; sums over crawls give the figures. */
export interface CrawlCounts {
  blocksKept: number
  blocksGold: number
  blocksMatched: number
  metadataRight: number
  metadataFields: number
  /** Per field: `right` or what was found instead. */
  metadataNotes: string[]
  quotesGold: number
  quotesFound: number
  speakersRight: number
  speakerNotes: string[]
  /** Quotations whose words lie in no gold block (mined from chrome). */
  boilerplateQuotes: number
  boilerplateNotes: string[]
  /** Whether "article or not" was judged right. */
  articleRight: boolean
}

/** Text folded for comparison: NFKC, invisible characters and `[n]` markers out, quotes plain, lower case, single spaces. */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/\[\d+\]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

const nameTokens = (name: string) =>
  fold(name)
    .replace(/[^\p{L}\s'-]/gu, ' ')
    .split(/\s+/)
    .filter((t) => t.length > 0 && !/^(dr|mr|mrs|ms|kc)$/.test(t))

/** A predicted speaker name is right when its surname is the gold surname and any first name agrees. */
export function sameSpeaker(predicted: string, gold: string): boolean {
  const p = nameTokens(predicted)
  const g = nameTokens(gold)
  if (p.length === 0 || g.length === 0) return false
  if (p[p.length - 1] !== g[g.length - 1]) return false
  return p.length === 1 || p[0] === g[0]
}

const names = (byline: string | null): string[] =>
  (byline ?? '')
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((n) => fold(n))
    .filter((n) => n.length > 0)

/** Compare a parsed article (or `null`) with the gold of its crawl. */
export function scoreCrawl(article: Article | null, gold: Gold): CrawlCounts {
  const counts: CrawlCounts = {
    blocksKept: 0,
    blocksGold: gold.blocks.length,
    blocksMatched: 0,
    metadataRight: 0,
    metadataFields: 0,
    metadataNotes: [],
    quotesGold: gold.quotes.length,
    quotesFound: 0,
    speakersRight: 0,
    speakerNotes: [],
    boilerplateQuotes: 0,
    boilerplateNotes: [],
    articleRight: (article === null) === (gold.article === null),
  }
  if (gold.article === null) {
    if (article) {
      counts.blocksKept = article.blocks.length
      counts.boilerplateQuotes = article.annotations.quotations.length
      for (const q of article.annotations.quotations) counts.boilerplateNotes.push(q.text)
    }
    return counts
  }
  const kept = (article?.blocks ?? []).map((b) => fold(b.text))
  counts.blocksKept = kept.length
  const pool = gold.blocks.map(fold)
  const unused = new Map<string, number>()
  for (const g of pool) unused.set(g, (unused.get(g) ?? 0) + 1)
  for (const k of kept) {
    const left = unused.get(k) ?? 0
    if (left > 0) {
      counts.blocksMatched++
      unused.set(k, left - 1)
    }
  }
  const field = (name: string, right: boolean, found: unknown) => {
    counts.metadataFields++
    if (right) counts.metadataRight++
    else counts.metadataNotes.push(`${name}: ${JSON.stringify(found)}`)
  }
  field('title', fold(article?.title ?? '') === fold(gold.title ?? ''), article?.title ?? null)
  field('outlet', fold(article?.outlet ?? '') === fold(gold.outlet ?? ''), article?.outlet ?? null)
  const published = article?.published
  const date = published?.status === 'known' ? published.date : null
  field('date', date === gold.date, published ?? null)
  const by = names(article?.byline ?? null)
  const goldBy = gold.byline.map(fold)
  field(
    'byline',
    by.length === goldBy.length && goldBy.every((n) => by.includes(n)),
    article?.byline ?? null,
  )
  const quotations = article?.annotations.quotations ?? []
  for (const q of gold.quotes) {
    const want = fold(q.text).replace(/[.,]$/, '')
    const hit = quotations.find((x) => {
      const t = fold(x.text)
      return t.includes(want) || (want.includes(t) && t.length >= 12)
    })
    if (!hit) {
      counts.speakerNotes.push(`missed quote: ${q.text}`)
      continue
    }
    counts.quotesFound++
    const said = hit.speaker.status === 'attributed' ? hit.speaker.name : null
    if (said && sameSpeaker(said, q.speaker)) counts.speakersRight++
    else
      counts.speakerNotes.push(
        `"${q.text.slice(0, 40)}…" → ${said ?? hit.speaker.status} (gold ${q.speaker})`,
      )
  }
  const goldText = pool.join('\n')
  for (const x of quotations) {
    if (!goldText.includes(fold(x.text))) {
      counts.boilerplateQuotes++
      counts.boilerplateNotes.push(x.text)
    }
  }
  return counts
}
