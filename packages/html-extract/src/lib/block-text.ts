import { type TextNode, WHITESPACE } from './tree.js'

function isSpace(code: number): boolean {
  return code <= 32 || code === 160 || code === 0x2028 || code === 0x2029 || code === 0x200b
}

/**
 * Builds one block's readable text (whitespace collapsed) with its offset map into the source:
 * pairs `[textOffset, sourceOffset]`, each starting a run where text and source advance together.
 * The words are kept as a list and joined once when `text` is first read: appending with `+=`
 * would leave a tree of one string object per word and space (some 60 bytes a word) alive until
 * something flattened it, which on a page of a million tiny elements is a third of the peak.
 */
export class BlockTextBuilder {
  map: Array<[number, number]> = []
  /** Length of the text so far. */
  length = 0
  private parts: string[] = []
  private joined: string | null = null
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
    if (this.length > 0) this.pendingSpace = true
  }

  /** The text: the words and spaces appended so far, as one flat string. */
  get text(): string {
    return this.join()
  }

  /**
   * Joins the text now and trims the map's spare capacity (a list grown by appending keeps up to
   * half again its length): call once the block is complete, so that what a page of many blocks
   * holds until the end is only each block's final text and map.
   */
  finish(): void {
    this.join()
    if (this.map.length > 0) this.map = this.map.slice()
  }

  private join(): string {
    if (this.joined === null || this.parts.length > 0) {
      const parts = this.parts
      if (this.joined !== null) parts.unshift(this.joined)
      this.joined = parts.length === 1 ? (parts[0] as string) : parts.join('')
      this.parts = []
    }
    return this.joined
  }

  /** Appends `value` to the text. */
  private append(value: string): void {
    this.parts.push(value)
    this.length += value.length
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
        if (this.length > 0) this.pendingSpace = true
        i++
        while (i < length && isSpace(value.charCodeAt(i))) i++
        continue
      }
      let k = i + 1
      while (k < length && !isSpace(value.charCodeAt(k))) k++
      if (this.pendingSpace) {
        this.push(this.length, this.end)
        this.append(' ')
        this.pendingSpace = false
      }
      const textOffset = this.length
      this.push(textOffset, at(i))
      if (offsets !== null) {
        // Inside a word with references, add a pair wherever text and source stop advancing together.
        for (let m = i + 1; m < k; m++) {
          const expected = at(m - 1) + 1
          if (at(m) !== expected) this.push(textOffset + (m - i), at(m))
        }
      }
      this.append(value.slice(i, k))
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
