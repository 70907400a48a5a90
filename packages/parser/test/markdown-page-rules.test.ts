import { describe, expect, it } from 'vitest'
import { parse } from '../src/lib/parse.ts'

/** Genre rules of a whole crawled page in Markdown: headline, comments, closing boxes, lists, galleries. */
const read = async (text: string) =>
  parse(
    { bytes: new TextEncoder().encode(text), path: 'page.md' },
    { annotate: false, format: 'markdown-clip' },
  )
const kept = async (text: string) => ((await read(text)).article?.blocks ?? []).map((b) => b.text)

const prose = [
  'The council voted on Tuesday to close the old bridge to traffic after engineers found deep cracks.',
  'Repairs will take at least two years and cost about four million euros, the mayor told reporters.',
  'Residents who cross the river each day will be offered a free ferry until the work is finished.',
]

describe('the headline and the comments of a crawled page', () => {
  const more = [
    'The ferry will run every twenty minutes from six in the morning until midnight, the operator said.',
    'Engineers expect to finish a survey of the other two bridges in the city before the end of March.',
  ]
  it('takes the one top-level heading that retells the title over a lower heading repeating part of it', async () => {
    const text = [
      '---',
      'title: "Old Bridge Closure Explained | City Times"',
      '---',
      '[Home](/) [News](/news)',
      '# Why the City Closed the Old Bridge This Week',
      ...prose,
      '## Old Bridge Closure',
      ...more,
      '',
    ].join('\n\n')
    const blocks = await kept(text)
    for (const p of [...prose, ...more]) expect(blocks).toContain(p)
  })
  it('removes the section under a "Top Rated Comments" heading', async () => {
    const comments = [
      'I think the council should have closed it years ago, it was never safe to cross at night.',
      'Another delay and another bill for the taxpayers of this city, nothing ever changes here.',
    ]
    const text = [
      '---',
      'title: "Bridge closed"',
      '---',
      '# Bridge closed',
      ...prose,
      '## Top Rated Comments',
      ...comments,
      '',
    ].join('\n\n')
    const blocks = await kept(text)
    expect(blocks).toContain(prose[2])
    for (const c of comments) expect(blocks).not.toContain(c)
  })
  it('removes a closing "More in …" teaser list and a mailing-list box', async () => {
    const teasers = Array.from(
      { length: 3 },
      (_, i) =>
        `*   [Another story number ${i}](/story/${i})\n\n    A teaser paragraph about story number ${i} that runs on for a while.`,
    )
    const text = [
      '---',
      'title: "Bridge closed"',
      '---',
      '# Bridge closed',
      ...prose,
      '### Subscribe To Our Mailing List',
      'Enter your email address to get the best of our news every morning in your inbox.',
      '## More in City News',
      ...teasers,
      '',
    ].join('\n\n')
    const blocks = await kept(text)
    expect(blocks).toContain(prose[2])
    expect(blocks.join(' ')).not.toMatch(/teaser|email address|More in/)
  })
  it('reads the article on across a teaser list set inside it with an embedded post after it', async () => {
    const text = [
      '---',
      'title: "Bridge closed"',
      '---',
      '# Bridge closed',
      ...prose,
      '### More from City',
      ...Array.from(
        { length: 10 },
        (_, i) =>
          `*   [Another much longer headline number ${i} about a different story in the city](/story/${i})`,
      ),
      more[0],
      '> Club statement\n> \n> — City Council (@citycouncil) [May 2, 2026](https://example.org/s/1)',
      more[1],
      'The old bridge first opened to traffic in 1912 and carried some twenty thousand cars a day.',
      '',
    ].join('\n\n')
    const blocks = await kept(text)
    for (const p of [...prose, ...more]) expect(blocks).toContain(p)
  })
})

describe('a list inside the article', () => {
  it('does not end the article however many short items it has', async () => {
    const items = Array.from({ length: 14 }, (_, i) => `*   Step ${i + 1} of the plan`)
    const text = [
      '---',
      'title: "Bridge closed"',
      '---',
      '# Bridge closed',
      ...prose,
      'The council listed what happens next:',
      '#### First',
      ...items,
      '#### Then',
      'The ferry will run every twenty minutes from six in the morning until midnight, the operator said.',
      'Engineers expect to finish a survey of the other two bridges in the city before the end of March.',
      '',
    ].join('\n\n')
    const blocks = await kept(text)
    expect(blocks).toContain('Step 14 of the plan')
    expect(blocks).toContain(
      'Engineers expect to finish a survey of the other two bridges in the city before the end of March.',
    )
  })
})

describe('gallery captions and e-mail boxes', () => {
  it('removes slides whose counter runs into the caption ("2of4A shopper …"), keeps "1 of 4"', async () => {
    const slides = [
      '1of2A shopper looks at extension cords at a hardware store on Tuesday in the city.',
      '2of2Extension cords of all gauges and lengths stock the shelves of the hardware store.',
    ]
    const counted =
      '1 of 4 residents who cross the river each day said they would take the ferry instead.'
    const blocks = await kept(
      [
        '---',
        'title: "Bridge closed"',
        '---',
        '# Bridge closed',
        ...slides,
        ...prose,
        counted,
        '',
      ].join('\n\n'),
    )
    for (const s of slides) expect(blocks).not.toContain(s)
    expect(blocks).toContain(counted)
  })
  it('removes a "Breaking News Emails" box and its pitch', async () => {
    const pitch =
      'Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.'
    const text = [
      '---',
      'title: "Bridge closed"',
      '---',
      '# Bridge closed',
      ...prose,
      '## Breaking News Emails',
      pitch,
      '',
    ].join('\n\n')
    const blocks = await kept(text)
    expect(blocks).toContain(prose[2])
    expect(blocks).not.toContain(pitch)
  })
})

describe('teaser cards inside a list item', () => {
  it('reads a link wrapped around a heading as link text when its blank lines are indented', async () => {
    const card = (i: number) =>
      `    [\n    \n    #### Another much longer headline number ${i} about a different story\n    \n    ](/story/${i})\n    `
    const text = [
      '---',
      'title: "Bridge closed"',
      '---',
      '# Bridge closed',
      ...prose,
      `*   [Business](/business/)\n    \n${card(1)}\n${card(2)}`,
      '',
    ].join('\n\n')
    const result = await read(text)
    const blocks = (result.article?.blocks ?? []).map((b) => b.text)
    expect(blocks).toContain(prose[2])
    expect(blocks.join(' ')).not.toMatch(/headline number/)
    const why = (result.article?.removed ?? [])
      .filter((r) => /headline number 2/.test(result.text!.slice(r.span.start, r.span.end)))
      .map((r) => r.detail)
    expect(why).toEqual(['navigation: a block of link text (menu, share bar, related links)'])
  })
})

describe('a heading over a run of teaser cards, in any language', () => {
  const share = (slug: string) =>
    `[Whatsapp](whatsapp://send?text=${slug}) [Facebook](https://facebook.com/share?u=/${slug}) [Baixar](/img/${slug}.jpg)`
  const excerpts = [
    'A vida requer da gente otimismo e coragem para esperar o melhor e fazer o melhor acontecer todos os dias …',
    'O que une uma família é o amor, o carinho, o querer bem, a certeza de apoio e as mãos estendidas …',
    'Força para vencer e fé para acreditar que tudo é possível e que todo obstáculo pode ser vencido …',
  ]
  const page = (heading: string, lead: (i: number) => string) =>
    [
      '---',
      'title: "Bridge closed"',
      '---',
      '# Bridge closed',
      share('bridge'),
      ...prose,
      `### ${heading}`,
      ...excerpts.flatMap((e, i) => [lead(i), e]),
      '',
    ].join('\n\n')
  it('removes excerpts each led by the same line of links, whatever the heading says', async () => {
    for (const heading of ['Você pode gostar...', 'Ti potrebbe interessare']) {
      const blocks = await kept(page(heading, (i) => share(`story-${i}`)))
      expect(blocks).toContain(prose[2])
      expect(blocks.join(' ')).not.toMatch(/família|otimismo|obstáculo|gostar|interessare/)
    }
  })
  it('keeps a section whose paragraphs are not each led by the same links', async () => {
    const blocks = await kept(
      page('What happens next', (i) => (i === 0 ? share('next') : `[Source ${i}](/source/${i})`)),
    )
    for (const e of excerpts) expect(blocks).toContain(e)
  })
})

describe('a list repeated from the page chrome above the headline', () => {
  const ticker = Array.from(
    { length: 4 },
    (_, i) =>
      `*   [Ticker headline ${i}](/story/${i}) CITY: The first words of story number ${i} run on here for a good while longer, the news agency said.`,
  )
  const page = (below: string[]) =>
    [
      '---',
      'title: "Bridge closed"',
      '---',
      '**Breaking News**',
      ticker.join('\n'),
      '# Bridge closed',
      ...prose,
      '### In brief',
      below.join('\n'),
      '',
    ].join('\n\n')
  it('removes the ticker printed again after the article', async () => {
    const blocks = await kept(page(ticker))
    expect(blocks).toContain(prose[2])
    expect(blocks.join(' ')).not.toMatch(/Ticker headline/)
  })
  it('leaves a list after the headline that repeats fewer than three items to the other rules', async () => {
    const result = await read(page(ticker.slice(0, 2)))
    const details = (result.article?.removed ?? []).map((r) => r.detail)
    expect(details.some((d) => /repeated from the page chrome/.test(d))).toBe(false)
  })
})
