import { describe, expect, it } from 'vitest'
import { chromeLineOf } from '../src/lib/clean/chrome-lines.ts'
import { pageDate, urlDate } from '../src/lib/page-date.ts'
import { parse } from '../src/lib/parse.ts'
import { hostLabel, namesSite, splitTitle } from '../src/lib/title-split.ts'

const read = async (text: string, annotate = false) =>
  parse(
    { bytes: new TextEncoder().encode(text), path: 'page.md' },
    { annotate, format: 'markdown-clip' },
  )

describe('Markdown pages read by structure', () => {
  it('ends a list item where CommonMark folds the next unindented lines into it', async () => {
    const r = await read(
      '* [News](/news)\nFirst line of the story, which is long enough.\nSecond line.\n',
    )
    expect(r.article!.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'First line of the story, which is long enough.'],
      ['paragraph', 'Second line.'],
    ])
  })
  it('reads GFM table rows as rows of cell text', async () => {
    const r = await read(
      '# Cuts\n\nA table follows here.\n\n| Site | Jobs |\n| --- | --- |\n| Albany | 1,100 |\n',
    )
    expect(r.article!.blocks.map((b) => b.text)).toEqual([
      'A table follows here.',
      'Site Jobs',
      'Albany 1,100',
    ])
  })
})

describe('page chrome by genre', () => {
  it('names the family of common chrome lines', () => {
    const family = (t: string) => chromeLineOf(t)?.family ?? null
    expect(
      family('We use cookies to improve your experience. By clicking "Accept all", you agree.'),
    ).toBe('consent banner')
    expect(family('Skip to main contentSkip to navigation')).toBe('skip link')
    expect(family('Your browser does not support the audio element.')).toBe(
      'player or script notice',
    )
    expect(family('Mail Facebook Twitter / X LinkedIn WhatsApp')).toBe('share bar')
    expect(family('Reporting by Ana Ruiz in Lima; Editing by Tom Berg')).toBe(
      'reporting and photo credits',
    )
    expect(family('Updated at 17.01 BST')).toBe('live-page time stamp')
    expect(family('The minister said the vote would be held on Sunday.')).toBeNull()
    expect(family('Sign up was slow at first, officials said.')).toBeNull()
  })
  it('cuts the masthead above the headline and the footer after the copyright line', async () => {
    const page = `---\ntitle: "Storm floods the valley | Valley Post"\nsource: https://www.valleypost.example.com/2025/03/04/storm\n---\n\n* [Home](/)\n* [News](/news)\n\nMenu\n\n# Storm floods the valley\n\nHeavy rain flooded dozens of homes in the valley on Tuesday, officials said.\n\n© 2025 Valley Post\n\n* [Privacy](/privacy)\n`
    const r = await read(page)
    const a = r.article!
    expect(a.blocks.map((b) => b.text)).toEqual([
      'Heavy rain flooded dozens of homes in the valley on Tuesday, officials said.',
    ])
    expect([a.title, a.outlet]).toEqual(['Storm floods the valley', 'Valley Post'])
    expect(a.published).toMatchObject({ status: 'known', date: '2025-03-04', origin: 'url' })
    expect(a.removed.map((x) => x.reason)).toContain('boilerplate')
  })
  it('gives no article, with a reason, for a page of headline links', async () => {
    const links = ['One', 'Two', 'Three', 'Four']
      .map((n) => `* [Headline number ${n} about the fires](/x/${n})`)
      .join('\n')
    const r = await read(`---\ntitle: Fires\n---\n\n# Fires\n\n${links}\n`)
    expect(r.article).toBeNull()
    expect(r.diagnostics.map((d) => d.code)).toContain('parse/no-article')
  })
})

describe('metadata fallbacks and cross-checks', () => {
  it('splits a title by the headline and the host, never by a list of outlets', () => {
    expect(hostLabel('https://www.the-courier.co.uk/a/b')).toBe('thecourier')
    expect(namesSite('The Courier', 'thecourier', null)).toBe(true)
    expect(namesSite('Business', 'dailysentinel', null)).toBe(false)
    expect(
      splitTitle('Jobs cut | Business | Daily Sentinel', {
        headline: 'Jobs cut',
        host: 'dailysentinel',
        site: null,
      }),
    ).toEqual({ title: 'Jobs cut', outlet: 'Daily Sentinel' })
    expect(
      splitTitle('Gold stolen : Coastline Public Radio', {
        headline: null,
        host: 'coastlineradio',
        site: null,
      }),
    ).toEqual({ title: 'Gold stolen', outlet: 'Coastline Public Radio' })
    expect(
      splitTitle('Russia - Ukraine talks end', { headline: null, host: 'example', site: null })
        .outlet,
    ).toBeNull()
  })
  it('reads dates from URLs', () => {
    expect(urlDate('https://x.org/news/live/2025/oct/07/verdict').date).toBe('2025-10-07')
    expect(urlDate('https://x.org/2025/05/ema-backs')).toEqual({ date: null, year: 2025, month: 5 })
  })
  it('warns when sources disagree, and lets two agreeing sources beat the front matter', () => {
    const blocks = [
      {
        kind: 'paragraph' as const,
        text: 'SAN JOSE, Calif., Sept 16 — Chipmaker cut jobs.',
        span: { start: 0, end: 1 },
        map: [],
      },
    ]
    const metadata = {
      url: { value: 'https://x.com/business/2025/09/16/cuts/', origin: 'front-matter' as const },
      published: { value: { date: '2024-01-10', datetime: null }, origin: 'front-matter' as const },
    }
    const r = pageDate(metadata, blocks as never, [], 'a.md')
    expect(r.published?.value.date).toBe('2025-09-16')
    expect(r.diagnostics[0]).toMatchObject({
      severity: 'warning',
      code: 'metadata/date-disagreement',
      file: 'a.md',
    })
    const one = pageDate(
      { ...metadata, url: { value: 'https://x.com/a', origin: 'front-matter' } },
      blocks as never,
      [],
      null,
    )
    expect([one.published, one.diagnostics.length]).toEqual([null, 1])
  })
})

describe('speakers on web pages', () => {
  it('keeps invisible characters out of the text and attributes interview answers', async () => {
    const page = `# Interview\n\nWe asked the project lead, Nadia Kowalczyk, about the timeline.\n\nQ: When will work start?\n\nA: "If the permits come through, we start in the spring."\n\nInspector Jan\u200b Olsen\u200d said the site was safe. "We checked it twice," he said.\n`
    const r = await read(page, true)
    const a = r.article!
    expect(a.blocks.some((b) => /\u200b|\u200d/.test(b.text))).toBe(false)
    const speakers = a.annotations.quotations.map((q) =>
      q.speaker.status === 'attributed' ? q.speaker.name : q.speaker.status,
    )
    expect(speakers).toEqual(['Nadia Kowalczyk', 'Jan Olsen'])
  })
})
