import type { Span } from '@parallax/schema'
import type { ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { readFrontMatter } from '../front-matter.js'
import { makeBlock, trim as trimRange } from '../make-block.js'
import { cardLinkBlocks } from '../markdown/card-links.js'
import { htmlTableRows } from '../markdown/html-table.js'
import { isHardWrapped, type Line, linesOf } from '../paragraphs.js'
import { wordsOf } from '../shape.js'
import type { DraftBlock, ReadContext, ReadResult, SourcePlugin } from '../types.js'
import {
  altOf,
  hrefsOf,
  isAllEmphasis,
  isBlank,
  isImage,
  isSetApartCaption,
  linkShare,
  MAX_CAPTION_WORDS,
  markupOf,
  offsets,
  replacementsOf,
} from './markdown-nodes.js'
import { type BlockFacts, readPage } from './markdown-page.js'

const FRONT_MATTER = /^---[ \t]*\n[\s\S]*?\n---[ \t]*(?:\n|$)/
const MD_SIGNALS = /^(?:#{1,6} |[*+-] |> |\d+\. )|\[[^\]\n]+\]\([^)\n]+\)|\*\*[^*\n]+\*\*/gm

/**
 * Markdown, as web clippers save articles or crawlers save whole pages: YAML front matter
 * (title, source URL, date, description), then the page in Markdown, often one paragraph per
 * line. Parsed with remark-parse, remark-gfm (tables) and remark-frontmatter: lists, block
 * quotes, tables and headings come from the tree, so a line after a list item or a quote that
 * CommonMark folds into it ("lazy continuation") is read as the paragraph it is. Block text comes
 * from the text nodes, so markup (`#`, `*`, link targets, images) is left out of the text but
 * stays inside the block's span. Page chrome (menus, the masthead above the headline, footers)
 * is removed by `readPage`.
 */
export default function sourceMarkdownClip(): SourcePlugin {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml'])
  return {
    id: 'markdown-clip',
    detect(text) {
      if (FRONT_MATTER.test(text)) return 0.95
      const signals = (text.slice(0, 20000).match(MD_SIGNALS) ?? []).length
      return signals >= 3 ? Math.min(0.6, 0.1 * signals) : 0
    },
    read(text, context) {
      const tree = processor.parse(text) as Root
      const read = readTree(text, tree, context)
      return readPage(read.result, read.facts, context.path)
    },
  }
}

/**
 * Lines of a paragraph inside a list item or block quote that CommonMark's lazy continuation
 * folded into it: a line indented less than the item's content, or without the quote's `>`.
 * Returns the index of the first such line, or -1.
 */
function firstLazyLine(
  source: string,
  lines: readonly Line[],
  container: 'list' | 'quote',
  column: number,
): number {
  for (let k = 1; k < lines.length; k++) {
    const line = source.slice(lines[k]!.start, lines[k]!.end)
    if (container === 'quote' ? !/^\s{0,3}>/.test(line) : /^\s*/.exec(line)![0].length < column - 1)
      return k
  }
  return -1
}

function readTree(
  source: string,
  tree: Root,
  context: ReadContext,
): { result: ReadResult; facts: BlockFacts[] } {
  const result: ReadResult = { blocks: [], removed: [], metadata: {}, diagnostics: [] }
  const facts: BlockFacts[] = []
  const push = (range: Span, node: Nodes, kind: DraftBlock['kind'], level?: number) => {
    let markup = markupOf(source, node, range)
    let replace = replacementsOf(source, node, range)
    if (node.type === 'tableRow') {
      // The pipes between cells read as a space ("| Albany | 1,100 |" → "Albany 1,100").
      const inner = markup.filter((m) => m.start > range.start && m.end < range.end)
      markup = markup.filter((m) => !inner.includes(m))
      replace = [...replace, ...inner.map((m) => ({ ...m, text: ' ' }))].sort(
        (a, b) => a.start - b.start,
      )
    }
    const made = makeBlock(source, range, kind, {
      markup,
      replace,
      ...(level ? { level } : {}),
    })
    for (const removal of made.removed) result.removed.push(removal)
    if (made.block) {
      result.blocks.push(made.block)
      facts.push({
        links: linkShare(node, range),
        setApart: node.type === 'paragraph' && isAllEmphasis(node),
        hrefs: hrefsOf(node, range),
        row: node.type === 'tableRow',
        card: false,
      })
    }
  }
  const lines = (range: Span, node: Nodes, kind: DraftBlock['kind']) => {
    const all = linesOf(source, range.start, range.end)
    if (all.length > 1 && !isHardWrapped(source, all)) {
      for (const line of all) push(line, node, kind)
    } else push(range, node, kind)
  }
  /** A table kept as raw HTML: its rows and paragraphs are blocks, the tags around them markup (see `htmlTableRows`). */
  const htmlTable = (range: Span): boolean => {
    const rows = htmlTableRows(source, range)
    if (rows.length === 0) return false
    const gap = (start: number, end: number) => {
      const span = trimRange(source, { start, end })
      if (span) result.removed.push({ span, reason: 'markup', detail: 'markup: HTML table tags' })
    }
    let at = range.start
    for (const row of rows) {
      gap(at, row.span.start)
      at = row.span.end
      const made = makeBlock(source, row.span, row.heading ? 'heading' : 'paragraph', {
        markup: row.markup,
        replace: row.replace,
        ...(row.heading ? { level: row.heading } : {}),
      })
      for (const removal of made.removed) result.removed.push(removal)
      if (!made.block) continue
      result.blocks.push(made.block)
      facts.push({
        links: row.links,
        setApart: false,
        hrefs: row.hrefs,
        row: row.row,
        card: false,
      })
    }
    gap(at, range.end)
    return true
  }
  /** A paragraph; in a list item or quote, lines CommonMark folded in lazily become paragraphs. */
  const paragraph = (
    node: Paragraph,
    kind: DraftBlock['kind'],
    range = offsets(node),
    container?: { type: 'list' | 'quote'; column: number },
  ) => {
    const all = linesOf(source, range.start, range.end)
    const lazy = container ? firstLazyLine(source, all, container.type, container.column) : -1
    if (lazy < 0) {
      if (kind === 'paragraph') lines(range, node, kind)
      else push(range, node, kind)
      return
    }
    push({ start: range.start, end: all[lazy - 1]!.end }, node, kind)
    lines({ start: all[lazy]!.start, end: range.end }, node, 'paragraph')
  }
  const visit = (node: RootContent, kind: DraftBlock['kind'] = 'paragraph') => {
    switch (node.type) {
      case 'yaml': {
        const span = offsets(node)
        result.removed.push({
          span,
          reason: 'front-matter',
          detail: 'front-matter: YAML metadata block',
        })
        const fm = readFrontMatter(node.value, {
          file: context.path,
          line: node.position!.start.line + 1,
          offset: span.start,
        })
        Object.assign(result.metadata, fm.metadata)
        for (const d of fm.diagnostics) result.diagnostics.push(d)
        return
      }
      case 'heading':
        push(offsets(node), node, 'heading', node.depth)
        return
      case 'paragraph':
        if (kind === 'paragraph') imageParagraph(node)
        else paragraph(node, kind)
        return
      case 'list':
        for (const item of node.children) {
          if (galleryItem(item)) continue
          item.children.forEach((child, k) => {
            if (child.type === 'paragraph') {
              const column = child.position!.start.column
              paragraph(
                child,
                'list-item',
                {
                  start: k === 0 ? offsets(item).start : offsets(child).start,
                  end: offsets(child).end,
                },
                { type: 'list', column },
              )
            } else visit(child, 'list-item')
          })
        }
        return
      case 'blockquote':
        for (const child of node.children) {
          if (child.type === 'paragraph')
            paragraph(child, 'quote', offsets(child), { type: 'quote', column: 0 })
          else visit(child, 'quote')
        }
        return
      case 'table':
        for (const row of node.children) push(offsets(row), row, 'paragraph')
        return
      case 'html':
        if (htmlTable(offsets(node))) return
        result.removed.push({
          span: offsets(node),
          reason: 'markup',
          detail: 'markup: Markdown html',
        })
        return
      case 'thematicBreak':
      case 'definition':
      case 'code':
        result.removed.push({
          span: offsets(node),
          reason: 'markup',
          detail: `markup: Markdown ${node.type}`,
        })
        return
      default:
        if (node.position) push(offsets(node), node as Nodes, kind)
    }
  }
  // Captions: text under an image is the image's caption (see `imageParagraph`).
  let afterImage: string | null = null
  const caption = (range: Span, detail: string) => {
    const span = trimRange(source, range)
    if (span) result.removed.push({ span, reason: 'caption', detail })
  }
  const imageParagraph = (node: Paragraph) => {
    const previous = afterImage
    afterImage = null
    const children = node.children
    let lead = 0
    while (lead < children.length && (isImage(children[lead]!) || isBlank(children[lead]!))) lead++
    const images = children.slice(0, lead).filter(isImage)
    if (images.length === 0) {
      if (previous !== null && isSetApartCaption(source, node, previous)) {
        caption(offsets(node), 'caption: text set apart under an image')
      } else paragraph(node, 'paragraph')
      return
    }
    const imageEnd = offsets(images[images.length - 1]!).end
    result.removed.push({
      span: { start: offsets(node).start, end: imageEnd },
      reason: 'markup',
      detail: 'markup: Markdown image',
    })
    if (lead === children.length) {
      afterImage = images.map(altOf).join(' ')
      return
    }
    const rest = { start: offsets(children[lead]!).start, end: offsets(node).end }
    const words = wordsOf(source.slice(rest.start, rest.end)).length
    if (words <= MAX_CAPTION_WORDS) caption(rest, 'caption: text directly under an image')
    else paragraph(node, 'paragraph', rest)
  }
  /**
   * A list item that opens with an image on a line of its own is a figure (a gallery slide, a
   * photo with its caption set in a list): the short paragraphs under the image in the same item
   * are its caption and credit, as under an image outside a list (see `imageParagraph`). Longer
   * paragraphs stay list items. Returns whether the item was read so.
   */
  const galleryItem = (item: ListItem): boolean => {
    const [first, ...rest] = item.children
    if (first?.type !== 'paragraph' || rest.length === 0) return false
    if (!first.children.every((c) => isImage(c) || isBlank(c))) return false
    if (!first.children.some(isImage)) return false
    result.removed.push({
      span: offsets(first),
      reason: 'markup',
      detail: 'markup: Markdown image',
    })
    for (const child of rest) {
      const range = offsets(child)
      if (
        child.type === 'paragraph' &&
        wordsOf(source.slice(range.start, range.end)).length <= MAX_CAPTION_WORDS
      )
        caption(range, 'caption: text under an image in a list item (a gallery slide)')
      else if (child.type === 'paragraph')
        paragraph(child, 'list-item', range, { type: 'list', column: child.position!.start.column })
      else visit(child, 'list-item')
    }
    return true
  }
  for (const node of tree.children) {
    if (node.type !== 'paragraph') afterImage = null
    visit(node)
  }
  // Links wrapped around whole blocks (teaser cards) are link text though remark cannot read them.
  for (const i of cardLinkBlocks(
    source,
    result.blocks.map((b) => b.span),
  )) {
    facts[i]!.card = true
    facts[i]!.links = 1
  }
  return { result, facts }
}
