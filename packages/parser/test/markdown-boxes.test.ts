import { describe, expect, it } from 'vitest'
import { readByline } from '../src/lib/clean/byline.ts'
import { chromeLineOf } from '../src/lib/clean/chrome-lines.ts'
import { parse } from '../src/lib/parse.ts'

const kept = async (text: string) =>
  (
    (
      await parse(
        { bytes: new TextEncoder().encode(text), path: 'page.md' },
        { annotate: false, format: 'markdown-clip' },
      )
    ).article?.blocks ?? []
  ).map((b) => b.text)

const prose = [
  'The council voted on Tuesday to close the old bridge to traffic after engineers found deep cracks.',
  'Repairs will take at least two years and cost about four million euros, the mayor told reporters.',
  'Residents who cross the river each day will be offered a free ferry until the work is finished.',
  'Shop owners on both banks said they feared losing customers during the long months of repairs.',
  'The ferry will run every twenty minutes from six in the morning until midnight, the council said.',
]
const page = (body: string[]) =>
  ['---', 'title: "Bridge closed"', '---', '# Bridge closed', ...body, ''].join('\n\n')

describe('figures set in a list (gallery slides)', () => {
  it('reads the short paragraphs under an image in a list item as its caption', async () => {
    const blocks = await kept(
      page([
        prose[0]!,
        prose[1]!,
        [
          '*   ![The old bridge seen from the east bank](https://example.org/a.jpg)',
          '    ',
          '    The old bridge seen from the east bank on Monday. less',
          '    ',
          '    Photo: Jane Roe, Agency',
          '',
          '*   ![Engineers inspect a crack](https://example.org/b.jpg)',
          '    ',
          '    Engineers inspect a crack under the second arch.',
        ].join('\n'),
        prose[2]!,
      ]),
    )
    expect(blocks).toEqual([prose[0], prose[1], prose[2]])
  })
  it('keeps a list item without an image, and a long paragraph under one', async () => {
    const long = `${prose[3]} ${prose[4]} ${prose[0]} ${prose[1]}`
    const blocks = await kept(
      page([
        prose[0]!,
        ['*   ![Plan](https://example.org/p.png)', '    ', `    ${long}`].join('\n'),
        `*   ${prose[2]}`,
        prose[1]!,
      ]),
    )
    expect(blocks).toContain(long)
    expect(blocks).toContain(prose[2])
  })
})

describe('a list of teasers set inside the article', () => {
  const teasers = [
    '### Most read in news',
    '[![](https://example.org/1.gif)](/news/1/)',
    '### STORM WARNING',
    'Coastal towns told to prepare for the worst winds in a decade',
    '[](/news/1/)',
    '[![](https://example.org/2.gif)](/news/2/)',
    '### TRAIN CHAOS',
    'Commuters stranded for hours after signal failure near the city',
    '[](/news/2/)',
  ]
  it('removes the kicker headings and headlines, and keeps the prose on both sides', async () => {
    const blocks = await kept(page([prose[0]!, prose[1]!, ...teasers, prose[2]!, prose[3]!]))
    expect(blocks).toEqual([prose[0], prose[1], prose[2], prose[3]])
  })
  it('does not bridge the article to a footer line after the list', async () => {
    const footer =
      'The contents of this site are owned by the Harbour Publishing Company, a firm of the city.'
    const blocks = await kept(page([prose[0]!, prose[1]!, prose[2]!, ...teasers, footer]))
    expect(blocks).toEqual([prose[0], prose[1], prose[2]])
  })
})

describe('a newsletter sign-up box', () => {
  it('removes the box and its pitch, and keeps the prose after it', async () => {
    const blocks = await kept(
      page([
        prose[0]!,
        prose[1]!,
        '## Sign Up for e-mail newsletters',
        'Get breaking news on the bridge and the latest updates on the repairs, and more!',
        '[Sign up](https://example.org/newsletter)',
        prose[2]!,
        prose[3]!,
      ]),
    )
    expect(blocks).toEqual([prose[0], prose[1], prose[2], prose[3]])
  })
})

describe('the standfirst set as a heading under the headline', () => {
  it('removes a sentence-long heading right under the headline, keeps a section heading', async () => {
    const standfirst =
      '## Officials say the ferry will run all winter, but many residents fear the long repairs.'
    const blocks = await kept(page([standfirst, prose[0]!, '## The ferry', prose[1]!, prose[2]!]))
    expect(blocks).toEqual([prose[0], 'The ferry', prose[1], prose[2]])
    // A subtitle without a full stop is kept.
    const subtitle = '### Three reasons the council closed the bridge, and one reason to doubt it'
    expect(await kept(page([subtitle, prose[0]!, prose[1]!]))).toEqual([
      subtitle.slice(4),
      prose[0],
      prose[1],
    ])
  })
})

describe('wire bylines and prompts', () => {
  it('reads a bare byline with a desk and job title', () => {
    expect(readByline('Tom Roe, AP Auto Writer', { bare: true })).toEqual({
      names: 'Tom Roe',
      outlet: null,
    })
    expect(readByline('Tom Roe, the bridge was closed', { bare: true })).toBeNull()
  })
  it('reads share, follow and membership prompts as promotion', () => {
    for (const line of [
      'Sharing is caring!',
      'Like this article?',
      "Follow AP's full coverage of the floods at https://example.org/floods",
      'If you buy something through this post, the site may get a share of the sale.',
      'If you enjoyed this article, we have a proposition for you: join our members.',
    ])
      expect(chromeLineOf(line)?.reason, line).toBe('promotion')
    expect(chromeLineOf('She said she liked this article of the treaty.')).toBeNull()
  })
})

describe('a slideshow slide', () => {
  it('removes the lines from the slide counter to the photo credit', async () => {
    const caption =
      'The mayor, left, and the chief engineer inspect the bridge in the city on Monday.'
    const blocks = await kept(
      page([
        prose[0]!,
        prose[1]!,
        'Image 1 of 8',
        `${caption} less`,
        `${caption.slice(0, 50)} ... more`,
        'Photo: Jane Roe, AP',
        prose[2]!,
        prose[3]!,
      ]),
    )
    expect(blocks).toEqual([prose[0], prose[1], prose[2], prose[3]])
  })
  it('keeps the line after a counter when no credit closes the slide', async () => {
    const blocks = await kept(page([prose[0]!, 'Image 1 of 8', prose[1]!, prose[2]!]))
    expect(blocks).toContain(prose[1])
  })
})
