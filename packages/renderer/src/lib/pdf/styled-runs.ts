import type { CiteView, SourceView, StatementView } from '../view-types.js'
import type { FontKey } from './fonts.js'
import type { Para, Run } from './rich-text.js'
import { accent, body, muted } from './styles.js'

/** A run of one font, size and (optional) colour. */
export function text(value: string, font: FontKey, size: number, color?: string): Run {
  return color ? { text: value, font, size, color } : { text: value, font, size }
}

/**
 * The "[n] " that opens a source's entry, bold in the accent colour; `target` makes it a link to
 * the entry (`goTo`) or the entry's named destination (`destination`).
 */
export function sourceNumber(
  source: Pick<SourceView, 'number'>,
  size: number,
  target: Pick<Run, 'goTo' | 'destination'>,
): Run {
  return { text: `[${source.number}] `, font: 'sansBold', size, color: accent, ...target }
}

/** A paragraph of runs with the default spacing. */
export function para(runs: readonly Run[]): Para {
  return { runs }
}

/** `3 more items not shown.`: what a section or group left out, in small muted type. */
export function moreLine(label: string): Para {
  return { runs: [text(label, 'sans', 8, muted)], spaceAfter: 4 }
}

/** A bullet-list item. */
export function bulleted(runs: readonly Run[]): Para {
  return { runs, bullet: text('•', 'serif', body, muted), indent: 11, spaceAfter: 4 }
}

/** A briefing sentence in the serif face, followed by its citation markers. */
export function statementRuns(statement: StatementView, size: number): Run[] {
  return [text(statement.text, 'serif', size), ...markers(statement.cites)]
}

/** Citation markers `[n]`, raised and glued to the preceding word, each a link to its sentence. */
export function markers(cites: readonly CiteView[]): Run[] {
  return cites.map((cite) => ({
    text: `[${cite.number}]`,
    font: 'sansBold',
    size: 6.5,
    color: accent,
    goTo: cite.target,
    raise: true,
  }))
}
