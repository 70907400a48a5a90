import type { Span } from '@parallax/schema'
import type { Nodes, Root, RootContent } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { readFrontMatter } from '../front-matter.js'
import { makeBlock } from '../make-block.js'
import { isHardWrapped, linesOf } from '../paragraphs.js'
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

function readTree(source: string, tree: Root, context: ReadContext): ReadResult {
  const result: ReadResult = { blocks: [], removed: [], metadata: {}, diagnostics: [] }
  const push = (range: Span, node: Nodes, kind: DraftBlock['kind'], level?: number) => {
    const made = makeBlock(source, range, kind, {
      markup: markupOf(source, node, range),
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
        paragraph(node, kind)
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
  for (const node of tree.children) visit(node)
  return result
}
