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
  /** A page budget: when the drawing runs longer, it is drawn again with smaller type. */
  readonly maxPages?: number
  /** The smallest `scale` the page budget may shrink the type to. */
  readonly minScale: number
}

type Edition = NonNullable<Briefing['edition']>

/**
 * The layout of each edition: the dossier (every section in full, back matter and source
 * texts), and the reader edition `brief` (narrower margins, type at 86%, one line per source,
 * no back matter) that fits a short briefing on two A4 or Letter pages: when it runs longer, its
 * type is made smaller in steps, down to 74%.
 */
export const editionLayouts: Readonly<Record<Edition, EditionLayout>> = {
  dossier: {
    margins: { top: 62, bottom: 58, left: 56, right: 56 },
    scale: 1,
    backMatter: true,
    compactSources: false,
    appendix: true,
    minScale: 1,
  },
  brief: {
    margins: { top: 46, bottom: 44, left: 44, right: 44 },
    scale: 0.86,
    backMatter: false,
    compactSources: true,
    appendix: false,
    maxPages: 2,
    minScale: 0.74,
  },
}

/** The layout for a briefing's edition (`dossier` when it names none). */
export function editionLayout(briefing: Pick<Briefing, 'edition'>): EditionLayout {
  return editionLayouts[briefing.edition ?? 'dossier']
}
