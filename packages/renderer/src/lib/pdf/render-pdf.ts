import type { Briefing } from '@parallax/schema'
import { assertBriefing } from '../assert-briefing.js'
import { buildView } from '../build-view.js'
import { type RenderPdfOptions, resolvePageSize, resolveSections } from '../options.js'
import type { SectionRenderer, SectionRenderers } from '../sections/types.js'
import type { BriefingView, SectionView } from '../view-types.js'
import { type EditionLayout, editionLayout, type Margins } from './edition.js'
import { fitText } from './fit-text.js'
import { Flow, ink } from './flow.js'
import { FontSet } from './font-set.js'
import { drawHeading } from './heading.js'
import { type PdfLibraries, pdfLibraries } from './libraries.js'
import { drawSources } from './sections/sources.js'
import { text } from './styled-runs.js'
import { hairline, muted } from './styles.js'
import { emitWarning, fontWarnings } from './warnings.js'

/**
 * Renders a briefing as a PDF: IBM Plex fonts embedded (Latin and Cyrillic), A4 or Letter, a
 * running header and page numbers, one bookmark per section, tables that break between rows,
 * every citation a link to the cited sentence under its source entry. Metadata dates come from
 * `briefing.generatedAt`, so the same briefing always gives the same bytes.
 *
 * @throws {TypeError} when `briefing` is not a valid `Briefing` (the message lists JSON paths).
 */
export async function renderPdf(
  briefing: Briefing,
  options?: Readonly<RenderPdfOptions> | null,
): Promise<Uint8Array> {
  const pageSize = resolvePageSize(options?.pageSize)
  const sections = resolveSections(options?.sections)
  const checked = assertBriefing(briefing)
  const view = buildView(checked, sections)
  const layout = editionLayout(checked)
  const withTexts = (options?.appendix ?? true) && layout.appendix
  const libraries = await pdfLibraries()
  // An edition with a page budget (the reader edition) is drawn again with smaller type until it
  // fits, down to `minScale`; the dossier is drawn once.
  let scale = layout.scale
  let drawn = drawPdf(libraries, view, sections, layout, scale, pageSize, withTexts, options)
  while (layout.maxPages && drawn.pages > layout.maxPages && scale - 0.04 >= layout.minScale) {
    scale = Math.round((scale - 0.04) * 100) / 100
    drawn = drawPdf(libraries, view, sections, layout, scale, pageSize, withTexts, options)
  }
  const { doc, flow, done } = drawn
  const warn = options?.onWarning ?? emitWarning
  for (const warning of fontWarnings(flow.fonts)) warn(warning)
  doc.end()
  return done
}

/** One complete drawing of the briefing at one type scale (not yet ended). */
function drawPdf(
  { PDFDocument, createFont }: PdfLibraries,
  view: BriefingView,
  sections: SectionRenderers,
  layout: EditionLayout,
  scale: number,
  pageSize: 'A4' | 'Letter',
  withTexts: boolean,
  options: Readonly<RenderPdfOptions> | null | undefined,
): { doc: PDFKit.PDFDocument; flow: Flow; done: Promise<Uint8Array>; pages: number } {
  const margins = layout.margins
  const created = new Date(view.generatedAt)
  const doc = new PDFDocument({
    size: pageSize === 'Letter' ? 'LETTER' : 'A4',
    margins,
    bufferPages: true,
    compress: options?.compress ?? true,
    pdfVersion: '1.7',
    lang: view.language,
    displayTitle: true,
    // A tagged PDF: a structure tree (headings, paragraphs, tables) in reading order.
    tagged: true,
    // No default font: pdfkit would load Helvetica (a standard Type 1 font). Ours are registered below.
    font: null as unknown as string,
    info: {
      Title: view.title,
      Subject: `Briefing for ${view.dateLabel}: ${view.summary}`,
      Author: 'Parallax',
      Creator: 'Parallax renderer',
      Producer: 'PDFKit',
      Keywords: view.sources.map((source) => source.outlet).join(', '),
      CreationDate: created,
      ModDate: created,
    },
  })
  // Each face is registered on first use (see FontSet.face).
  const fonts = new FontSet(doc, createFont)
  doc.font(fonts.face('serif'))
  const chunks: Buffer[] = []
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    doc.on('error', reject)
  })
  const page = doc.page
  const flow = new Flow(
    doc,
    {
      left: margins.left,
      top: margins.top,
      width: page.width - margins.left - margins.right,
      bottom: page.height - margins.bottom,
    },
    fonts,
    scale,
  )
  drawDocument(flow, view, sections, layout, withTexts)
  flow.flushPending()
  flow.structure.finish()
  const pages = doc.bufferedPageRange().count
  drawPageFrames(flow, view, margins)
  return { doc, flow, done, pages }
}

function drawDocument(
  flow: Flow,
  view: BriefingView,
  renderers: SectionRenderers,
  layout: EditionLayout,
  withTexts: boolean,
): void {
  flow.paras([
    {
      runs: [text(`BRIEFING · ${view.dateLabel.toUpperCase()}`, 'sansBold', 8.5, muted)],
      spaceAfter: 3,
    },
    { runs: [text(view.title, 'sansBold', 19)], spaceAfter: 4, tag: 'H1' },
    { runs: [text(`${view.summary} · generated ${view.generatedLabel}`, 'sans', 9, muted)] },
  ])
  flow.y += 6
  flow.rule(flow.y, ink, 1.5)
  flow.y += 4
  for (const section of view.sections)
    flow.structure.within('Sect', () => drawSection(flow, section, renderers))
  if (view.sources.length > 0)
    flow.structure.within('Sect', () =>
      drawSources(flow, view, drawHeading(flow, view.labels.sources, 'section-sources', 2), {
        withTexts,
        backMatter: layout.backMatter,
        compact: layout.compactSources,
      }),
    )
}

/** A section: its heading and bookmark, its body (its renderer's `pdf`), then what was cut. */
function drawSection(flow: Flow, section: SectionView, renderers: SectionRenderers): void {
  const outline = drawHeading(flow, section.title, section.anchor, 2)
  const renderer = renderers[section.kind] as SectionRenderer
  renderer.pdf(flow, section as never, outline)
  if (section.moreLabel) flow.paras([{ runs: [text(section.moreLabel, 'sans', 8, muted)] }])
}

/**
 * Running header (title and date, from page 2) and `Page n of m` on every page, as pagination
 * artifacts. The title is fitted to the header once, by binary search.
 */
function drawPageFrames(flow: Flow, view: BriefingView, margins: Margins): void {
  const doc = flow.doc
  const range = doc.bufferedPageRange()
  const { left, width, bottom } = flow.box
  const date = view.dateLabel
  const dateWidth = flow.measure.width(date, 'sans', 7.5)
  const title = fitText(view.title, width - dateWidth - 24, (value) =>
    flow.measure.width(value, 'sans', 7.5),
  )
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index)
    const number = index - range.start + 1
    flow.structure.artifact(() => {
      if (number > 1) {
        flow.drawText(title, 'sans', 7.5, left, margins.top - 26, muted)
        flow.drawText(date, 'sans', 7.5, left + width - dateWidth, margins.top - 26, muted)
      }
      const label = `Page ${number} of ${range.count}`
      const labelWidth = flow.measure.width(label, 'sans', 7.5)
      flow.drawText(label, 'sans', 7.5, left + (width - labelWidth) / 2, bottom + 24, muted)
    }, 'Pagination')
    if (number > 1) flow.rule(margins.top - 14, hairline, 0.5)
  }
}
