import { existsSync, readFileSync } from 'node:fs'
import type { Briefing } from '@parallax/schema'

export const fixturesDir = new URL('./fixtures/', import.meta.url)
export const seedsDir = new URL('../../../seeds/', import.meta.url)

export function loadFixture(name: string): Briefing {
  return JSON.parse(readFileSync(new URL(name, fixturesDir), 'utf8')) as Briefing
}

/** Chromium-based tests run in CI always; locally only where Debian's chromium is installed. */
export const chromiumPath = '/usr/bin/chromium'
export const skipBrowser = !process.env.CI && !existsSync(chromiumPath)
export const browserArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** A small valid briefing with the given bottom-line texts, each cited to one source sentence. */
export function briefingWith(texts: readonly string[], extra: Partial<Briefing> = {}): Briefing {
  return {
    date: '2026-02-18',
    generatedAt: '2026-02-18T12:00:00Z',
    title: texts[0] ?? 'Test briefing',
    language: 'en',
    sections: [
      {
        kind: 'bottom-line',
        title: 'Bottom line',
        items: texts.map((text, index) => ({ text, citations: [`c${index + 1}`] })),
      },
    ],
    citations: texts.map((text, index) => ({
      id: `c${index + 1}`,
      source: 'S1',
      provenance: { article: '0123456789abcdef', span: { start: 0, end: text.length } },
      excerpt: text,
    })),
    sources: [
      {
        id: 'S1',
        number: 1,
        article: '0123456789abcdef',
        outlet: 'Test Outlet',
        title: 'Test title',
        byline: null,
        published: { status: 'known', date: '2026-02-18', datetime: null, origin: 'manifest' },
        url: 'https://example.com/story',
        format: 'plain-text',
      },
    ],
    coverage: { topics: [], cells: [] },
    skipped: [],
    ...extra,
  }
}

/** Section titles of the seeds fixture, in the order the renderer must show them. */
export const seedSectionTitles = [
  'Bottom line',
  'Since the last briefing',
  'Where accounts differ',
  'Who said what',
  'Positions by party',
  'Figures',
  'Timeline',
  'Only in one outlet',
]

/** A briefing with an exclusives section and the source's clean text (appendix). */
export function briefingWithAppendix(): Briefing {
  const base = briefingWith(['Only this outlet has the figure.'])
  const sentence = 'Only this outlet has the figure.'
  const text = `Intro line. ${sentence} Outro.`
  return {
    ...base,
    sections: [
      ...base.sections,
      {
        kind: 'exclusives',
        title: 'Only in one report',
        more: 2,
        outlets: [{ source: 'S1', more: 1, items: [{ text: sentence, citations: ['c1'] }] }],
      },
    ],
    sources: base.sources.map((source) => ({
      ...source,
      appendix: [
        {
          id: 'b0',
          kind: 'paragraph',
          text,
          marks: [{ start: 12, end: 12 + sentence.length, citation: 'c1' }],
        },
      ],
    })),
  }
}
