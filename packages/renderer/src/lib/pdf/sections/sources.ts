import type { BriefingView } from '../../view-types.js'
import { drawCoverage } from '../coverage-chart.js'
import type { Flow } from '../flow.js'
import { drawHeading } from '../heading.js'
import type { Para, Run } from '../rich-text.js'
import { para, sourceNumber, text } from '../styled-runs.js'
import { accent, hairline, muted, small } from '../styles.js'
import { drawTable } from '../table.js'
import { drawSourceTexts } from './source-texts.js'

/**
 * Sources: each source entry (a named destination) with the sentences cited from it (each a
 * named destination the citation markers link to, with links to the sentence in the source text
 * and on the live page), then the coverage matrix, the skipped inputs and (`withTexts`) the
 * source texts, each under a sub-heading.
 */
export function drawSources(
  flow: Flow,
  view: BriefingView,
  outline: PDFKit.PDFOutline | undefined,
  options: SourcesOptions = {},
): void {
  const withTexts = options.withTexts ?? true
  if (options.compact) drawCompactSources(flow, view)
  else drawSourceEntries(flow, view, withTexts)
  if (options.backMatter ?? true) drawBackMatter(flow, view, outline)
  if (withTexts) drawSourceTexts(flow, view.labels.appendix, view.sources, outline)
}

/** What `drawSources` draws besides the entries. */
export interface SourcesOptions {
  /** The source texts after everything else. @default true */
  readonly withTexts?: boolean
  /** The coverage chart and the skipped inputs. @default true */
  readonly backMatter?: boolean
  /** One line per source, its cited sentences' destinations on that line. @default false */
  readonly compact?: boolean
}

/**
 * The reader edition's sources: one paragraph each (number, outlet, title, date, link); the
 * source's entry and every sentence cited from it are named destinations on that line, so each
 * citation marker still leads to its source.
 */
function drawCompactSources(flow: Flow, view: BriefingView): void {
  for (const source of view.sources) {
    const runs: Run[] = [
      sourceNumber(source, 8.5, {}),
      text(source.outlet, 'sansBold', 8.5),
      ...(source.title ? [text(` — ${source.title}`, 'serifItalic', 8.5)] : []),
      text(` · ${source.published}`, 'sans', 7.5, muted),
    ]
    if (source.url)
      runs.push(
        text(' · ', 'sans', 7.5, muted),
        source.href
          ? { text: source.url, font: 'sans', size: 7.5, color: accent, link: source.href }
          : text(source.url, 'sans', 7.5, muted),
      )
    const lines = flow.layout([{ runs }])
    flow.ensure(lines[0]?.height ?? 0)
    for (const anchor of [source.anchor, ...source.cited.map((cited) => cited.anchor)])
      flow.doc.addNamedDestination(anchor, 'XYZ', flow.box.left - 4, flow.y - 4, null)
    flow.paras([{ runs, spaceAfter: 2 }])
  }
}

function drawSourceEntries(flow: Flow, view: BriefingView, withTexts: boolean): void {
  for (const source of view.sources) {
    const head: Run[] = [
      sourceNumber(source, 9.5, { destination: source.anchor }),
      text(source.outlet, 'sansBold', 9.5),
    ]
    if (source.title) head.push(text(' — ', 'sans', 9.5), text(source.title, 'serifItalic', 9.5))
    const meta = `${source.byline ? `By ${source.byline} · ` : ''}Published ${source.published} · format ${source.format} · article ${source.article}`
    const paras: Para[] = [
      { runs: head, spaceAfter: 1 },
      { runs: [text(meta, 'sans', 7.5, muted)], spaceAfter: 1 },
    ]
    if (source.url) {
      paras.push({
        runs: [
          source.href
            ? { text: source.url, font: 'sans', size: 7.5, color: accent, link: source.href }
            : text(source.url, 'sans', 7.5, muted),
        ],
        spaceAfter: 1,
      })
    }
    flow.paras(paras, { keep: 3 })
    if (source.cited.length > 0) {
      flow.paras([
        {
          runs: [text(view.labels.citedSentences.toUpperCase(), 'sansBold', 6.5, muted)],
          spaceAfter: 1,
        },
      ])
      flow.paras(
        source.cited.map((cited) => ({
          bullet: text(cited.id, 'sans', 6.5, muted),
          indent: 20,
          runs: [
            { text: cited.excerpt, font: 'serif', size: 8, destination: cited.anchor },
            ...(cited.textTarget && withTexts
              ? [
                  {
                    text: ' in the text',
                    font: 'sans' as const,
                    size: 6.5,
                    color: accent,
                    goTo: cited.textTarget,
                  },
                ]
              : []),
            ...(cited.liveHref
              ? [
                  {
                    text: ' on the live page ↗',
                    font: 'sans' as const,
                    size: 6.5,
                    color: accent,
                    link: cited.liveHref,
                  },
                ]
              : []),
          ],
          spaceAfter: 1.5,
        })),
        { indent: 6 },
      )
    }
    flow.y += 4
    flow.rule(flow.y, hairline, 0.5)
    flow.y += 4
  }
}

/** The coverage chart and the skipped inputs, each under a sub-heading. */
function drawBackMatter(
  flow: Flow,
  view: BriefingView,
  outline: PDFKit.PDFOutline | undefined,
): void {
  if (view.coverage) {
    drawHeading(flow, view.labels.coverage, 'section-coverage', 3, outline)
    flow.paras([
      {
        runs: [
          text(
            'Number of cited claims per source and topic. Empty cells: the source does not cover the topic.',
            'serifItalic',
            8.5,
            muted,
          ),
        ],
        spaceAfter: 4,
      },
    ])
    drawCoverage(flow, view.coverage)
  }
  if (view.skipped.length > 0) {
    drawHeading(flow, view.labels.skipped, 'section-skipped', 3, outline)
    drawTable(
      flow,
      [
        { header: 'File', weight: 1.3 },
        { header: 'Reason', weight: 1.7 },
        { header: 'Diagnostics', weight: 2.2 },
      ],
      view.skipped.map((item) => ({
        cells: [
          [para([text(item.file, 'sansBold', 8)])],
          [para([text(item.reason, 'serif', small)])],
          item.diagnostics.map((line) => ({
            runs: [text(line, 'sans', 7.5, muted)],
            spaceAfter: 2,
          })),
        ],
      })),
    )
  }
}
