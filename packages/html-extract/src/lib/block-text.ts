import { decodeNamedCharacterReference } from 'decode-named-character-reference'
import type { Text } from 'hast'

const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,8});?|#([0-9]{1,8});?|([A-Za-z][A-Za-z0-9]{0,31});?)/y

function isSpace(code: number): boolean {
  return code <= 32 || code === 160 || code === 0x2028 || code === 0x2029 || code === 0x200b
}

/**
 * Source offset of each character of a text node whose source contains character references:
 * walks the decoded value and the raw source side by side.
 */
function sourceOffsets(value: string, raw: string, start: number): Int32Array {
  const offsets = new Int32Array(value.length + 1)
  let i = 0
  let j = 0
  while (i < value.length) {
    if (j >= raw.length) {
      offsets[i++] = start + raw.length
      continue
    }
    if (raw.charCodeAt(j) === 38 /* & */) {
      REFERENCE.lastIndex = j
      const match = REFERENCE.exec(raw)
      if (match !== null) {
        const refLength = match[0].length
        let decodedLength = 0
        if (match[1] !== undefined || match[2] !== undefined) {
          const code = Number.parseInt(match[1] ?? match[2] ?? '', match[1] === undefined ? 10 : 16)
          decodedLength = code > 0xffff && code <= 0x10ffff ? 2 : 1
        } else if (match[3] !== undefined) {
          const decoded = decodeNamedCharacterReference(match[3])
          decodedLength = decoded === false ? 0 : decoded.length
        }
        if (decodedLength > 0 && value.slice(i, i + refLength) !== match[0]) {
          for (let k = 0; k < decodedLength && i < value.length; k++) offsets[i++] = start + j
          j += refLength
          continue
        }
      }
    }
    offsets[i++] = start + j++
  }
  offsets[value.length] = start + Math.min(j, raw.length)
  return offsets
}

/**
 * Builds one block's readable text (whitespace collapsed) with its offset map into the source:
 * pairs `[textOffset, sourceOffset]`, each starting a run where text and source advance together.
 */
export class BlockTextBuilder {
  text = ''
  readonly map: Array<[number, number]> = []
  /** Source offset of the first character, or -1 before any text. */
  start = -1
  /** Source offset one past the last character. */
  end = -1
  /** Visible characters inside links. */
  linkLength = 0
  /** Visible characters (whitespace excluded). */
  visibleLength = 0
  private pendingSpace = false

  /** Marks a word break (a `<br>` or an element boundary) before the next text. */
  breakWord(): void {
    if (this.text.length > 0) this.pendingSpace = true
  }

  /** Appends a text node; `html` is the source the node's positions point into. */
  addText(node: Text, html: string, inLink: boolean): void {
    const value = node.value
    const startOffset = node.position?.start.offset
    const endOffset = node.position?.end.offset
    let offsets: Int32Array | null = null
    let base = Math.max(this.end, 0)
    if (startOffset !== undefined && endOffset !== undefined) {
      base = startOffset
      if (endOffset - startOffset !== value.length) {
        offsets = sourceOffsets(value, html.slice(startOffset, endOffset), startOffset)
      }
    }
    this.addRun(value, offsets, base, inLink)
  }

  /**
   * Appends decoded text whose characters sit at `offsets[i]` in the source (`offsets` has one
   * extra entry for the end), or at `base + i` when `offsets` is `null`.
   */
  addRun(value: string, offsets: Int32Array | null, base: number, inLink: boolean): void {
    const at = (index: number) => (offsets === null ? base + index : (offsets[index] ?? base))
    let i = 0
    const length = value.length
    while (i < length) {
      // Whitespace run
      if (isSpace(value.charCodeAt(i))) {
        if (this.text.length > 0) this.pendingSpace = true
        i++
        while (i < length && isSpace(value.charCodeAt(i))) i++
        continue
      }
      let k = i + 1
      while (k < length && !isSpace(value.charCodeAt(k))) k++
      if (this.pendingSpace) {
        this.push(this.text.length, this.end)
        this.text += ' '
        this.pendingSpace = false
      }
      const textOffset = this.text.length
      this.push(textOffset, at(i))
      if (offsets !== null) {
        // Inside a word with references, add a pair wherever text and source stop advancing together.
        for (let m = i + 1; m < k; m++) {
          const expected = at(m - 1) + 1
          if (at(m) !== expected) this.push(textOffset + (m - i), at(m))
        }
      }
      this.text += value.slice(i, k)
      this.visibleLength += k - i
      if (inLink) this.linkLength += k - i
      if (this.start < 0) this.start = at(i)
      this.end = offsets === null ? base + k : (offsets[k] ?? at(k - 1) + 1)
      i = k
    }
  }

  private push(textOffset: number, sourceOffset: number): void {
    const last = this.map[this.map.length - 1]
    if (last !== undefined) {
      if (last[0] === textOffset) {
        last[1] = sourceOffset
        return
      }
      if (sourceOffset - last[1] === textOffset - last[0]) return
    }
    this.map.push([textOffset, sourceOffset])
  }
}
