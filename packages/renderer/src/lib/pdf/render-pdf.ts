import type { Briefing } from '@parallax/schema'
import PDFDocument from 'pdfkit'
import { assertBriefing } from '../assert-briefing.js'
import { buildView } from '../build-view.js'
import { type RenderPdfOptions, resolvePageSize } from '../options.js'
import type { BriefingView, CiteView, SectionView, StatementView } from '../view-types.js'
import { drawCoverage } from './coverage-chart.js'
import { Flow, ink } from './flow.js'
import { type FontKey, fontBytes } from './fonts.js'
import type { Para, Run } from './rich-text.js'
import { drawTable, type TableRow } from './table.js'

const muted = '#4a4a55'
const accent = '#1d4f91'
const differ = '#9b2c1f'
const agree = '#1f6b3a'
const markColor = '#ffe27a'
const body = 10
const small = 9
const margins = { top: 62, bottom: 58, left: 56, right: 56 }

const stanceColors: Record<string, string> = {
  refusal: differ,
  opposition: differ,
  condition: muted,
}
const agreementColors: Record<string, string> = { agree, conflict: differ, single: muted }
const changeColors: Record<string, string> = { new: agree, changed: muted, resolved: differ }

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
  const view = buildView(assertBriefing(briefing))
  const fonts = fontBytes()
  const created = new Date(view.generatedAt)
  const doc = new PDFDocument({
    size: pageSize === 'Letter' ? 'LETTER' : 'A4',
    margins,
    bufferPages: true,
    compress: options?.compress ?? true,
    pdfVersion: '1.7',
    lang: view.language,
    displayTitle: true,
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
  for (const [key, bytes] of Object.entries(fonts)) doc.registerFont(key, bytes)
  doc.font('serif')
  const chunks: Buffer[] = []
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    doc.on('error', reject)
  })
  const page = doc.page
  const flow = new Flow(doc, {
    left: margins.left,
    top: margins.top,
    width: page.width - margins.left - margins.right,
    bottom: page.height - margins.bottom,
  })
  drawDocument(flow, view)
  drawPageFrames(flow, view)
  doc.end()
  return done
}

function drawDocument(flow: Flow, view: BriefingView): void {
  const doc = flow.doc
  flow.paras([
    {
      runs: [text(`BRIEFING · ${view.dateLabel.toUpperCase()}`, 'sansBold', 8.5, muted)],
      spaceAfter: 3,
    },
    { runs: [text(view.title, 'sansBold', 19)], spaceAfter: 4 },
    { runs: [text(`${view.summary} · generated ${view.generatedLabel}`, 'sans', 9, muted)] },
  ])
  flow.y += 6
  flow.rule(flow.y, ink, 1.5)
  flow.y += 4
  for (const section of view.sections) drawSection(flow, section)
  if (view.sources.length > 0) drawSources(flow, view)
  void doc
}

function heading(
  flow: Flow,
  title: string,
  anchor: string,
  level: 2 | 3,
  parent?: PDFKit.PDFOutline,
): PDFKit.PDFOutline | undefined {
  const size = level === 2 ? 13.5 : 10.5
  flow.space(level === 2 ? 16 : 9)
  // Keep the heading with at least three lines of what follows; a section heading also with the
  // sub-heading that usually opens it, so it never ends a page on its own.
  flow.ensure(size * 1.4 + (level === 2 ? 110 : 48))
  flow.doc.addNamedDestination(anchor, 'XYZ', flow.box.left - 4, flow.y - 4, null)
  const outline = level === 2 ? flow.doc.outline.addItem(title) : parent?.addItem(title)
  flow.paras([{ runs: [text(title, 'sansBold', size)] }])
  if (level === 2) {
    flow.rule(flow.y + 1, ink, 1)
    flow.y += 6
  } else flow.y += 2
  return outline
}

function drawSection(flow: Flow, section: SectionView): void {
  const outline = heading(flow, section.title, section.anchor, 2)
  switch (section.kind) {
    case 'bottom-line':
      flow.paras(section.items.map((item) => bulleted(statementRuns(item, body))))
      return
    case 'since-last':
      flow.paras([
        { runs: [text(section.previousLabel, 'serifItalic', small, muted)], spaceAfter: 5 },
      ])
      flow.paras(
        section.items.map((item) => ({
          runs: [
            text(
              `${item.label.toUpperCase()}  `,
              'sansBold',
              7.5,
              changeColors[item.change] ?? muted,
            ),
            ...statementRuns(item.statement, body),
          ],
          spaceAfter: 4,
        })),
      )
      return
    case 'conflicts': {
      const rows: TableRow[] = section.rows.flatMap((row) =>
        row.accounts.map((account, index) => ({
          cells: [
            index === 0 ? [para([text(row.topic, 'sansBold', 8.5)])] : [],
            [para([text(account.value, 'serifBold', small)])],
            [para(statementRuns(account.statement, small))],
          ],
          ...(index === 0 ? { groupStart: true } : {}),
          continuation: [
            [para([text(`${row.topic} (continued)`, 'sansBold', 8.5, muted)])],
            [para([text(account.value, 'serifBold', small)])],
            [para(statementRuns(account.statement, small))],
          ],
        })),
      )
      drawTable(
        flow,
        [
          { header: 'What is disputed', weight: 1.15 },
          { header: 'Account', weight: 1.1 },
          { header: 'As reported', weight: 2 },
        ],
        rows,
      )
      return
    }
    case 'quotes':
      flow.paras([
        {
          runs: [
            text(
              'Where outlets word the same statement differently, the words only one outlet uses are ',
              'serifItalic',
              small,
              muted,
            ),
            {
              text: 'highlighted',
              font: 'serifItalic',
              size: small,
              color: ink,
              highlight: markColor,
            },
            text('.', 'serifItalic', small, muted),
          ],
          spaceAfter: 2,
        },
      ])
      for (const speaker of section.speakers) {
        heading(
          flow,
          speaker.role ? `${speaker.name} — ${speaker.role}` : speaker.name,
          `${section.anchor}-${slug(speaker.name)}`,
          3,
          outline,
        )
        for (const statement of speaker.statements) {
          const paras: Para[] = []
          if (statement.note)
            paras.push({
              runs: [text(statement.note, 'serifItalic', 8.5, muted)],
              bar: '#d5d5dc',
              spaceAfter: 2,
            })
          for (const variant of statement.variants) {
            paras.push({
              runs: [
                text('“', 'serifItalic', body),
                ...variant.diff.map(
                  (run): Run =>
                    run.changed
                      ? {
                          text: run.text,
                          font: 'serifBoldItalic',
                          size: body,
                          highlight: markColor,
                        }
                      : text(run.text, 'serifItalic', body),
                ),
                text('”', 'serifItalic', body),
              ],
              bar: '#d5d5dc',
            })
            paras.push({
              runs: [
                text(
                  `— ${variant.attribution}${variant.context ? `, ${variant.context}` : ''}`,
                  'sans',
                  8,
                  muted,
                ),
                ...markers(variant.cites),
              ],
              bar: '#d5d5dc',
              spaceAfter: 3,
            })
          }
          flow.paras(paras, { indent: 10, keep: 3 })
          flow.y += 5
        }
      }
      return
    case 'positions':
      for (const party of section.parties) {
        heading(flow, party.party, `${section.anchor}-${slug(party.party)}`, 3, outline)
        drawTable(
          flow,
          [
            { header: 'Stance', weight: 0.75 },
            { header: 'Position', weight: 1.5 },
            { header: 'Wording by outlet', weight: 2.6 },
          ],
          party.positions.map((position) => ({
            cells: [
              [
                para([
                  text(
                    position.stanceLabel.toUpperCase(),
                    'sansBold',
                    7.5,
                    stanceColors[position.stance] ?? accent,
                  ),
                ]),
              ],
              [para([text(position.summary, 'serifBold', small)])],
              position.wordings.map((wording) => ({
                ...bulleted(statementRuns(wording, small)),
                spaceAfter: 2,
              })),
            ],
          })),
        )
      }
      return
    case 'figures':
      drawTable(
        flow,
        [
          { header: 'Figure', weight: 1.5 },
          { header: 'Value', weight: 0.85 },
          { header: 'Agreement', weight: 0.85 },
          { header: 'Accounts', weight: 2.4 },
        ],
        section.rows.map((row) => ({
          cells: [
            [para([text(row.label, 'sansBold', 8.5)])],
            [para([text(row.value, 'serifBold', small)])],
            [
              para([
                text(row.agreementLabel, 'sansBold', 7.5, agreementColors[row.agreement] ?? muted),
              ]),
            ],
            row.accounts.map((account) => ({
              ...bulleted([
                text(`${account.value}: `, 'serifBold', small),
                ...statementRuns(account.statement, small),
              ]),
              spaceAfter: 2,
            })),
          ],
        })),
      )
      return
    case 'timeline':
      drawTable(
        flow,
        [
          { header: 'Date', weight: 0.9 },
          { header: 'Event', weight: 4 },
        ],
        section.entries.map((entry) => ({
          cells: [
            [para([text(entry.label, 'sansBold', 8.5, accent)])],
            [
              para(statementRuns(entry.statement, small)),
              ...(entry.disputed
                ? [
                    para([
                      text('Date disputed: ', 'sansBold', 7.5, differ),
                      text(entry.disputed, 'serifItalic', 8.5, differ),
                    ]),
                  ]
                : []),
            ],
          ],
        })),
      )
      return
    case 'exclusives':
      for (const group of section.outlets) {
        heading(flow, group.outlet, `${section.anchor}-${group.number}`, 3, outline)
        flow.paras([
          {
            runs: [
              text('Source ', 'sans', 8, muted),
              {
                text: `[${group.number}]`,
                font: 'sansBold',
                size: 8,
                color: accent,
                goTo: group.sourceTarget,
              },
            ],
            spaceAfter: 2,
          },
          ...group.items.map((item) => bulleted(statementRuns(item, body))),
        ])
      }
      return
  }
}

function drawSources(flow: Flow, view: BriefingView): void {
  const outline = heading(flow, view.labels.sources, 'section-sources', 2)
  for (const source of view.sources) {
    const head: Run[] = [
      {
        text: `[${source.number}] `,
        font: 'sansBold',
        size: 9.5,
        color: accent,
        destination: source.anchor,
      },
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
          runs: [{ text: cited.excerpt, font: 'serif', size: 8, destination: cited.anchor }],
          spaceAfter: 1.5,
        })),
        { indent: 6 },
      )
    }
    flow.y += 4
    flow.rule(flow.y, '#d5d5dc', 0.5)
    flow.y += 4
  }
  if (view.coverage) {
    heading(flow, view.labels.coverage, 'section-coverage', 3, outline)
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
    heading(flow, view.labels.skipped, 'section-skipped', 3, outline)
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

/** Running header (title and date, from page 2) and `Page n of m` on every page. */
function drawPageFrames(flow: Flow, view: BriefingView): void {
  const doc = flow.doc
  const range = doc.bufferedPageRange()
  const { left, width, bottom } = flow.box
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index)
    const number = index - range.start + 1
    if (number > 1) {
      const date = view.dateLabel
      const dateWidth = flow.measure.width(date, 'sans', 7.5)
      const title = fit(flow, view.title, width - dateWidth - 24)
      doc.font('sans').fontSize(7.5).fillColor(muted)
      doc.text(title, left, margins.top - 26, { lineBreak: false })
      doc.text(date, left + width - dateWidth, margins.top - 26, { lineBreak: false })
      flow.rule(margins.top - 14, '#d5d5dc', 0.5)
    }
    const label = `Page ${number} of ${range.count}`
    const labelWidth = flow.measure.width(label, 'sans', 7.5)
    doc.font('sans').fontSize(7.5).fillColor(muted)
    doc.text(label, left + (width - labelWidth) / 2, bottom + 24, { lineBreak: false })
  }
}

function fit(flow: Flow, value: string, width: number): string {
  if (flow.measure.width(value, 'sans', 7.5) <= width) return value
  let text = value
  while (text.length > 1 && flow.measure.width(`${text}…`, 'sans', 7.5) > width)
    text = text.slice(0, -1)
  return `${text.trimEnd()}…`
}

function text(value: string, font: FontKey, size: number, color?: string): Run {
  return color ? { text: value, font, size, color } : { text: value, font, size }
}

function para(runs: readonly Run[]): Para {
  return { runs }
}

function bulleted(runs: readonly Run[]): Para {
  return { runs, bullet: text('•', 'serif', body, muted), indent: 11, spaceAfter: 4 }
}

function statementRuns(statement: StatementView, size: number): Run[] {
  return [text(statement.text, 'serif', size), ...markers(statement.cites)]
}

/** Citation markers `[n]`, raised and glued to the preceding word, each a link to its sentence. */
function markers(cites: readonly CiteView[]): Run[] {
  return cites.map((cite) => ({
    text: `[${cite.number}]`,
    font: 'sansBold',
    size: 6.5,
    color: accent,
    goTo: cite.target,
    raise: true,
  }))
}

function slug(value: string): string {
  return (
    value
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  )
}
