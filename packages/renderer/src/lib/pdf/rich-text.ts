import type { FontKey } from './fonts.js'
import type { StructureType } from './structure.js'

/** A run of text in one style. */
export interface Run {
  readonly text: string
  readonly font: FontKey
  readonly size: number
  readonly color?: string
  /** Named destination this run links to (a citation marker → `cite-c12`). */
  readonly goTo?: string
  /** External URL this run links to. */
  readonly link?: string
  /** Background colour drawn behind the run (changed words of a quote). */
  readonly highlight?: string
  /** Draw raised (top-aligned) instead of on the line's baseline: citation markers. */
  readonly raise?: boolean
  /** Named destination placed where this run starts. */
  readonly destination?: string
}

/** A paragraph: runs laid out left to right and wrapped at white space. */
export interface Para {
  readonly runs: readonly Run[]
  /** Text drawn in the left gutter of the first line (a bullet or a number); lines hang after it. */
  readonly bullet?: Run
  /** Width of the gutter for `bullet`, in points. @default 10 */
  readonly indent?: number
  /** Extra space after the paragraph, in points. @default 0 */
  readonly spaceAfter?: number
  /** Colour of a rule drawn in the left margin of every line (quotes). */
  readonly bar?: string
  /** Structure element of the paragraph in the tagged PDF. @default 'P' */
  readonly tag?: StructureType
}

export interface Placed {
  readonly text: string
  readonly run: Run
  readonly x: number
  readonly width: number
}

export interface Line {
  readonly height: number
  readonly items: readonly Placed[]
  /** Set on a paragraph's first line when it has a bullet. */
  readonly bullet?: Run
  readonly bar?: string
  /** Space to add after this line (the paragraph's `spaceAfter` on its last line). */
  readonly after: number
  /** Index of the paragraph this line belongs to, in the laid-out list. */
  readonly para: number
}

/** What the layout needs from a PDF document: the width of a string in a font at a size. */
export interface Measure {
  width(text: string, font: FontKey, size: number): number
}

export const lineHeightFactor = 1.38

/**
 * Breaks paragraphs into lines no wider than `width`: wraps at ASCII white space only (so a
 * no-break space or a citation marker glued to its word stays with it), and splits a word that
 * is wider than a whole line (a long URL) between characters.
 */
export function layoutParas(paras: readonly Para[], width: number, measure: Measure): Line[] {
  const lines: Line[] = []
  for (let paraIndex = 0; paraIndex < paras.length; paraIndex += 1) {
    const para = paras[paraIndex] as Para
    const indent = para.bullet ? (para.indent ?? 10) : 0
    const max = Math.max(10, width - indent)
    let items: Placed[] = []
    let x = 0
    let height = 0
    let first = true
    let pendingSpace: Run | null = null
    const flush = () => {
      const line: Line = {
        height: height || (para.runs[0]?.size ?? 10) * lineHeightFactor,
        items: items.map((item) => ({ ...item, x: item.x + indent })),
        ...(first && para.bullet ? { bullet: para.bullet } : {}),
        ...(para.bar ? { bar: para.bar } : {}),
        after: 0,
        para: paraIndex,
      }
      lines.push(line)
      items = []
      x = 0
      height = 0
      first = false
      pendingSpace = null
    }
    const place = (text: string, run: Run, w: number) => {
      const last = items[items.length - 1]
      if (last && last.run === run && last.x + last.width === x) {
        items[items.length - 1] = { ...last, text: last.text + text, width: last.width + w }
      } else items.push({ text, run, x, width: w })
      x += w
      height = Math.max(height, run.size * lineHeightFactor)
    }
    for (const word of words(para.runs)) {
      const wordWidth = word.reduce(
        (sum, f) => sum + measure.width(f.text, f.run.font, f.run.size),
        0,
      )
      const space: Run | null = pendingSpace
      const spaceWidth = space && items.length > 0 ? measure.width(' ', space.font, space.size) : 0
      if (items.length > 0 && x + spaceWidth + wordWidth > max) flush()
      else if (space && items.length > 0) place(' ', space, spaceWidth)
      if (wordWidth <= max) {
        for (const f of word) place(f.text, f.run, measure.width(f.text, f.run.font, f.run.size))
      } else {
        // Too wide for any line: break between characters.
        for (const f of word) {
          for (const ch of f.text) {
            const w = measure.width(ch, f.run.font, f.run.size)
            if (items.length > 0 && x + w > max) flush()
            place(ch, f.run, w)
          }
        }
      }
      pendingSpace = word.trailingSpace
    }
    if (items.length > 0 || first) flush()
    const last = lines[lines.length - 1]
    if (last && para.spaceAfter) lines[lines.length - 1] = { ...last, after: para.spaceAfter }
  }
  return lines
}

type Word = { text: string; run: Run }[] & { trailingSpace: Run | null }

/** Splits runs into words; a word may span runs when no white space separates them. */
function words(runs: readonly Run[]): Word[] {
  const out: Word[] = []
  let current = Object.assign([] as { text: string; run: Run }[], {
    trailingSpace: null as Run | null,
  })
  const end = (space: Run | null) => {
    if (current.length > 0) {
      current.trailingSpace = space
      out.push(current)
      current = Object.assign([] as { text: string; run: Run }[], {
        trailingSpace: null as Run | null,
      })
    } else if (space && out.length > 0) {
      const previous = out[out.length - 1] as Word
      previous.trailingSpace ??= space
    }
  }
  for (const run of runs) {
    for (const piece of run.text.split(/([ \t\r\n]+)/)) {
      if (piece === '') continue
      if (/^[ \t\r\n]+$/.test(piece)) end(run)
      else current.push({ text: piece, run })
    }
  }
  end(null)
  return out
}

/** Total height of laid-out lines. */
export function linesHeight(lines: readonly Line[]): number {
  return lines.reduce((sum, line) => sum + line.height + line.after, 0)
}
