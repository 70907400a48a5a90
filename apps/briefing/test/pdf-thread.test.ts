import { renderPdf } from '@parallax/renderer'
import type { Briefing } from '@parallax/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type PdfThread, startPdfThread } from '../src/lib/render/pdf-thread.js'
import { ensureBuilt } from './helpers/paths.js'

/** A one-section briefing of `texts`, each cited to one source. */
function briefingOf(texts: readonly string[]): Briefing {
  return {
    date: '2026-03-05',
    generatedAt: '2026-03-05T18:20:00Z',
    title: 'Council votes on the new bridge',
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
      provenance: { article: 'abcdefabcdefabcd', span: { start: 0, end: text.length } },
      excerpt: text,
    })),
    sources: [
      {
        id: 'S1',
        number: 1,
        article: 'abcdefabcdefabcd',
        outlet: 'The Gazette',
        title: 'Council votes',
        byline: null,
        published: { status: 'known', date: '2026-03-05', datetime: null, origin: 'manifest' },
        url: 'https://example.org/bridge',
        format: 'plain-text',
      },
    ],
    coverage: { topics: [], cells: [] },
    skipped: [],
  }
}

const briefing = briefingOf([
  'The council approved the bridge by 7 votes to 4 on Thursday.',
  'Work is to start in May and cost €48 million, the mayor said.',
])

let thread: PdfThread
beforeAll(() => {
  ensureBuilt()
  thread = startPdfThread() as PdfThread
}, 120_000)
afterAll(() => thread?.close())

describe('the PDF worker thread of `brief`', () => {
  it('starts from the built worker script', () => {
    expect(thread).not.toBeNull()
  })

  it('draws the same bytes as renderPdf in this thread, for either page size', async () => {
    for (const pageSize of ['A4', 'Letter'] as const) {
      const [worker, here] = await Promise.all([
        thread.render(briefing, { pageSize }),
        renderPdf(briefing, { pageSize, onWarning: () => {} }),
      ])
      expect(Buffer.from(worker).equals(Buffer.from(here)), pageSize).toBe(true)
    }
  }, 60_000)

  it('throws renderPdf’s error here, by class name and message, and keeps working', async () => {
    const broken = { ...briefing, sections: [{ kind: 'bottom-line' }] } as unknown as Briefing
    const expected = await renderPdf(broken).catch((error: Error) => error)
    const got = await thread.render(broken, { pageSize: 'A4' }).catch((error: Error) => error)
    expect(expected).toBeInstanceOf(TypeError)
    expect(got).toBeInstanceOf(Error)
    expect([(got as Error).name, (got as Error).message]).toEqual([
      (expected as Error).name,
      (expected as Error).message,
    ])
    const after = await thread.render(briefing, { pageSize: 'A4' })
    expect(Buffer.from(after.subarray(0, 5)).toString()).toBe('%PDF-')
  }, 60_000)

  it('emits the renderer’s warnings in this process, as renderPdf does by default', async () => {
    const warnings: string[] = []
    const listen = (warning: Error & { code?: string }) => warnings.push(`${warning.code}`)
    process.on('warning', listen)
    try {
      // A character no embedded font draws (Old Hungarian).
      await thread.render(briefingOf(['The sign read 𐲀𐲁 in the old script.']), {
        pageSize: 'A4',
      })
      await new Promise((resolve) => setImmediate(resolve))
    } finally {
      process.off('warning', listen)
    }
    expect(warnings).toContain('render/missing-glyph')
  }, 60_000)

  it('draws the same bytes while and after it prepares the texts a briefing cites', async () => {
    const texts = [
      'The council approved the bridge by 7 votes to 4 on Thursday, after a long debate.',
      'Work is to start in May and cost €48 million, the mayor said; critics called it rushed.',
    ]
    const here = await renderPdf(briefing, { pageSize: 'A4', onWarning: () => {} })
    // A briefing sent while the worker prepares: it stops preparing and draws.
    thread.prepare([...texts, ...texts.map((t) => t.toUpperCase())])
    const during = await thread.render(briefing, { pageSize: 'A4' })
    thread.prepare(texts)
    await new Promise((resolve) => setTimeout(resolve, 200))
    const after = await thread.render(briefing, { pageSize: 'A4' })
    expect(Buffer.from(during).equals(Buffer.from(here))).toBe(true)
    expect(Buffer.from(after).equals(Buffer.from(here))).toBe(true)
  }, 60_000)

  it('renders in this thread once the worker is closed', async () => {
    const other = startPdfThread() as PdfThread
    const stopping = other.close()
    // A second close (brief closes the worker once its PDF is drawn, then again as it ends)
    // waits for the same stop.
    expect(other.close()).toBe(stopping)
    await stopping
    other.prepare(['Nothing to prepare in a closed worker.'])
    const bytes = await other.render(briefing, { pageSize: 'A4' })
    const here = await renderPdf(briefing, { pageSize: 'A4', onWarning: () => {} })
    expect(Buffer.from(bytes).equals(Buffer.from(here))).toBe(true)
  }, 60_000)
})
