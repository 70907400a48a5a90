import { readFileSync } from 'node:fs'
import { parse } from '@parallax/parser'
import type { Article } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { selectStory } from '../../src/lib/compose/index.js'

const articles = new URL('./fixtures/court/articles/', import.meta.url)
async function read(name: string): Promise<Article> {
  const result = await parse({ bytes: readFileSync(new URL(name, articles)), path: name })
  if (!result.article) throw new Error(`${name}: no article`)
  return result.article
}

describe('selectStory', () => {
  it('keeps the articles that share entities and names the one that shares none', async () => {
    const court = await Promise.all(
      ['harbour-herald.md', 'delta-news.md', 'wire-report.md'].map(read),
    )
    const fisheries = await read('fisheries.txt')
    const { story, offTopic } = selectStory([court[0], fisheries, court[1], court[2]] as Article[])
    expect(story.map((a) => a.id)).toEqual(court.map((a) => a.id))
    expect(offTopic).toHaveLength(1)
    expect(offTopic[0]?.article).toBe(fisheries.id)
    expect(offTopic[0]?.reason).toMatch(
      /^off-topic: shares no person, organisation, place or party with the other 3 articles of the story; it names /,
    )
  })

  it('keeps a lone article, and keeps nothing out of nothing', async () => {
    const lone = await read('wire-report.md')
    expect(selectStory([lone])).toEqual({ story: [lone], offTopic: [] })
    expect(selectStory([])).toEqual({ story: [], offTopic: [] })
  })
})
