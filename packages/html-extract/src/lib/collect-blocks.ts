import type { BlockKind, Removal } from '@parallax/schema'
import { BlockTextBuilder } from './block-text.js'
import { BOILERPLATE_REASONS } from './boilerplate-hints.js'
import { BLOCK_TAGS, headingLevel, SKIPPED_TAGS } from './html-elements.js'
import { type ElementNode as Element, NO_CHILDREN, type TreeNode } from './tree.js'

/** A block of text read from the content container, before filtering. */
export interface RawBlock {
  kind: BlockKind
  level: number
  text: BlockTextBuilder
}

/** Span of an element in the source: its start tag to its end tag. */
export function elementSpan(element: Element): { start: number; end: number } {
  return { start: element.start, end: element.end }
}

function contextKind(tag: string, inherited: BlockKind): BlockKind {
  if (headingLevel(tag) > 0) return 'heading'
  switch (tag) {
    case 'li':
    case 'dd':
    case 'dt':
      return 'list-item'
    case 'blockquote':
      return 'quote'
    case 'figcaption':
    case 'caption':
      return 'caption'
    default:
      return inherited
  }
}

/**
 * Reads the blocks of text inside `container` in document order, leaving out boilerplate
 * descendants (recorded in `removed`), skipped elements (scripts, forms, media) and hidden ones.
 * Consumes the subtree: each element it reads is left without children (its figures, span and
 * attributes stay), so the page's text nodes can be collected while the blocks are built.
 */
export function collectBlocks(container: Element, removed: Removal[]): RawBlock[] {
  const blocks: RawBlock[] = []
  let current = new BlockTextBuilder()
  let kind: BlockKind = 'paragraph'
  let level = 0

  const flush = () => {
    if (current.visibleLength > 0) {
      current.finish()
      blocks.push({ kind, level, text: current })
    }
    current = new BlockTextBuilder()
  }

  const visitChildren = (
    children: TreeNode[],
    context: BlockKind,
    contextLevel: number,
    inLink: boolean,
  ) => {
    let previousBreak = false
    for (const child of children) {
      if (child.type === 'text') {
        if (current.visibleLength === 0) {
          kind = context
          level = contextLevel
        }
        current.addText(child, inLink)
        if (previousBreak && child.value.trim() !== '') previousBreak = false
      } else if (child.type === 'element') {
        if (child.tagName === 'br') {
          if (previousBreak) flush()
          else current.breakWord()
          previousBreak = true
          continue
        }
        previousBreak = false
        visitElement(child, context, contextLevel, inLink)
      }
    }
  }

  const visitElement = (
    element: Element,
    context: BlockKind,
    contextLevel: number,
    inLink: boolean,
  ) => {
    const tag = element.tagName
    if (SKIPPED_TAGS.has(tag)) return
    const stats = element.stats
    if (stats === null) return
    if (stats.boilerplate && stats.kind !== null && element !== container) {
      const span = elementSpan(element)
      if (stats.text > 0) {
        const { reason, detail } = BOILERPLATE_REASONS[stats.kind]
        removed.push({ span, reason, detail })
      }
      current.breakWord()
      return
    }
    if (BLOCK_TAGS.has(tag)) {
      flush()
      const level = headingLevel(tag)
      visitChildren(element.children, contextKind(tag, context), level || contextLevel, inLink)
      flush()
    } else {
      visitChildren(element.children, context, contextLevel, inLink || tag === 'a')
    }
    // Read once: letting go of the children now lets the text nodes go while the blocks grow.
    element.children = NO_CHILDREN
  }

  visitElement(container, 'paragraph', 0, false)
  flush()
  return blocks
}
