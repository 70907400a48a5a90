/**
 * Rows of a table a Markdown clip kept as raw HTML. Converters keep a table in HTML when GFM's
 * pipe tables cannot hold it (attributes, merged cells, nested markup), and Markdown allows raw
 * HTML: its cells are the page's text (a results table, a schedule) and are read as rows, like a
 * GFM table's, instead of being dropped as markup. Tags are left out of the text (a cell's end
 * reads as a space), the common character references are read as their characters, and link text
 * is measured so that a layout table of links (share buttons, menus) still reads as links.
 */
import type { Span } from '@parallax/schema'
import type { Replacement } from '../readable-text.js'

/** One row of a raw HTML table. */
export interface HtmlTableRow {
  /** The row's source range, `<tr …>` to `</tr>`. */
  span: Span
  /** Tags inside the row, left out of its text. */
  markup: Span[]
  /** Cell ends (read as a space) and character references (read as their character), sorted. */
  replace: Replacement[]
  /** Share (0–1) of the row's visible text inside `<a>` elements. */
  links: number
  /** Targets of the row's links, in order. */
  hrefs: string[]
}

const ROW = /<tr\b[^>]*>[\s\S]*?<\/tr\s*>/gi
const TAG = /<\/?([a-z][a-z0-9]*)\b[^>]*>|&(nbsp|amp|lt|gt|quot|apos|#\d{1,7}|#x[\da-f]{1,6});/gi
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

/** The rows of the raw HTML at `range` of `source` (none when it holds no table row). */
export function htmlTableRows(source: string, range: Span): HtmlTableRow[] {
  const html = source.slice(range.start, range.end)
  const rows: HtmlTableRow[] = []
  for (const row of html.matchAll(ROW)) {
    const start = range.start + row.index
    const markup: Span[] = []
    const replace: Replacement[] = []
    const hrefs: string[] = []
    let depth = 0
    let linked = 0
    let total = 0
    let last = 0
    for (const part of row[0].matchAll(TAG)) {
      const between = visible(row[0].slice(last, part.index))
      total += between
      if (depth > 0) linked += between
      last = part.index + part[0].length
      const at = { start: start + part.index, end: start + last }
      const tag = part[1]?.toLowerCase()
      if (tag === undefined) {
        replace.push({ ...at, text: entity(part[2]!) })
        continue
      }
      if (tag === 'td' || tag === 'th') replace.push({ ...at, text: ' ' })
      else markup.push(at)
      if (tag !== 'a') continue
      if (part[0].startsWith('</')) depth = Math.max(0, depth - 1)
      else {
        depth++
        const href = /\bhref\s*=\s*["']([^"']*)["']/i.exec(part[0])?.[1]
        if (href) hrefs.push(href)
      }
    }
    rows.push({
      span: { start, end: start + row[0].length },
      markup,
      replace,
      links: total === 0 ? 0 : linked / total,
      hrefs,
    })
  }
  return rows
}
