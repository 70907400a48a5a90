import { type TextNode, WHITESPACE } from './tree.js'

function isSpace(code: number): boolean {
  return code <= 32 || code === 160 || code === 0x2028 || code === 0x2029 || code === 0x200b
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

  /**
   * Appends a text node. A node whose source is longer than its text is one character reference
   * (the tree keeps each reference a node of its own): all its characters sit at the `&`.
   */
  addText(node: TextNode, inLink: boolean): void {
    if (node === WHITESPACE) {
      this.breakWord()
      return
    }
    const value = node.value
    let offsets: Int32Array | null = null
    if (node.end - node.start !== value.length) {
      offsets = new Int32Array(value.length + 1).fill(node.start)
      offsets[value.length] = node.end
    }
    this.addRun(value, offsets, node.start, inLink)
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
