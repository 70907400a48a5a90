import type { Span } from '@parallax/schema'
import { isNavigationChrome } from './clean/navigation.js'
import { gluedHeadingSplit } from './glued-heading.js'
import { makeBlock, trim } from './make-block.js'
import { paragraphRanges } from './paragraphs.js'
import { readDateLine } from './publication-date.js'
import { isHeadingLike, isTitleLike, wordsOf } from './shape.js'
import { sliceBlock } from './slice-block.js'
import { timelineDateText } from './timeline.js'
import type { DraftBlock, FoundMetadata, ReadResult } from './types.js'

/** Options of `readParagraphs`. */
export interface ReadParagraphsOptions {
  /** Turn `[n]` markers into references. Default: `true`. */
  citations?: boolean
  /** Split title-case headings glued to a paragraph's first sentence. Default: `false`. */
  gluedHeadings?: boolean
  /** Undo line-end hyphenation. Default: `false`. */
  dehyphenate?: boolean
  /** Document vocabulary for dehyphenation. Default: none. */
  vocabulary?: ReadonlySet<string> | null
  /** Source ranges to leave out of any block's text (page numbers inside a reflowed paragraph). Default: none. */
  exclude?: readonly Span[]
}

/** How many paragraph ranges from the top a publication date line may stand. */
const DATE_LINE_REACH = 8

const LIST_MARKER = /^[ \t]*(?:[•●▪◦‣∙·*+]|-(?=\s)|\d{1,3}[.)])[ \t\u00a0]+/

/**
 * Blocks of text already cut into paragraph ranges: a line among the short lines at the top that
 * only states a date ("Published 12 May 2024", "Updated: March 3, 2025 10:42 GMT") is the
 * publication date (removed as `boilerplate`); the first non-chrome range that reads like a title
 * (one short line, more text after it) becomes the title; short lines followed by prose become
 * headings; bullet lines list items; the rest paragraphs.
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: pre-existing (55); to split by pattern (issue 9)
export function readParagraphs(
  source: string,
  ranges: readonly Span[],
  options?: Readonly<ReadParagraphsOptions>,
): ReadResult {
  const blocks: DraftBlock[] = []
  const result: ReadResult = { blocks, removed: [], metadata: {}, diagnostics: [] }
  const metadata: FoundMetadata = result.metadata
  let publishedIsUpdate = false
  const oneLine = (r: Span) => !source.slice(r.start, r.end).trim().includes('\n')
  const textOf = (r: Span) => source.slice(r.start, r.end).trim()
  // Date lines ("Published 12 May 2024") among the short lines before the first prose.
  const dateLines = new Set<number>()
  for (let k = 0; k < ranges.length && k < DATE_LINE_REACH; k++) {
    const t = textOf(ranges[k]!)
    if (!oneLine(ranges[k]!) || wordsOf(t).length > 20) break
    const read = readDateLine(t)
    if (!read) continue
    dateLines.add(k)
    if (!metadata.published || (read.updated === false && publishedIsUpdate)) {
      metadata.published = { value: { date: read.date, datetime: read.datetime }, origin: 'text' }
      publishedIsUpdate = read.updated
    }
  }
  let titleIndex = -1
  for (let k = 0; k < ranges.length; k++) {
    const t = textOf(ranges[k]!)
    if (isNavigationChrome(t) || dateLines.has(k)) continue
    if (
      oneLine(ranges[k]!) &&
      isTitleLike(t) &&
      !LIST_MARKER.test(t) &&
      !timelineDateText(t) &&
      k < ranges.length - 2
    )
      titleIndex = k
    break
  }
  for (let k = 0; k < ranges.length; k++) {
    const range = ranges[k]!
    const t = textOf(range)
    if (dateLines.has(k)) {
      const span = trim(source, range)
      if (span)
        result.removed.push({
          span,
          reason: 'boilerplate',
          detail: 'date-line: publication date line',
        })
      continue
    }
    if (k === titleIndex) {
      const { block } = makeBlock(source, range, 'heading')
      if (block) {
        metadata.title = { value: block.text, origin: 'text' }
        result.removed.push({
          span: block.span,
          reason: 'title',
          detail: 'title: first line of the text',
        })
      }
      continue
    }
    const marker = LIST_MARKER.exec(source.slice(range.start, range.end))
    let kind: DraftBlock['kind'] = 'paragraph'
    const markup: Span[] = (options?.exclude ?? []).filter(
      (x) => x.start >= range.start && x.end <= range.end,
    )
    if (marker) {
      kind = 'list-item'
      markup.unshift({ start: range.start, end: range.start + marker[0].length })
    } else if (oneLine(range) && isHeadingLike(t) && !isNavigationChrome(t)) {
      const next = ranges[k + 1]
      if (next && !isHeadingLike(textOf(next))) kind = 'heading'
    }
    const made = makeBlock(source, range, kind, {
      citations: options?.citations ?? true,
      markup,
      dehyphenate: options?.dehyphenate ?? false,
      vocabulary: options?.vocabulary ?? null,
    })
    for (const r of made.removed) result.removed.push(r)
    if (!made.block) continue
    if (options?.gluedHeadings && kind === 'paragraph' && !timelineDateText(made.block.text)) {
      const at = gluedHeadingSplit(made.block.text)
      if (at !== null) {
        const heading = sliceBlock(made.block, 0, at, 'heading')
        const body = sliceBlock(made.block, at, made.block.text.length, 'paragraph')
        if (heading && body) {
          heading.level = 2
          blocks.push(heading, body)
          continue
        }
      }
    }
    blocks.push(made.block)
  }
  return result
}

/** Plain-text reading: paragraphs by blank lines, or one per line where lines are not hard-wrapped. */
export function readPlainText(
  source: string,
  options?: Readonly<ReadParagraphsOptions>,
): ReadResult {
  return readParagraphs(source, paragraphRanges(source), options)
}
