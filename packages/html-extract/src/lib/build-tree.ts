import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2'
import {
  type ElementNode,
  NO_CHILDREN,
  SourceText,
  type TextNode,
  type TreeNode,
  type TreeRoot,
  WHITESPACE,
} from './tree.js'

/** Elements that never have content or an end tag. */
const VOID_TAGS: ReadonlySet<string> = new Set([
  'area',
  'base',
  'basefont',
  'bgsound',
  'br',
  'col',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
])

/** Elements whose start tag closes an open `<p>` (the HTML standard's list). */
const CLOSES_P: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dd',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'ul',
])

const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const TABLE_SCOPE: ReadonlySet<string> = new Set(['table', 'html', 'template'])
const BUTTON_SCOPE: ReadonlySet<string> = new Set([
  'applet',
  'button',
  'caption',
  'html',
  'marquee',
  'object',
  'table',
  'td',
  'template',
  'th',
])
const LIST_SCOPE: ReadonlySet<string> = new Set([...BUTTON_SCOPE, 'ol', 'ul', 'menu', 'dl'])

/** A start tag that closes open elements: which ones, and where the search stops. */
interface ImpliedClose {
  targets: ReadonlySet<string>
  scope: ReadonlySet<string>
}

const cells: ImpliedClose = {
  targets: new Set(['td', 'th']),
  scope: new Set(['tr', ...TABLE_SCOPE]),
}
const rows: ImpliedClose = { targets: new Set(['tr', 'td', 'th']), scope: TABLE_SCOPE }
const sections: ImpliedClose = {
  targets: new Set(['thead', 'tbody', 'tfoot', 'tr', 'td', 'th']),
  scope: TABLE_SCOPE,
}

/** Start tags that close an open element of the same family (a lean form of the standard's rules). */
const IMPLIED_CLOSES: ReadonlyMap<string, ImpliedClose> = new Map([
  ['li', { targets: new Set(['li']), scope: LIST_SCOPE }],
  ['dd', { targets: new Set(['dd', 'dt']), scope: LIST_SCOPE }],
  ['dt', { targets: new Set(['dd', 'dt']), scope: LIST_SCOPE }],
  ['td', cells],
  ['th', cells],
  ['tr', rows],
  ['thead', sections],
  ['tbody', sections],
  ['tfoot', sections],
  ['option', { targets: new Set(['option']), scope: new Set(['select', 'datalist']) }],
  ['optgroup', { targets: new Set(['option', 'optgroup']), scope: new Set(['select']) }],
  ['a', { targets: new Set(['a']), scope: BUTTON_SCOPE }],
])

const P_CLOSE: ImpliedClose = { targets: new Set(['p']), scope: BUTTON_SCOPE }

/** Elements whose content is foreign (SVG, MathML): `<x/>` closes there. */
const FOREIGN_TAGS: ReadonlySet<string> = new Set(['svg', 'math'])

/** How far down the stack an implied close looks: keeps every tag O(1) on deep pages. */
const SCOPE_SEARCH_LIMIT = 256

/**
 * Deepest nesting read; deeper pages are reported, not walked (browsers stop nesting at 512;
 * real articles stay far below either).
 */
export const MAX_DEPTH = 1024

/**
 * Inline formatting elements that, without any attribute the extractor reads and holding only
 * text, change nothing about the text or its scoring: the tree keeps their text in their place
 * and not the element (a page of a million `<b>x</b>` holds no million element objects).
 */
const TRANSPARENT_TAGS: ReadonlySet<string> = new Set([
  'abbr',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'tt',
  'u',
  'var',
])

/** Attributes read by the extractor (boilerplate, byline, content hints, visibility). */
const READ_ATTRIBUTES: readonly string[] = [
  'class',
  'id',
  'role',
  'style',
  'hidden',
  'aria-hidden',
  'rel',
  'itemprop',
]

/** Whether `element`, now closed with `children` from `from` on, can give way to its text. */
function isTransparent(element: ElementNode, children: TreeNode[], from: number): boolean {
  if (!TRANSPARENT_TAGS.has(element.tagName) || from === children.length) return false
  for (const name of READ_ATTRIBUTES) if (element.attributes[name] !== undefined) return false
  let text = false
  for (let index = from; index < children.length; index++) {
    const child = children[index] as TreeNode
    if (child.type !== 'text') return false
    if (child !== WHITESPACE) text = true
  }
  return text
}

/** Whether `html[start, end)` is ASCII whitespace only. */
function isBlank(html: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = html.charCodeAt(index)
    if (code !== 32 && code !== 10 && code !== 9 && code !== 13 && code !== 12) return false
  }
  return true
}

const EMPTY_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>

/** Result of {@link buildTree}. */
export interface BuiltTree {
  root: TreeRoot
  /** Whether the page nests elements deeper than {@link MAX_DEPTH} (the tree is then partial). */
  tooDeep: boolean
}

/**
 * Builds the element tree of an HTML page from htmlparser2's tokenizer, which reports the source
 * offsets of every tag and text run (and of each character reference, decoded on its own) at no
 * extra cost. Tree construction follows the HTML standard where it shapes text blocks: void
 * elements, `<p>` closed by a block start tag, list items, table cells and rows, options and
 * nested links closed by their next sibling, an end tag closing the elements left open inside
 * it, stray end tags ignored, `<br/>` and `</br>` as line breaks. Every step is O(1) amortised.
 */
export function buildTree(html: string): BuiltTree {
  const stack: ElementNode[] = []
  /**
   * Children of the root and of every open element, in one list: an open element's children
   * follow its own entry (from `marks[depth]`) and become an array of their exact size when it
   * closes, so no element holds a growable array.
   */
  const pending: TreeNode[] = []
  const marks: number[] = []
  /** Open elements by tag name: end tags and implied closes of absent tags cost nothing. */
  const open = new Map<string, number>()
  let foreign = 0
  let tooDeep = false

  let tagName = ''
  let tagStart = 0
  let attributes: Record<string, string> = EMPTY_ATTRIBUTES
  let attributeName = ''
  let attributeValue = ''

  const pop = (end: number) => {
    const element = stack.pop() as ElementNode
    const mark = marks.pop() as number
    element.end = end
    if (isTransparent(element, pending, mark)) {
      // The element's entry (just before its children) gives way to them.
      for (let index = mark; index < pending.length; index++)
        pending[index - 1] = pending[index] as TreeNode
      pending.length--
    } else {
      if (mark < pending.length) element.children = pending.slice(mark)
      pending.length = mark
    }
    open.set(element.tagName, (open.get(element.tagName) ?? 1) - 1)
    if (FOREIGN_TAGS.has(element.tagName)) foreign--
  }

  /**
   * Pops up to and including the deepest element named in `targets` above the nearest `scope`
   * boundary (`<tr>` closes the open row, not only its open cell).
   */
  const closeImplied = ({ targets, scope }: ImpliedClose, end: number) => {
    let anyOpen = false
    for (const target of targets) if ((open.get(target) ?? 0) > 0) anyOpen = true
    if (!anyOpen) return
    const floor = Math.max(0, stack.length - SCOPE_SEARCH_LIMIT)
    let found = -1
    for (let index = stack.length - 1; index >= floor; index--) {
      const name = (stack[index] as ElementNode).tagName
      if (targets.has(name)) found = index
      else if (scope.has(name)) break
    }
    if (found >= 0) while (stack.length > found) pop(end)
  }

  const addText = (value: string, start: number, end: number) => {
    const node: TextNode = { type: 'text', value, start, end }
    pending.push(node)
  }

  const openElement = (selfClosing: boolean, end: number) => {
    const name = tagName
    if ((name === 'html' || name === 'body') && (open.get(name) ?? 0) > 0) return
    if (CLOSES_P.has(name)) closeImplied(P_CLOSE, tagStart)
    if (HEADINGS.has(name)) {
      const top = stack[stack.length - 1]
      if (top !== undefined && HEADINGS.has(top.tagName)) pop(tagStart)
    }
    const implied = IMPLIED_CLOSES.get(name)
    if (implied !== undefined) closeImplied(implied, tagStart)
    const element: ElementNode = {
      type: 'element',
      tagName: name,
      attributes,
      children: NO_CHILDREN,
      start: tagStart,
      end,
      stats: null,
    }
    pending.push(element)
    if (VOID_TAGS.has(name) || (selfClosing && (foreign > 0 || FOREIGN_TAGS.has(name)))) return
    stack.push(element)
    marks.push(pending.length)
    open.set(name, (open.get(name) ?? 0) + 1)
    if (FOREIGN_TAGS.has(name)) foreign++
    if (stack.length > MAX_DEPTH) {
      tooDeep = true
      tokenizer.pause()
    }
  }

  const callbacks: TokenizerCallbacks = {
    onopentagname(start, end) {
      tagName = html.slice(start, end).toLowerCase()
      tagStart = start - 1
      attributes = EMPTY_ATTRIBUTES
    },
    onattribname(start, end) {
      attributeName = html.slice(start, end).toLowerCase()
      attributeValue = ''
    },
    onattribdata(start, end) {
      attributeValue += html.slice(start, end)
    },
    onattribentity(codePoint) {
      attributeValue += String.fromCodePoint(codePoint)
    },
    onattribend() {
      if (attributes === EMPTY_ATTRIBUTES) attributes = {}
      if (attributes[attributeName] === undefined) attributes[attributeName] = attributeValue
    },
    onopentagend(end) {
      openElement(false, end + 1)
    },
    onselfclosingtag(end) {
      openElement(true, end + 1)
    },
    onclosetag(start, end) {
      const name = html.slice(start, end).toLowerCase()
      const close = html.indexOf('>', end)
      const after = close === -1 ? html.length : close + 1
      if (name === 'br') {
        tagName = 'br'
        tagStart = start - 2
        attributes = EMPTY_ATTRIBUTES
        openElement(false, after)
        return
      }
      if (name === 'html' || name === 'body' || VOID_TAGS.has(name)) return
      if ((open.get(name) ?? 0) === 0) return
      const tagOpen = start - 2
      while (stack.length > 0) {
        const top = stack[stack.length - 1] as ElementNode
        if (top.tagName === name) {
          pop(after)
          return
        }
        pop(tagOpen)
      }
    },
    ontext(start, end) {
      // htmlparser2 hands an unfinished tag at the end of the input (`!<A/`) back as text from
      // offset -1; HTML drops a tag cut off by the end of the input, and so does this tree.
      if (start < 0) return
      if (isBlank(html, start, end)) pending.push(WHITESPACE)
      else pending.push(new SourceText(html, start, end))
    },
    ontextentity(codePoint, end) {
      const start = html.lastIndexOf('&', end - 1)
      addText(String.fromCodePoint(codePoint), start, end)
    },
    oncdata() {},
    oncomment() {},
    ondeclaration() {},
    onprocessinginstruction() {},
    onend() {},
    isInForeignContext: () => foreign > 0,
  }
  const tokenizer = new Tokenizer({ decodeEntities: true }, callbacks)
  tokenizer.write(html)
  if (!tooDeep) tokenizer.end()
  while (stack.length > 0) pop(html.length)
  const root: TreeRoot = { type: 'root', children: pending }
  return { root, tooDeep }
}
