import type { Span } from '@parallax/schema'
import type { Nodes, Paragraph, Root, RootContent } from 'mdast'
import { toString as mdastToString } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { readFrontMatter } from '../front-matter.js'
import { makeBlock, trim as trimRange } from '../make-block.js'
import { markdownReplacements } from '../markdown-references.js'
import { isHardWrapped, linesOf } from '../paragraphs.js'
import type { Replacement } from '../readable-text.js'
import { wordsOf } from '../shape.js'
import type { DraftBlock, ReadContext, ReadResult, SourcePlugin } from '../types.js'

const FRONT_MATTER = /^---[ \t]*\n[\s\S]*?\n---[ \t]*(?:\n|$)/
const MD_SIGNALS = /^(?:#{1,6} |[*+-] |> |\d+\. )|\[[^\]\n]+\]\([^)\n]+\)|\*\*[^*\n]+\*\*/gm

/**
 * Markdown, as web clippers save articles: YAML front matter (title, source URL, date,
 * description), then the article body in Markdown, often one paragraph per line. Parsed with
 * remark-parse and remark-frontmatter; block text comes from the text nodes, so markup (`#`,
 * `*`, link targets, images) is left out of the text but stays inside the block's span.
 */
export default function sourceMarkdownClip(): SourcePlugin {
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
  return {
    id: 'markdown-clip',
    detect(text) {
      if (FRONT_MATTER.test(text)) return 0.95
      const signals = (text.slice(0, 20000).match(MD_SIGNALS) ?? []).length
      return signals >= 3 ? Math.min(0.6, 0.1 * signals) : 0
    },
    read(text, context) {
      const tree = processor.parse(text) as Root
      return readTree(text, tree, context)
    },
  }
}

const offsets = (node: Nodes): Span => ({
  start: node.position!.start.offset!,
  end: node.position!.end.offset!,
})

/** Escapes and character references inside the text nodes of `node` that lie in `range`. */
function replacementsOf(source: string, node: Nodes, range: Span): Replacement[] {
  const out: Replacement[] = []
  const walk = (n: Nodes) => {
    if (n.type === 'text' && n.position) {
      const { start, end } = offsets(n)
      if (end > range.start && start < range.end)
        out.push(
          ...markdownReplacements(source, Math.max(start, range.start), Math.min(end, range.end)),
        )
    } else if ('children' in n) for (const c of n.children) walk(c as Nodes)
  }
  walk(node)
  return out.sort((a, b) => a.start - b.start)
}

/** Source ranges of the markup inside `range`: everything not under a text node, except whitespace. */
function markupOf(source: string, node: Nodes, range: Span): Span[] {
  const keep: Span[] = []
  const walk = (n: Nodes) => {
    if ((n.type === 'text' || n.type === 'inlineCode') && n.position) keep.push(offsets(n))
    else if ('children' in n) for (const c of n.children) walk(c as Nodes)
  }
  walk(node)
  keep.sort((a, b) => a.start - b.start)
  const out: Span[] = []
  let at = range.start
  for (const k of [...keep, { start: range.end, end: range.end }]) {
    const gap = { start: at, end: Math.min(k.start, range.end) }
    if (gap.end > gap.start && /\S/.test(source.slice(gap.start, gap.end))) out.push(gap)
    at = Math.max(at, k.end)
  }
  return out
}

/** Longest text read as a caption when it sits directly under an image. */
const MAX_CAPTION_WORDS = 60

type Inline = Paragraph['children'][number]

function isImage(node: Inline): boolean {
  if (node.type === 'image' || node.type === 'imageReference') return true
  return (
    node.type === 'link' &&
    node.children.length > 0 &&
    node.children.every((c) => isImage(c) || isBlank(c))
  )
}

function isBlank(node: Inline): boolean {
  return (node.type === 'text' && node.value.trim() === '') || node.type === 'break'
}

function altOf(node: Inline): string {
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? ''
  return 'children' in node ? node.children.map((c) => altOf(c as Inline)).join(' ') : ''
}

const foldText = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/**
 * A paragraph after a blank line under an image is its caption when it is set in emphasis as a
 * whole (`*Rescue teams in Milan.*`) or repeats the image's alt text.
 */
function isSetApartCaption(source: string, node: Paragraph, alt: string): boolean {
  const parts = node.children.filter((c) => !isBlank(c))
  if (parts.length > 0 && parts.every((c) => c.type === 'emphasis')) return true
  const text = foldText(mdastToString(node))
  const folded = foldText(alt)
  return (
    folded.length >= 12 &&
    text.length > 0 &&
    (text.startsWith(folded) || folded.startsWith(text)) &&
    wordsOf(source.slice(offsets(node).start, offsets(node).end)).length <= MAX_CAPTION_WORDS
  )
}

function readTree(source: string, tree: Root, context: ReadContext): ReadResult {
  const result: ReadResult = { blocks: [], removed: [], metadata: {}, diagnostics: [] }
  const push = (range: Span, node: Nodes, kind: DraftBlock['kind'], level?: number) => {
    const made = makeBlock(source, range, kind, {
      markup: markupOf(source, node, range),
      replace: replacementsOf(source, node, range),
      ...(level ? { level } : {}),
    })
    result.removed.push(...made.removed)
    if (made.block) result.blocks.push(made.block)
  }
  const paragraph = (node: Nodes, kind: DraftBlock['kind'], range = offsets(node)) => {
    const lines = linesOf(source, range.start, range.end)
    if (kind === 'paragraph' && lines.length > 1 && !isHardWrapped(source, lines)) {
      for (const line of lines) push(line, node, kind)
    } else push(range, node, kind)
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
        result.diagnostics.push(...fm.diagnostics)
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
          item.children.forEach((child, k) => {
            if (child.type === 'paragraph') {
              paragraph(child, 'list-item', {
                start: k === 0 ? offsets(item).start : offsets(child).start,
                end: offsets(child).end,
              })
            } else visit(child, 'list-item')
          })
        }
        return
      case 'blockquote':
        for (const child of node.children) visit(child, 'quote')
        return
      case 'table':
        for (const row of node.children) push(offsets(row), row, 'paragraph')
        return
      case 'thematicBreak':
      case 'html':
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
  for (const node of tree.children) {
    if (node.type !== 'paragraph') afterImage = null
    visit(node)
  }
  return result
}
