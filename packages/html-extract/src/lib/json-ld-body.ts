import { BlockTextBuilder } from './block-text.js'
import type { RawBlock } from './collect-blocks.js'
import type { ElementNode as Element } from './tree.js'

const KEY = /"articleBody"\s*:\s*"/g
const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
}

/**
 * Decodes the JSON string literal starting at `start` (just after its opening quote) and returns
 * its text with the source offset of every character.
 */
function decodeLiteral(
  raw: string,
  start: number,
  base: number,
): { text: string; offsets: number[] } {
  let text = ''
  const offsets: number[] = []
  let i = start
  while (i < raw.length) {
    const char = raw[i] as string
    if (char === '"') break
    if (char === '\\') {
      const next = raw[i + 1] ?? ''
      if (next === 'u') {
        const code = Number.parseInt(raw.slice(i + 2, i + 6), 16)
        text += Number.isNaN(code) ? '\uFFFD' : String.fromCharCode(code)
        offsets.push(base + i)
        i += 6
        continue
      }
      text += ESCAPES[next] ?? next
      offsets.push(base + i)
      i += 2
      continue
    }
    text += char
    offsets.push(base + i)
    i++
  }
  offsets.push(base + i)
  return { text, offsets }
}

/**
 * Blocks read from a JSON-LD `articleBody` (the fallback when the page's markup holds no article
 * text, as on pages that render their body with JavaScript). Paragraphs are split at line breaks;
 * spans and maps point into the JSON string inside the `<script>` element.
 */
export function blocksFromJsonLdBody(script: Element, html: string): RawBlock[] {
  const first = script.children[0]
  const last = script.children[script.children.length - 1]
  if (first === undefined || last === undefined || first.start < 0 || last.end < 0) return []
  const start = first.start
  const end = last.end
  const raw = html.slice(start, end)
  KEY.lastIndex = 0
  const match = KEY.exec(raw)
  if (match === null) return []
  const { text, offsets } = decodeLiteral(raw, match.index + match[0].length, start)
  const blocks: RawBlock[] = []
  const paragraph = /[^\n]+/g
  for (let found = paragraph.exec(text); found !== null; found = paragraph.exec(text)) {
    const from = found.index
    const to = from + found[0].length
    const builder = new BlockTextBuilder()
    builder.addRun(found[0], Int32Array.from(offsets.slice(from, to + 1)), 0, false)
    if (builder.visibleLength > 0) {
      builder.finish()
      blocks.push({ kind: 'paragraph', level: 0, text: builder })
    }
  }
  return blocks
}
