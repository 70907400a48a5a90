import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from '@parallax/parser'
import type { Article } from '@parallax/schema'
import { beforeAll, describe, expect, it } from 'vitest'
import { findSameText } from '../src/lib/dedupe/same-text.js'
import { story } from './helpers/paths.js'

const articles = new Map<string, Article>()

beforeAll(async () => {
  for (const name of ['a-gazette.txt', 'c-coast.md', 'd-coast-saved.txt', 'f-recipe.txt']) {
    const { article } = await parse({ bytes: readFileSync(join(story, name)), path: name })
    if (article) articles.set(name, article)
  }
})

const get = (name: string): Article => articles.get(name) as Article

describe('findSameText', () => {
  it('finds the same text saved in two shapes and keeps the one with more metadata', () => {
    // d (plain text, no date or URL) repeats c (Markdown clip with title, URL and date).
    const found = findSameText([get('d-coast-saved.txt'), get('a-gazette.txt'), get('c-coast.md')])
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ index: 0, of: 2 })
    expect(found[0]?.similarity).toBeGreaterThan(0.85)
  })

  it('does not join different reports of one story, nor unrelated articles', () => {
    expect(findSameText([get('a-gazette.txt'), get('c-coast.md'), get('f-recipe.txt')])).toEqual([])
  })

  it('keeps syndicated copy from two known, different outlets: the aligner counts it once', () => {
    const c = get('c-coast.md')
    const d = { ...get('d-coast-saved.txt'), outlet: 'Valley Herald' }
    expect(findSameText([{ ...c, outlet: 'Coast News' }, d])).toEqual([])
    expect(
      findSameText([
        { ...c, outlet: 'Coast News' },
        { ...d, outlet: 'coast news' },
      ]),
    ).toHaveLength(1)
  })

  it('is a duplicate only above the threshold', () => {
    expect(
      findSameText([get('c-coast.md'), get('d-coast-saved.txt')], { threshold: 1.01 }),
    ).toEqual([])
  })
})
