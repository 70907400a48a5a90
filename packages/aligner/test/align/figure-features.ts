import type { DateRange, QuantityClaim } from '@parallax/schema'
import { type ClaimFeatures, claimFeatures } from '../../src/lib/align/features.js'
import { hex, options } from './event-features.js'

/** The fields of a quantity claim that the tests vary; the rest have neutral defaults. */
export interface FigureFixture {
  article: number
  text: string
  value: number
  unit: string
  hedge?: QuantityClaim['hedge']
  /** What the number measures (default: its unit). */
  subject?: string
  /** The article's publication date (default: `figureFeatures`' `published` argument). */
  published?: string
  expected?: boolean
  when?: DateRange
}

/** Features of one figure per spec; the `i`-th spec gets index `i`. */
export function figureFeatures(
  specs: readonly FigureFixture[],
  published?: string,
): ClaimFeatures[] {
  return specs.map((s, i) => {
    const date = s.published ?? published
    if (date === undefined) throw new Error(`figure ${i} ("${s.text}") has no publication date`)
    const claim: QuantityClaim = {
      id: `${hex(s.article)}:quantity:${i}`,
      kind: 'quantity',
      text: s.text,
      subject: s.subject ?? s.unit,
      value: s.value,
      unit: s.unit,
      hedge: s.hedge ?? null,
      provenance: { article: hex(s.article), span: { start: i, end: i + 1 } },
      ...(s.expected ? { expected: true } : {}),
    }
    return claimFeatures(
      i,
      claim,
      hex(s.article),
      date,
      options.lexical,
      s.when ?? null,
      { people: [], places: [] },
      s.text,
    )
  })
}
