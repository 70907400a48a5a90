import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type Extraction, type ExtractOptions, extractArticle } from '../src/index.js'

const root = join(import.meta.dirname, 'fixtures')
const update = process.env.UPDATE === '1'

/** A reviewable view of an extraction: texts instead of offsets, removals with their source. */
function project(result: Extraction, html: string) {
  const excerpt = (start: number, end: number) => {
    const text = html
      .slice(start, end)
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
    return text.length > 80 ? `${text.slice(0, 77)}...` : text
  }
  return {
    metadata: result.metadata,
    blocks: result.blocks.map((block) =>
      block.kind === 'heading'
        ? `heading ${block.level}: ${block.text}`
        : `${block.kind}: ${block.text}`,
    ),
    removed: result.removed.map((removal) => ({
      reason: removal.reason,
      detail: removal.detail,
      source: excerpt(removal.span.start, removal.span.end),
    })),
    diagnostics: result.diagnostics.map(({ severity, code, line, column }) => ({
      severity,
      code,
      line,
      column,
    })),
  }
}

describe('fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const folder = join(root, name)
      const html = readFileSync(join(folder, 'input.html'), 'utf8')
      const optionsFile = join(folder, 'options.json')
      const options = existsSync(optionsFile)
        ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as ExtractOptions)
        : {}
      const actual = project(extractArticle(html, options), html)
      const expectedFile = join(folder, 'expected.json')
      if (update || !existsSync(expectedFile)) {
        writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`)
      }
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')))
    })
  }
})
