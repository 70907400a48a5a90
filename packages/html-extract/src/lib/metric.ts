/**
 * The article-extraction benchmark's metric (Zyte/Scrapinghub article-extraction-benchmark):
 * Unicode word tokens, 4-token shingles counted as multisets, per-document true/false
 * positives and false negatives normalised to sum to 1, precision and recall averaged over
 * documents, F1 the harmonic mean of the two averages.
 */

/** Options of {@link scoreExtraction} and {@link scoreDocument}. */
export interface ScoreOptions {
  /** Tokens per shingle. Default: `4`. */
  shingleSize?: number
}

/** Score of one document. */
export interface DocumentScore {
  /** Normalised true positives, false positives and false negatives (they sum to 1, or all 0). */
  tp: number
  fp: number
  fn: number
  /** Precision, or `null` when the prediction has no shingles (the document is skipped). */
  precision: number | null
  /** Recall, or `null` when the truth has no shingles (the document is skipped). */
  recall: number | null
  /** Whether the token sequences are identical. */
  exact: boolean
}

/** Score over a set of documents. */
export interface Score {
  f1: number
  precision: number
  recall: number
  /** Share of documents whose token sequences are identical. */
  accuracy: number
  documents: number
}

// Python's `\w` with re.UNICODE: letters, digits (all scripts) and underscore.
const TOKEN = /[\p{L}\p{N}_]+/gu

/** Word tokens of a text, case kept. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? []
}

function shingles(tokens: string[], size: number): Map<string, number> {
  const counts = new Map<string, number>()
  const last = Math.max(1, tokens.length - size + 1)
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + size).join(' ')
    if (shingle === '') continue
    counts.set(shingle, (counts.get(shingle) ?? 0) + 1)
  }
  return counts
}

/** Scores one predicted text against the true text. */
export function scoreDocument(
  truth: string,
  predicted: string,
  options: ScoreOptions = {},
): DocumentScore {
  const size = options.shingleSize ?? 4
  const trueTokens = tokenize(truth)
  const predictedTokens = tokenize(predicted)
  const trueShingles = shingles(trueTokens, size)
  const predictedShingles = shingles(predictedTokens, size)
  let tp = 0
  let fp = 0
  let fn = 0
  for (const [shingle, trueCount] of trueShingles) {
    const predictedCount = predictedShingles.get(shingle) ?? 0
    tp += Math.min(trueCount, predictedCount)
    fn += Math.max(0, trueCount - predictedCount)
  }
  for (const [shingle, predictedCount] of predictedShingles) {
    fp += Math.max(0, predictedCount - (trueShingles.get(shingle) ?? 0))
  }
  const sum = tp + fp + fn
  if (sum > 0) {
    tp /= sum
    fp /= sum
    fn /= sum
  }
  const perfect = fp === 0 && fn === 0
  const precision = perfect ? 1 : tp + fp > 0 ? tp / (tp + fp) : null
  const recall = perfect ? 1 : tp + fn > 0 ? tp / (tp + fn) : null
  const exact =
    trueTokens.length === predictedTokens.length &&
    trueTokens.every((token, i) => token === predictedTokens[i])
  return { tp, fp, fn, precision, recall, exact }
}

/**
 * Scores predicted article bodies against the truth, both keyed by document id. A document
 * missing from `predicted` counts as an empty prediction.
 */
export function scoreExtraction(
  truth: Readonly<Record<string, string>>,
  predicted: Readonly<Record<string, string>>,
  options: ScoreOptions = {},
): Score {
  let precisionSum = 0
  let precisionCount = 0
  let recallSum = 0
  let recallCount = 0
  let exact = 0
  const ids = Object.keys(truth)
  for (const id of ids) {
    const score = scoreDocument(truth[id] ?? '', predicted[id] ?? '', options)
    if (score.precision !== null) {
      precisionSum += score.precision
      precisionCount++
    }
    if (score.recall !== null) {
      recallSum += score.recall
      recallCount++
    }
    if (score.exact) exact++
  }
  const precision = precisionCount === 0 ? 0 : precisionSum / precisionCount
  const recall = recallCount === 0 ? 0 : recallSum / recallCount
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return {
    f1,
    precision,
    recall,
    accuracy: ids.length === 0 ? 0 : exact / ids.length,
    documents: ids.length,
  }
}
