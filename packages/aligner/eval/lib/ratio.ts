/** Precision, recall and F1 from counts; `null` where a denominator is zero. */
export interface Prf {
  readonly tp: number
  readonly fp: number
  readonly fn: number
  readonly precision: number | null
  readonly recall: number | null
  readonly f1: number | null
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = ratio(tp, tp + fp)
  const recall = ratio(tp, tp + fn)
  const f1 =
    precision === null || recall === null
      ? null
      : precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall)
  return { tp, fp, fn, precision, recall, f1 }
}

export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole
}
