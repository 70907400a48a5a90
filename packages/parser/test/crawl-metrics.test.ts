import type { Article } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { fold, type Gold, sameSpeaker, scoreCrawl } from '../eval/crawls/metrics.ts'

const gold: Gold = {
  title: 'Quake hits coast',
  outlet: 'Example Wire',
  date: '2025-01-02',
  byline: ['Ana Ruiz', 'Tom Berg'],
  blocks: ['First paragraph here.', '"We are safe," Maria Lopez said.'],
  quotes: [{ text: 'We are safe', speaker: 'Maria Lopez' }],
}

function article(
  over: Partial<Article>,
  quoteSpeaker: string | null,
  extraQuote?: string,
): Article {
  const quotations = [
    {
      id: 'q0',
      block: 'b1',
      span: { start: 0, end: 1 },
      raw: '',
      text: 'We are safe,',
      kind: 'full',
      speaker: quoteSpeaker
        ? { status: 'attributed', entity: 'e0', name: quoteSpeaker, via: 'name' }
        : { status: 'unknown', reason: 'no cue' },
    },
  ]
  if (extraQuote)
    quotations.push({ ...quotations[0]!, id: 'q1', text: extraQuote } as (typeof quotations)[0])
  return {
    title: 'Quake hits coast',
    outlet: 'Example Wire',
    byline: 'Ana Ruiz and Tom Berg',
    published: { status: 'known', date: '2025-01-02', datetime: null, origin: 'front-matter' },
    blocks: [
      { id: 'b0', kind: 'paragraph', text: 'First paragraph here.' },
      { id: 'b1', kind: 'paragraph', text: '“We are safe,” Maria Lopez said.' },
      { id: 'b2', kind: 'paragraph', text: 'Sign up for our newsletter' },
    ],
    annotations: { quotations },
    ...over,
  } as unknown as Article
}

describe('crawl metrics', () => {
  it('folds quotes, case, invisible characters and [n] markers', () => {
    expect(fold('“Hi”\u200b there[2]')).toBe('"hi" there')
  })
  it('matches speakers by surname and first name', () => {
    expect(sameSpeaker('Lopez', 'Maria Lopez')).toBe(true)
    expect(sameSpeaker('Dr Maria Lopez', 'Maria Lopez')).toBe(true)
    expect(sameSpeaker('Juan Lopez', 'Maria Lopez')).toBe(false)
    expect(sameSpeaker('Maria Ruiz', 'Maria Lopez')).toBe(false)
  })
  it('counts blocks, metadata, quotes, speakers and boilerplate quotes', () => {
    const c = scoreCrawl(article({}, 'Maria Lopez', 'Subscribe today'), gold)
    expect([c.blocksMatched, c.blocksKept, c.blocksGold]).toEqual([2, 3, 2])
    expect([c.metadataRight, c.metadataFields]).toEqual([4, 4])
    expect([c.quotesFound, c.speakersRight, c.boilerplateQuotes]).toEqual([1, 1, 1])
    expect(c.articleRight).toBe(true)
  })
  it('counts a wrong speaker, a wrong date and a missing article', () => {
    const c = scoreCrawl(
      article({ published: { status: 'undetermined', reason: 'none' } }, 'Tom Berg'),
      gold,
    )
    expect([c.metadataRight, c.speakersRight, c.quotesFound]).toEqual([3, 0, 1])
    const none = scoreCrawl(null, gold)
    expect([none.articleRight, none.blocksMatched, none.quotesFound]).toEqual([false, 0, 0])
    expect(scoreCrawl(null, { ...gold, article: null }).articleRight).toBe(true)
  })
})
