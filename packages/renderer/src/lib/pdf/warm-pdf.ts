import type { Briefing } from '@parallax/schema'
import { renderPdf } from './render-pdf.js'

/**
 * Sentences with words of every shape the layout meets (capitals, digits, punctuation, curly
 * quotes, dashes), so the code that shapes, measures, draws and encodes them is compiled.
 */
const sentences = [
  'The talks lasted nearly six hours on the first day and 2.5 hours on the second, officials said.',
  '“Both sides were constructive,” a spokesman said — ‘difficult but businesslike’ — after 14 rounds.',
  'Ministers met on 17–18 February at 10:30 a.m.; 42% of the 1,000 drones (3,200 km away) were stopped.',
  'An envoy, quoted by two agencies, put the figure at about 5,000 people: QUIXOTIC JAZZ WALTZ, BY VEX.',
]

/** Options of `warmPdf`. */
export interface WarmPdfOptions {
  /** Times the sample sentences are repeated in the warm-up briefing. Default: `6`. */
  readonly repeat?: number
}

/**
 * A small briefing in the shapes `renderPdf` draws: a bottom line whose statements cite a source,
 * an exclusives section, and the source's clean text in the appendix with the cited sentences
 * marked.
 */
function warmBriefing(repeat: number): Briefing {
  const texts: string[] = []
  for (let round = 0; round < repeat; round += 1) for (const s of sentences) texts.push(s)
  const article = '0000000000000000'
  let clean = ''
  const marks: { start: number; end: number; citation: string }[] = []
  texts.forEach((text, index) => {
    if (clean !== '') clean += ' '
    marks.push({ start: clean.length, end: clean.length + text.length, citation: `c${index + 1}` })
    clean += text
  })
  const statement = (text: string, index: number) => ({ text, citations: [`c${index + 1}`] })
  return {
    date: '2000-01-01',
    generatedAt: '2000-01-01T00:00:00Z',
    title: 'Warm-up',
    language: 'en',
    sections: [
      { kind: 'bottom-line', title: 'Bottom line', items: texts.map(statement) },
      {
        kind: 'exclusives',
        title: 'Only in one report',
        more: 1,
        outlets: [{ source: 'S1', more: 1, items: texts.slice(0, 4).map(statement) }],
      },
    ],
    citations: texts.map((text, index) => ({
      id: `c${index + 1}`,
      source: 'S1',
      provenance: {
        article,
        span: { start: marks[index]?.start ?? 0, end: marks[index]?.end ?? 0 },
      },
      excerpt: text,
    })),
    sources: [
      {
        id: 'S1',
        number: 1,
        article,
        outlet: 'Outlet',
        title: 'Title',
        byline: 'By A. Writer',
        published: { status: 'known', date: '2000-01-01', datetime: null, origin: 'manifest' },
        url: 'https://example.com/story',
        format: 'plain-text',
        appendix: [{ id: 'b0', kind: 'paragraph', text: clean, marks }],
      },
    ],
    coverage: { topics: [], cells: [] },
    skipped: [],
  } as Briefing
}

/**
 * Does once, ahead of time, what makes the first `renderPdf` of a process slow: imports pdfkit
 * and fontkit, reads and parses the IBM Plex faces, and compiles the code that builds the view
 * and lays out, draws, links, subsets and compresses a document, by rendering a small briefing
 * of sample sentences and throwing the bytes away. Meant for a thread that waits for its
 * briefing: the `parallax brief` command renders the PDF in a worker thread that calls this as
 * it starts, while the main thread parses. Changes no output: a PDF rendered after it has the
 * same bytes as one rendered without it.
 */
export async function warmPdf(options?: Readonly<WarmPdfOptions> | null): Promise<void> {
  await renderPdf(warmBriefing(options?.repeat ?? 6), { onWarning: () => {} })
}
