import { extractArticle } from '@parallax/html-extract'
import type { Span } from '@parallax/schema'
import type { DraftBlock, DraftRemoval, FoundMetadata, ReadResult, SourcePlugin } from '../types.js'

const HTML_START = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<meta[\s>]|<!--)/i
const TAGS =
  /<\/?(?:p|div|span|a|article|section|h[1-6]|body|head|title|meta|script|link)\b[^<>]*>/gi

/**
 * Saved HTML pages: main content and metadata through @parallax/html-extract (hast-util-from-html
 * underneath). Blocks and spans index the HTML source text; everything outside the extracted
 * blocks and the extractor's own removals is recorded as `markup` (tags, scripts, page chrome).
 */
export default function sourceHtml(): SourcePlugin {
  return {
    id: 'html',
    detect(text) {
      if (HTML_START.test(text)) return 0.95
      const tags = (text.slice(0, 20000).match(TAGS) ?? []).length
      return tags >= 5 ? 0.7 : 0
    },
    read(text, context): ReadResult {
      const extraction = extractArticle(text, { url: context.manifest?.url ?? null })
      const ids = new Map<string, number>()
      const blocks: DraftBlock[] = extraction.blocks.map(({ id, ...rest }, index) => {
        ids.set(id, index)
        return rest
      })
      const removed: DraftRemoval[] = extraction.removed.map(({ duplicateOf, ...rest }) => {
        const index = duplicateOf ? ids.get(duplicateOf) : undefined
        return index === undefined ? rest : { ...rest, duplicateOf: index }
      })
      const covered: Span[] = []
      for (const b of blocks) covered.push(b.span)
      for (const r of removed) covered.push(r.span)
      for (const gap of uncovered(text, covered)) removed.push(gap)
      const m = extraction.metadata
      const o = m.origins
      const metadata: FoundMetadata = {}
      if (m.title) metadata.title = { value: m.title, origin: o.title ?? 'html' }
      if (m.byline) metadata.byline = { value: m.byline, origin: o.byline ?? 'html' }
      if (m.siteName) metadata.outlet = { value: m.siteName, origin: o.siteName ?? 'meta-tag' }
      if (m.url) metadata.url = { value: m.url, origin: o.url ?? 'html' }
      if (m.language) metadata.language = { value: m.language, origin: o.language ?? 'html' }
      if (m.published) {
        metadata.published = {
          value: { date: m.published.date, datetime: m.published.datetime },
          origin: m.published.origin,
        }
      }
      const diagnostics = extraction.diagnostics.map((d) => ({ ...d, file: context.path }))
      return { blocks, removed, metadata, diagnostics }
    },
  }
}

/** Non-whitespace stretches of `text` outside every span, as `markup` removals. */
function uncovered(text: string, spans: readonly Span[]): DraftRemoval[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  const out: DraftRemoval[] = []
  let at = 0
  const gap = (start: number, end: number) => {
    let s = start
    let e = end
    while (s < e && /\s/.test(text[s]!)) s++
    while (e > s && /\s/.test(text[e - 1]!)) e--
    if (e > s)
      out.push({
        span: { start: s, end: e },
        reason: 'markup',
        detail: 'markup: page content outside the extracted article (tags, scripts, chrome)',
      })
  }
  for (const span of sorted) {
    if (span.start > at) gap(at, span.start)
    at = Math.max(at, span.end)
  }
  if (at < text.length) gap(at, text.length)
  return out
}
