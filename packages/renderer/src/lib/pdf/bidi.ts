import { createRequire } from 'node:module'

// bidi-js is a CommonJS (UMD) module whose one export is the factory.
const bidiFactory = createRequire(import.meta.url)('bidi-js') as typeof import('bidi-js').default
const bidi = bidiFactory()

/** Characters of right-to-left scripts and the right-to-left marks (the bidi fast path's test). */
const rightToLeft =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u2067\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u

/** A piece of a line in one font and one direction. */
export interface BidiPiece<T> {
  readonly text: string
  /** Bidi embedding level: odd is right to left. */
  readonly level: number
  readonly data: T
}

/** Whether `text` needs the bidi algorithm at all (it has a right-to-left character). */
export function hasRightToLeft(text: string): boolean {
  return rightToLeft.test(text)
}

/**
 * Embedding levels (one per UTF-16 code unit) of a left-to-right line, by the Unicode
 * Bidirectional Algorithm (bidi-js): the document's base direction is left to right, runs of
 * Arabic, Hebrew and other right-to-left scripts inside it are right to left.
 */
export function lineLevels(text: string): Uint8Array {
  return bidi.getEmbeddingLevels(text, 'ltr').levels
}

/**
 * Pieces (in logical order, each of one level) put in visual order, left to right, by rule L2:
 * from the highest level down to the lowest odd one, every run of pieces at that level or higher
 * is reversed. A right-to-left piece that has a right-to-left letter is drawn as it is (the font
 * engine lays out Arabic and Hebrew right to left, shaping them in logical order); one made only
 * of neutrals (punctuation, spaces) is reversed here, its brackets mirrored.
 */
export function visualOrder<T>(pieces: readonly BidiPiece<T>[]): BidiPiece<T>[] {
  const out = [...pieces]
  let highest = 0
  let lowestOdd = Number.POSITIVE_INFINITY
  for (const piece of out) {
    if (piece.level > highest) highest = piece.level
    if (piece.level % 2 === 1 && piece.level < lowestOdd) lowestOdd = piece.level
  }
  for (let level = highest; level >= lowestOdd; level -= 1) {
    let index = 0
    while (index < out.length) {
      if ((out[index] as BidiPiece<T>).level < level) {
        index += 1
        continue
      }
      let end = index
      while (end < out.length && (out[end] as BidiPiece<T>).level >= level) end += 1
      const reversed = out.slice(index, end).reverse()
      for (let k = 0; k < reversed.length; k += 1) out[index + k] = reversed[k] as BidiPiece<T>
      index = end
    }
  }
  return out.map((piece) =>
    piece.level % 2 === 1 && !hasRightToLeft(piece.text)
      ? { ...piece, text: mirrorReverse(piece.text) }
      : piece,
  )
}

function mirrorReverse(text: string): string {
  const chars = Array.from(text).reverse()
  return chars.map((char) => bidi.getMirroredCharacter(char) ?? char).join('')
}
