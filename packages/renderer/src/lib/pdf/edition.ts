import type { Briefing } from '@parallax/schema'

/** Page margins, in points. */
export interface Margins {
  readonly top: number
  readonly bottom: number
  readonly left: number
  readonly right: number
}

/** How one edition of the briefing is laid out in the PDF. */
export interface EditionLayout {
  readonly margins: Margins
  /** Factor applied to every type size of the body (headings, text, tables). */
  readonly scale: number
  /** Draw the coverage chart and the skipped inputs after the sources. */
  readonly backMatter: boolean
  /** Sources as one line each (their cited sentences' destinations on that line). */
  readonly compactSources: boolean
  /** Draw the source texts (when the `appendix` option allows them). */
  readonly appendix: boolean
}

type Edition = NonNullable<Briefing['edition']>

/**
 * The layout of each edition: the dossier (every section in full, back matter and source
 * texts), and the reader edition `brief` (narrower margins, type at 86%, one line per source,
 * no back matter) that fits a short briefing on two A4 or Letter pages.
 */
export const editionLayouts: Readonly<Record<Edition, EditionLayout>> = {
  dossier: {
    margins: { top: 62, bottom: 58, left: 56, right: 56 },
    scale: 1,
    backMatter: true,
    compactSources: false,
    appendix: true,
  },
  brief: {
    margins: { top: 46, bottom: 44, left: 44, right: 44 },
    scale: 0.86,
    backMatter: false,
    compactSources: true,
    appendix: false,
  },
}

/** The layout for a briefing's edition (`dossier` when it names none). */
export function editionLayout(briefing: Pick<Briefing, 'edition'>): EditionLayout {
  return editionLayouts[briefing.edition ?? 'dossier']
}
