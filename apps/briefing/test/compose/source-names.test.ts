import { describe, expect, it } from 'vitest'
import { bylineName, shortForm, sourceNames } from '../../src/lib/compose/source-names.js'
import { plainArticle } from './plain-article.js'

// Invented articles (no real outlet): how a reader is told which article says what when the
// inputs do not all name their outlet.
const article = (
  id: string,
  fields: {
    outlet?: string | null
    title?: string
    byline?: string | null
    text?: string
    url?: string | null
  },
) => {
  const text = fields.text ?? 'Floodwater reached the old mill on Friday night.'
  const built = plainArticle({
    id,
    path: `${id}.txt`,
    text,
    outlet: fields.outlet ?? null,
    title: fields.title ?? '',
    url: null,
    date: '2026-04-03',
    sentences: [{ id: 's0', block: 'b0', span: { start: 0, end: text.length }, raw: text, text }],
  })
  return {
    ...built,
    title: fields.title ?? null,
    byline: fields.byline ?? null,
    url: fields.url ?? null,
  }
}
const names = (...list: ReturnType<typeof article>[]) => [
  ...sourceNames(list.map((a, i) => ({ article: a, number: i + 1 }))).values(),
]

describe('sourceNames', () => {
  it('names an article by its outlet, else URL host, byline, title, else its file', () => {
    expect(
      names(
        article('a', { outlet: 'Valley Gazette', byline: 'Ruth Penn' }),
        article('b', { byline: 'By Tomas Reyes, river correspondent' }),
        article('c', { title: 'Mill Flooded as River Breaks Its Banks Overnight' }),
        article('d', { text: 'Residents of the lower town were told to leave their homes.' }),
        article('e', { url: 'https://www.millbrook-echo.example/2026/04/flood', byline: 'Ann Lo' }),
      ),
    ).toEqual([
      'Valley Gazette',
      'Tomas Reyes',
      '“Mill Flooded as River Breaks…”',
      // Its opening words would read as a quotation of the story, not as a name.
      'Untitled source (d.txt)',
      'millbrook-echo.example',
    ])
  })

  it('never says "source n" for an article a reader could recognise', () => {
    for (const name of names(article('a', { title: 'Flood' }), article('b', {})))
      expect(name).not.toMatch(/^source \d/)
  })

  it('tells apart two articles of one outlet by their titles, then by number', () => {
    expect(
      names(
        article('a', { outlet: 'Valley Gazette', title: 'River Rises' }),
        article('b', { outlet: 'Valley Gazette', title: 'Mill Flooded' }),
        article('c', { outlet: 'Coast Radio', title: 'Same' }),
        article('d', { outlet: 'Coast Radio', title: 'Same' }),
      ),
    ).toEqual([
      'Valley Gazette, “River Rises”',
      'Valley Gazette, “Mill Flooded”',
      'Coast Radio, “Same” (source 3)',
      'Coast Radio, “Same” (source 4)',
    ])
  })

  it('cuts a short form on a word that does not lead into the next', () => {
    expect(shortForm('Talks resume in Geneva between the two delegations')).toBe(
      '“Talks resume in Geneva…”',
    )
    expect(shortForm('“Quoted headline.”')).toBe('“Quoted headline”')
    expect(shortForm('   ')).toBe('')
    expect(bylineName('By Ana Ruiz | Staff')).toBe('Ana Ruiz')
  })
})
