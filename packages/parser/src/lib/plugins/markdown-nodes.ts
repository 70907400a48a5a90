import type { Span } from '@parallax/schema'
import type { Nodes, Paragraph } from 'mdast'
import { toString as mdastToString } from 'mdast-util-to-string'
import { proseWords } from '../markdown/page-facts.js'
import { markdownReplacements } from '../markdown-references.js'
import type { Replacement } from '../readable-text.js'
import { wordsOf } from '../shape.js'

/** Helpers over mdast nodes for the Markdown-clip reader: offsets, markup, links, images. */

export const offsets = (node: Nodes): Span => ({
  start: node.position!.start.offset!,
  end: node.position!.end.offset!,
})

/** Escapes and character references inside the text nodes of `node` that lie in `range`. */
export function replacementsOf(source: string, node: Nodes, range: Span): Replacement[] {
  const out: Replacement[] = []
  const walk = (n: Nodes) => {
    if (n.type === 'text' && n.position) {
      const { start, end } = offsets(n)
      if (end > range.start && start < range.end)
        for (const r of markdownReplacements(
          source,
          Math.max(start, range.start),
          Math.min(end, range.end),
        ))
          out.push(r)
    } else if ('children' in n) for (const c of n.children) walk(c as Nodes)
  }
  walk(node)
  return out.sort((a, b) => a.start - b.start)
}

/** Source ranges of the markup inside `range`: everything not under a text node, except whitespace. */
export function markupOf(source: string, node: Nodes, range: Span): Span[] {
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
export const MAX_CAPTION_WORDS = 60

export type Inline = Paragraph['children'][number]

export function isImage(node: Inline): boolean {
  if (node.type === 'image' || node.type === 'imageReference') return true
  return (
    node.type === 'link' &&
    node.children.length > 0 &&
    node.children.every((c) => isImage(c) || isBlank(c))
  )
}

export function isBlank(node: Inline): boolean {
  return (node.type === 'text' && node.value.trim() === '') || node.type === 'break'
}

export function altOf(node: Inline): string {
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? ''
  return 'children' in node ? node.children.map((c) => altOf(c as Inline)).join(' ') : ''
}

const foldText = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/** Fewer words than a paragraph of article prose has (a caption names who and where, briefly). */
const CAPTION_LINE_WORDS = 12
/** A question, an exclamation or a quotation: someone speaking (to the reader), not a caption. */
const SPOKEN_END = /(?:[?!？！]|["”»」』])\s*$/
/** A caption's closing credit in brackets, nothing after it ("… Tuesday. (Manu Fernandez/AP)"). */
const BRACKETED_END = /\([^()\n]{2,80}\)\s*$/

/**
 * A paragraph after a blank line under an image is its caption when it is set in emphasis as a
 * whole (`*Rescue teams in Milan.*`), repeats the image's alt text, is shorter than a paragraph of
 * prose and not spoken ("The band perform at the Beacon.", not "Have you ever seen one?"), or closes with a credit in brackets ("… (Jane
 * Roe/AP)"): a figure's caption keeps none of these signals of its HTML (`figcaption`) but its
 * place under the image and its shape, and an article's paragraphs rarely have either shape.
 */
export function isSetApartCaption(source: string, node: Paragraph, alt: string): boolean {
  const parts = node.children.filter((c) => !isBlank(c))
  if (parts.length > 0 && parts.every((c) => c.type === 'emphasis')) return true
  const plain = mdastToString(node).trim()
  const count = proseWords(plain)
  const short = count > 0 && count < CAPTION_LINE_WORDS && !SPOKEN_END.test(plain)
  if (short && linkShare(node, offsets(node)) < 0.5) return true
  if (count <= MAX_CAPTION_WORDS && BRACKETED_END.test(plain)) return true
  const text = foldText(mdastToString(node))
  const folded = foldText(alt)
  if (
    folded.length < 12 ||
    text.length === 0 ||
    wordsOf(source.slice(offsets(node).start, offsets(node).end)).length > MAX_CAPTION_WORDS
  )
    return false
  if (text.startsWith(folded) || folded.startsWith(text)) return true
  // A caption that retells the alt text in other words still shares most of its words.
  const words = new Set(text.split(' '))
  const altWords = folded.split(' ').filter((w) => w.length >= 3)
  return (
    altWords.length >= 3 && altWords.filter((w) => words.has(w)).length / altWords.length >= 0.6
  )
}

/**
 * Share (0–1) of the text of `node` inside `range` that is link text: menus, share bars and
 * related-story lists are nearly all links; article prose almost never is.
 */
export function linkShare(node: Nodes, range: Span): number {
  let linked = 0
  let total = 0
  const walk = (n: Nodes, inLink: boolean) => {
    if ((n.type === 'text' || n.type === 'inlineCode') && n.position) {
      const { start, end } = offsets(n)
      const overlap = Math.min(end, range.end) - Math.max(start, range.start)
      if (overlap <= 0) return
      const chars = n.value.replace(/\s+/g, '').length * (overlap / Math.max(1, end - start))
      total += chars
      if (inLink) linked += chars
    } else if ('children' in n)
      for (const c of n.children)
        walk(c as Nodes, inLink || n.type === 'link' || n.type === 'linkReference')
  }
  walk(node, false)
  return total === 0 ? 0 : linked / total
}

/** Whether every inline child of a paragraph is emphasis or strong (a set-apart line). */
export function isAllEmphasis(node: Paragraph): boolean {
  const parts = node.children.filter((c) => !isBlank(c))
  return parts.length > 0 && parts.every((c) => c.type === 'emphasis' || c.type === 'strong')
}

/** Link targets of the links inside `range`, in order. */
export function hrefsOf(node: Nodes, range: Span): string[] {
  const out: string[] = []
  const walk = (n: Nodes) => {
    if (n.type === 'link' && n.position) {
      const { start, end } = offsets(n)
      if (end > range.start && start < range.end) out.push(n.url)
    }
    if ('children' in n) for (const c of n.children) walk(c as Nodes)
  }
  walk(node)
  return out
}
