import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from '../src/index.js'

/** Labelled texts: the file name starts with the true ISO 639-1 code (`fr-pont.txt`). */
const dir = join(import.meta.dirname, 'language/fixtures')
const labelled = readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, truth: name.slice(0, 2), bytes: readFileSync(join(dir, name)) }))

describe('language detection on labelled texts (paragraphs and headlines)', () => {
  it('covers at least eight languages, each with a paragraph and a headline', () => {
    const languages = new Set(labelled.map((t) => t.truth))
    expect(languages.size).toBeGreaterThanOrEqual(8)
    for (const lang of languages) {
      expect(
        labelled.some((t) => t.truth === lang && t.name.includes('headline')),
        lang,
      ).toBe(true)
    }
  })

  it('guesses every labelled text right (17/17 measured; any miss fails)', async () => {
    const misses: string[] = []
    for (const t of labelled) {
      const { article } = await parse({ bytes: t.bytes, path: t.name }, { annotate: false })
      const guess = article?.language ?? null
      if (guess !== t.truth) misses.push(`${t.name}: ${String(guess)}`)
    }
    expect(misses).toEqual([])
  })
})
