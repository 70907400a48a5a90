/**
 * Blocks of a table a Markdown clip kept as raw HTML. Converters keep a table in HTML when GFM's
 * pipe tables cannot hold it (attributes, merged cells, nested markup), and Markdown allows raw
 * HTML: its cells are the page's text (a results table, a schedule) and, on pages laid out with
 * tables, the whole article (a cell holding the headline and every `<p>` of the story). Such a
 * table is read as HTML is: block-level elements (`<p>`, `<div>`, `<tr>`, `<li>`, `<h1>`…, a
 * nested `<table>`) bound the blocks, so a data row reads as one block and a layout cell's
 * paragraphs as paragraphs. Tags are left out of the text (a cell's end reads as a space), the
 * contents of scripts, styles and comments are markup, the common character references are read
 * as their characters, and link text is measured so that a layout table of links (share buttons,
 * menus) still reads as links.
 */
import type { Span } from '@parallax/schema'
import type { Replacement } from '../readable-text.js'

/** One block of text of a raw HTML table. */
export interface HtmlTableRow {
  /** The block's source range: between the block-level tags that bound it. */
  span: Span
  /** Tags (and script, style and comment contents) inside the block, left out of its text. */
  markup: Span[]
  /** Cell ends (read as a space) and character references (read as their character), sorted. */
  replace: Replacement[]
  /** Share (0–1) of the block's visible text inside `<a>` elements. */
  links: number
  /** Targets of the block's links, in order. */
  hrefs: string[]
  /** Whether the block is a row of cells (a data table's row), not a paragraph in a cell. */
  row: boolean
  /** The heading level when the block is an `<h1>`–`<h6>` element. */
  heading?: number
}

const TABLE = /<t(?:able|r)\b/i
const TOKEN =
  /<!--[\s\S]*?-->|<(script|style|noscript|template|select|textarea)\b[^>]*>[\s\S]*?<\/\1\s*>|<(\/?)([a-z][a-z0-9]*)\b[^>]*>|&(nbsp|amp|lt|gt|quot|apos|#\d{1,7}|#x[\da-f]{1,6});/gi
/** Elements that start and end a block of text (HTML's block-level elements). */
const BLOCK = new Set(
  'address article aside blockquote caption center dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr iframe li main nav ol p pre section summary table tbody tfoot thead tr ul'.split(
    ' ',
  ),
)
const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
}

const entity = (name: string) => {
  const lower = name.toLowerCase()
  if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16))
  if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)))
  return ENTITIES[lower] ?? ''
}

const visible = (text: string) => text.replace(/\s+/g, '').length

/** Whether only whitespace separates `at` from the next `<br>` in `html`. */
const brFollows = (html: string, at: number) => /^\s*<br\b/i.test(html.slice(at, at + 40))

type Token =
  | { kind: 'entity'; text: string }
  | { kind: 'block'; heading?: number }
  | { kind: 'cell' | 'break' | 'markup' }
  | { kind: 'link'; href?: string }
  | { kind: 'link-end' }

/** What one match of `TOKEN` at `end` (its end in `html`) does to the blocks. */
function tokenOf(part: RegExpMatchArray, html: string, end: number): Token {
  if (part[4] !== undefined) return { kind: 'entity', text: entity(part[4]) }
  const tag = part[3]?.toLowerCase()
  const closing = part[2] === '/'
  if (tag === undefined) return { kind: 'markup' }
  // A line break doubled (`<br><br>`) parts paragraphs in pages without `<p>`.
  if (BLOCK.has(tag) || (tag === 'br' && brFollows(html, end))) {
    const level = /^h([1-6])$/.exec(tag)?.[1]
    return level && !closing ? { kind: 'block', heading: Number(level) } : { kind: 'block' }
  }
  if (tag === 'td' || tag === 'th') return { kind: closing ? 'break' : 'cell' }
  if (tag === 'br') return { kind: 'break' }
  if (tag !== 'a') return { kind: 'markup' }
  if (closing) return { kind: 'link-end' }
  const href = /\bhref\s*=\s*["']([^"']*)["']/i.exec(part[0])?.[1]
  return href ? { kind: 'link', href } : { kind: 'link' }
}

/** The block being read: its parts so far. */
class Draft {
  markup: Span[] = []
  replace: Replacement[] = []
  hrefs: string[] = []
  cells = 0
  linked = 0
  total = 0
  depth = 0
  heading: number | undefined
  constructor(readonly start: number) {}
  text(chars: number) {
    this.total += chars
    if (this.depth > 0) this.linked += chars
  }
  /** Takes in a token inside the block (not a block boundary) at source range `at`. */
  add(token: Exclude<Token, { kind: 'block' }>, at: Span) {
    if (token.kind === 'entity') {
      this.replace.push({ ...at, text: token.text })
      this.text(visible(token.text))
    } else if (token.kind === 'cell' || token.kind === 'break') {
      this.replace.push({ ...at, text: ' ' })
      if (token.kind === 'cell') this.cells++
    } else {
      this.markup.push(at)
      if (token.kind === 'link-end') this.depth = Math.max(0, this.depth - 1)
      if (token.kind === 'link') this.depth++
      if (token.kind === 'link' && token.href) this.hrefs.push(token.href)
    }
  }
  done(end: number): HtmlTableRow | null {
    if (this.total === 0) return null
    return {
      span: { start: this.start, end },
      markup: this.markup,
      replace: this.replace,
      links: this.linked / this.total,
      hrefs: this.hrefs,
      row: this.cells > 1,
      ...(this.heading ? { heading: this.heading } : {}),
    }
  }
}

/**
 * The blocks of the raw HTML at `range` of `source` (none when it holds no table: other raw HTML
 * is markup). Blocks without visible text are left out.
 */
export function htmlTableRows(source: string, range: Span): HtmlTableRow[] {
  const html = source.slice(range.start, range.end)
  if (!TABLE.test(html)) return []
  const blocks: HtmlTableRow[] = []
  let draft = new Draft(range.start)
  let last = 0
  for (const part of html.matchAll(TOKEN)) {
    draft.text(visible(html.slice(last, part.index)))
    last = part.index + part[0].length
    const at = { start: range.start + part.index, end: range.start + last }
    const token = tokenOf(part, html, last)
    if (token.kind === 'block') {
      const block = draft.done(at.start)
      if (block) blocks.push(block)
      const depth = draft.depth
      draft = new Draft(at.end)
      draft.depth = depth
      draft.heading = token.heading
      continue
    }
    draft.add(token, at)
  }
  draft.text(visible(html.slice(last)))
  const block = draft.done(range.end)
  if (block) blocks.push(block)
  return blocks
}
