import { type BoilerplateKind, boilerplateKind, hasContentHint } from './boilerplate-hints.js'
import { BLOCK_TAGS, SKIPPED_TAGS } from './html-elements.js'
import { attribute, type ElementNode as Element, type TreeNode, type TreeRoot } from './tree.js'

/** Text figures of one element, summed over its visible descendants. */
export interface ElementStats {
  /** Visible characters, whitespace excluded. */
  text: number
  /** Of those, characters inside links. */
  link: number
  /** Characters in paragraph-like runs: long enough, few links. */
  good: number
  /** Characters in link-dense runs. */
  bad: number
  /** Number of paragraph-like runs. */
  paragraphs: number
  /** Boilerplate kind its tag, role, class or id points to. */
  kind: BoilerplateKind | null
  /** Whether the element is treated as boilerplate: `kind` is set and its text does not veto it. */
  boilerplate: boolean
  /** Whether this element or an ancestor is boilerplate. */
  inBoilerplate: boolean
  /** Paragraph-like characters outside boilerplate descendants. */
  contentGood: number
  /** Link-dense characters outside boilerplate descendants plus all text inside them. */
  contentBad: number
  /** Whether the class or id points to article content. */
  positive: boolean
  parent: ElementStats | null
}

/** Elements that metadata is read from, gathered during the same walk. */
export interface PageNodes {
  html: Element | null
  body: Element | null
  title: Element | null
  metas: Element[]
  links: Element[]
  jsonLd: Element[]
  times: Element[]
  h1s: Element[]
  bylines: Element[]
}

/** Result of {@link analyzeTree}. */
export interface TreeAnalysis {
  nodes: PageNodes
  /** Elements in document order (pre-order), skipped subtrees excluded. */
  order: Element[]
}

/** Fewest visible characters for a run of text to count as a paragraph. */
const PARAGRAPH_MIN = 40
/** Link share above which a run of text counts as links, not prose. */
const LINK_DENSITY_MAX = 0.5
/** Runs at least this long are prose with links unless nearly all of them is links. */
const LONG_RUN = 150
const LONG_RUN_LINK_DENSITY_MAX = 0.8

/** Whether a run of text (or a block) with this many visible and link characters is links. */
export function isLinkDense(text: number, link: number): boolean {
  return link / text > (text >= LONG_RUN ? LONG_RUN_LINK_DENSITY_MAX : LINK_DENSITY_MAX)
}

/** Counts characters that are not whitespace. */
export function visibleLength(value: string): number {
  let count = 0
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code > 32 && code !== 160) count++
  }
  return count
}

/** Whether a space-separated attribute value holds `token` (case kept, as browsers do). */
function hasToken(value: string, token: string): boolean {
  if (value === '' || !value.includes(token)) return false
  return value.split(/\s+/).includes(token)
}

function isBylineElement(element: Element): boolean {
  if (hasToken(attribute(element, 'rel'), 'author')) return true
  if (hasToken(attribute(element, 'itemprop'), 'author')) return true
  const className = attribute(element, 'class')
  if (className !== '') {
    for (const name of className.split(/\s+/)) {
      const lower = name.toLowerCase()
      if (
        lower === 'byline' ||
        lower === 'author' ||
        lower.endsWith('byline') ||
        lower === 'by-author'
      )
        return true
    }
  }
  return false
}

/** Tags gathered into a list of `PageNodes`, in document order. */
const LISTED_TAGS: ReadonlyMap<string, 'metas' | 'links' | 'times' | 'h1s'> = new Map([
  ['meta', 'metas'],
  ['link', 'links'],
  ['time', 'times'],
  ['h1', 'h1s'],
] as const)

/** Tags of which `PageNodes` keeps the first. */
const FIRST_TAGS: ReadonlyMap<string, 'html' | 'body' | 'title'> = new Map([
  ['html', 'html'],
  ['body', 'body'],
  ['title', 'title'],
] as const)

/** Tags read for metadata only: the walk gathers them and goes no further. */
const METADATA_TAGS: ReadonlySet<string> = new Set(['meta', 'link', 'title', 'script'])

/** Gathers `element` into `nodes` where metadata is read from it; true when the walk stops there. */
function gatherNode(nodes: PageNodes, element: Element): boolean {
  const tag = element.tagName
  const list = LISTED_TAGS.get(tag)
  if (list) nodes[list].push(element)
  const first = FIRST_TAGS.get(tag)
  if (first) nodes[first] ??= element
  if (tag === 'script') {
    if (attribute(element, 'type').toLowerCase().includes('ld+json')) nodes.jsonLd.push(element)
  }
  return METADATA_TAGS.has(tag)
}

/**
 * One post-order walk over the tree: sums text, link text, paragraph-like text and boilerplate
 * text for every element (bottom-up, so no element's text is serialised twice), and gathers the
 * elements metadata is read from.
 */
export function analyzeTree(tree: TreeRoot): TreeAnalysis {
  const order: Element[] = []
  const nodes: PageNodes = {
    html: null,
    body: null,
    title: null,
    metas: [],
    links: [],
    jsonLd: [],
    times: [],
    h1s: [],
    bylines: [],
  }

  // The run of inline text being read: flushed into `owner` when a block starts or ends.
  let runText = 0
  let runLink = 0
  let owner: ElementStats | null = null

  const flush = () => {
    if (runText > 0 && owner !== null) {
      if (isLinkDense(runText, runLink)) owner.bad += runText
      else if (runText >= PARAGRAPH_MIN) {
        owner.good += runText
        owner.paragraphs++
      }
    }
    runText = 0
    runLink = 0
  }

  const visitChildren = (children: TreeNode[], current: ElementStats | null, inLink: boolean) => {
    for (const child of children) {
      if (child.type === 'text') {
        const length = visibleLength(child.value)
        if (length === 0 || current === null) continue
        current.text += length
        if (inLink) current.link += length
        runText += length
        if (inLink) runLink += length
      } else if (child.type === 'element') {
        visitElement(child, current, inLink)
      }
    }
  }

  const visitElement = (element: Element, parent: ElementStats | null, inLink: boolean) => {
    const tag = element.tagName
    if (gatherNode(nodes, element)) return
    if (SKIPPED_TAGS.has(tag)) return
    if (isBylineElement(element)) nodes.bylines.push(element)

    const kind = boilerplateKind(element)
    const own: ElementStats = {
      text: 0,
      link: 0,
      good: 0,
      bad: 0,
      paragraphs: 0,
      kind,
      boilerplate: false,
      inBoilerplate: false,
      contentGood: 0,
      contentBad: 0,
      positive: kind === null && hasContentHint(element),
      parent,
    }
    element.stats = own
    order.push(element)

    const block = BLOCK_TAGS.has(tag) || tag === 'br'
    const previousOwner = owner
    if (block) {
      flush()
      owner = own
    }
    visitChildren(element.children, own, inLink || tag === 'a')
    if (block) {
      flush()
      owner = previousOwner
    }

    if (parent !== null) {
      parent.text += own.text
      parent.link += own.link
      parent.good += own.good
      parent.bad += own.bad
      parent.paragraphs += own.paragraphs
    }
  }

  visitChildren(tree.children, null, false)
  flush()
  resolveBoilerplate(order)
  return { nodes, order }
}

/** Share of the page's paragraph text above which a boilerplate hint is overruled. */
const VETO_SHARE = 0.5
/** The same for kinds whose text looks like prose but is not the article (comments, footers). */
const STRONG_VETO_SHARE = 0.75
const STRONG_KINDS: ReadonlySet<BoilerplateKind> = new Set([
  'comments',
  'footer',
  'navigation',
  'sidebar',
  'related',
])

/**
 * Whether a boilerplate hint is overruled: an element named after a sidebar or a header that
 * holds most of the page's paragraph text is a layout wrapper around the article.
 */
function vetoed(own: ElementStats, pageGood: number): boolean {
  if (own.kind === null || own.kind === 'comments' || own.good === 0) return false
  return own.good >= (STRONG_KINDS.has(own.kind) ? STRONG_VETO_SHARE : VETO_SHARE) * pageGood
}

/**
 * Decides which hinted elements are boilerplate (a hint is overruled when the element holds most
 * of the page's paragraph text: a wrapper named "article-header" around the whole story), then
 * sums paragraph and boilerplate text outside boilerplate descendants. Two linear passes over the
 * pre-order list: forward for inherited flags, backward for the sums.
 */
function resolveBoilerplate(order: Element[]): void {
  let pageGood = 0
  for (const element of order) {
    const own = element.stats
    if (own !== null && own.parent === null) pageGood += own.good
  }
  const all: ElementStats[] = []
  for (const element of order) {
    const own = element.stats
    if (own === null) continue
    all.push(own)
    if (own.kind !== null) own.boilerplate = !vetoed(own, pageGood)
    own.inBoilerplate = own.boilerplate || (own.parent?.inBoilerplate ?? false)
  }
  // Backward: excluded[i] sums the good, bad and total text of boilerplate descendants.
  const excludedGood = new Map<ElementStats, number>()
  const excludedBad = new Map<ElementStats, number>()
  const excludedText = new Map<ElementStats, number>()
  for (let i = all.length - 1; i >= 0; i--) {
    const own = all[i] as ElementStats
    const good = excludedGood.get(own) ?? 0
    const bad = excludedBad.get(own) ?? 0
    const text = excludedText.get(own) ?? 0
    own.contentGood = own.good - good
    own.contentBad = own.bad - bad + text
    const parent = own.parent
    if (parent === null) continue
    const addGood = own.boilerplate ? own.good : good
    const addBad = own.boilerplate ? own.bad : bad
    const addText = own.boilerplate ? own.text : text
    if (addGood !== 0) excludedGood.set(parent, (excludedGood.get(parent) ?? 0) + addGood)
    if (addBad !== 0) excludedBad.set(parent, (excludedBad.get(parent) ?? 0) + addBad)
    if (addText !== 0) excludedText.set(parent, (excludedText.get(parent) ?? 0) + addText)
  }
}
