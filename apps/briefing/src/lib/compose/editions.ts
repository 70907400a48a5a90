import type { Briefing, SectionKind } from '@parallax/schema'
import type { ComposeOptions } from './types.js'

/** The editions of a briefing, as the schema names them. */
export type Edition = NonNullable<Briefing['edition']>

/** Limits an edition may set (the numeric `ComposeOptions`). */
export type EditionLimits = {
  readonly [K in keyof ComposeOptions as ComposeOptions[K] extends number | null | undefined
    ? K
    : never]?: number
}

/** What an edition contains: its sections, in briefing order, and its limits. */
export interface EditionSpec {
  /** Sections it contains (`since-last` is added by the command when an earlier run exists). */
  readonly sections: readonly SectionKind[]
  /** Limits over the defaults; an option given to `composeBriefing` still wins. */
  readonly limits: EditionLimits
  /** Whether sources carry their clean text with cited sentences marked. */
  readonly appendix: boolean
}

/**
 * Every edition, the one place they are defined (a new edition in the schema is a compile error
 * here until it has an entry).
 *
 * - `dossier`: every section at the default limits, with the sources appendix.
 * - `brief`: the reader edition, sized for two A4 or Letter pages: the bottom line (3–4
 *   statements), the conflicts (hard first, at most 3), the three most important quotes with
 *   their variants (at most 2 wordings each), the key figures (3), a short timeline (4 entries),
 *   then the sources (no appendix). Every statement is still cited; each section's `more` says
 *   how many ranked items were cut.
 */
export const editions: Readonly<Record<Edition, EditionSpec>> = {
  dossier: {
    sections: [
      'bottom-line',
      'since-last',
      'conflicts',
      'quotes',
      'positions',
      'figures',
      'timeline',
      'exclusives',
    ],
    limits: {},
    appendix: true,
  },
  brief: {
    sections: ['bottom-line', 'conflicts', 'quotes', 'figures', 'timeline'],
    limits: {
      bottomLineMax: 4,
      conflictsMax: 3,
      speakersMax: 3,
      quotesPerSpeakerMax: 1,
      quotesMax: 3,
      wordingsMax: 2,
      figuresMax: 3,
      timelineMax: 4,
      topicsMax: 6,
    },
    appendix: false,
  },
}

/** The edition names, in the order `--help` lists them. */
export const EDITIONS = Object.keys(editions) as Edition[]
