import { english } from '@parallax/annotate/english'
import type { DiffRunView } from './view-types.js'

/**
 * Function words per language (ISO 639-1), from the pipeline's language packs: the English
 * pack's function words (articles, determiners, the words that never belong to a name's role
 * phrase). A language without a pack marks every differing word.
 */
const functionWords: Readonly<Record<string, ReadonlySet<string>>> = {
  [english.code]: new Set(
    [...english.articles, ...english.determiners, ...english.roleStoppers].map((word) =>
      word.toLowerCase(),
    ),
  ),
}

/** Words that turn a statement around: always marked when they differ, function word or not. */
const negations = new Set(['not', 'no', 'nor', 'never', 'without'])

/** A word (letters, marks, digits, apostrophes inside) or anything else. */
const token = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*|[^\p{L}\p{M}\p{N}]+/gu

/**
 * A quote variant's diff runs with function words ("the", "have") no longer marked as changed,
 * so the highlight falls on the words that change the meaning. Text is kept exactly: the runs
 * still join to the variant. Adjacent runs of the same kind are merged; white space and
 * punctuation between two marked words stay marked, at the edges of a mark they do not.
 */
export function markContentWords(
  runs: readonly DiffRunView[],
  language: string,
): readonly DiffRunView[] {
  const skip = functionWords[language.toLowerCase().slice(0, 2)]
  const pieces: { text: string; changed: boolean; split: boolean }[] = []
  for (const run of runs) {
    if (!run.changed) {
      pieces.push({ ...run, split: false })
      continue
    }
    for (const match of run.text.matchAll(token)) {
      const text = match[0]
      const word = /[\p{L}\p{M}\p{N}]/u.test(text)
      const lower = text.toLowerCase()
      const marked = word && !(skip?.has(lower) && !negations.has(lower))
      pieces.push({ text, changed: marked, split: !word })
    }
  }
  // Punctuation and spaces take the kind of both neighbours when these agree, else unmarked.
  const settled = pieces.map((piece, index): DiffRunView => {
    if (!piece.split) return { text: piece.text, changed: piece.changed }
    const before = pieces[index - 1]
    const after = pieces[index + 1]
    const inside = before?.changed === true && after?.changed === true
    return { text: piece.text, changed: inside }
  })
  const merged: DiffRunView[] = []
  for (const piece of settled) {
    const last = merged[merged.length - 1]
    if (last && last.changed === piece.changed)
      merged[merged.length - 1] = { text: last.text + piece.text, changed: piece.changed }
    else if (piece.text.length > 0) merged.push(piece)
  }
  return merged
}
