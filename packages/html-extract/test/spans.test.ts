import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { Block } from '@parallax/schema'
import { decodeNamedCharacterReference } from 'decode-named-character-reference'
import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.js'
import { benchData, benchTitle } from './bench-data.js'

const fixtures = join(import.meta.dirname, 'fixtures')
const data = benchData()
const bench = join(data.dir, 'html')

/** The readable text of a stretch of HTML: tags dropped, references decoded, JSON escapes read. */
function readable(source: string): string {
  return source
    .replace(/<[^>]*>/g, '')
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    )
    .replace(/\\(["\\/])/g, '$1')
    .replace(/\\[nrt]/g, ' ')
    .replace(/&(#[xX][0-9a-fA-F]+|#\d+|[A-Za-z][A-Za-z0-9]*);?/g, (match, ref: string) => {
      if (ref.startsWith('#x') || ref.startsWith('#X'))
        return String.fromCodePoint(Number.parseInt(ref.slice(2), 16))
      if (ref.startsWith('#')) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10))
      const decoded = decodeNamedCharacterReference(ref)
      return decoded === false ? match : decoded
    })
}

/** Source offset of a text offset: the last map pair at or before it, advanced. */
function sourceOffset(block: Block, textOffset: number): number {
  let pair = block.map[0] as [number, number]
  for (const candidate of block.map) if (candidate[0] <= textOffset) pair = candidate
  return pair[1] + (textOffset - pair[0])
}

function checkBlocks(html: string) {
  const { blocks } = extractArticle(html)
  for (const block of blocks) {
    expect(block.span.start).toBeLessThan(block.span.end)
    const inSpan = readable(html.slice(block.span.start, block.span.end))
    for (const word of block.text.match(/[\p{L}\p{N}]+/gu) ?? []) {
      expect(inSpan, `block ${block.id} word "${word}"`).toContain(word)
    }
    // Every word starts where the map says: on the same character, or on the reference or
    // escape that encodes it.
    const wordStart = /(?:^|\s)(\S)/g
    for (
      let match = wordStart.exec(block.text);
      match !== null;
      match = wordStart.exec(block.text)
    ) {
      const offset = match.index + match[0].length - 1
      const at = sourceOffset(block, offset)
      const char = html[at]
      const expected = block.text[offset]
      if (char !== expected) expect(['&', '\\']).toContain(char)
    }
  }
  return blocks.length
}

describe('spans and maps point at the block text in the source', () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(`fixture ${name}`, () => {
      const html = readFileSync(join(fixtures, name, 'input.html'), 'utf8')
      checkBlocks(html)
    })
  }
  it.skipIf(!data.available)(benchTitle('benchmark pages (first 25)', data), () => {
    let blocks = 0
    for (const file of readdirSync(bench).sort().slice(0, 25)) {
      const html = gunzipSync(readFileSync(join(bench, file)))
        .toString('utf8')
        .replace(/\r\n?/g, '\n')
      blocks += checkBlocks(html)
    }
    expect(blocks).toBeGreaterThan(200)
  })
})
