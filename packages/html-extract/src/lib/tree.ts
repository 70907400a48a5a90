/**
 * The page tree html-extract reads: elements and text with source offsets, nothing else. Built
 * by {@link buildTree} straight from the tokenizer's events (no DOM, no positions with line and
 * column: those are computed only for the few diagnostics that need them).
 */

/** A run of decoded text. `start`/`end` are UTF-16 offsets of its source in the page. */
export interface TextNode {
  type: 'text'
  value: string
  start: number
  end: number
}

import type { ElementStats } from './analyze-tree.js'

/**
 * A text node whose value is its source unchanged (no character reference in it): it keeps the
 * page and its offsets and reads `value` from the page when asked, instead of holding a copy of
 * its own. A page of a million tiny elements holds a million of these, some 30 bytes less each.
 */
export class SourceText implements TextNode {
  readonly #source: string
  readonly start: number
  readonly end: number

  constructor(source: string, start: number, end: number) {
    this.#source = source
    this.start = start
    this.end = end
  }

  get type(): 'text' {
    return 'text'
  }

  get value(): string {
    return this.#source.slice(this.start, this.end)
  }
}

/** An element: lower-case tag name, attributes as written (first of duplicates wins). */
export interface ElementNode {
  type: 'element'
  tagName: string
  attributes: Record<string, string>
  children: TreeNode[]
  /** Offset of the `<` of the start tag. */
  start: number
  /** Offset one past the end tag (or the start of the tag that implied it closed). */
  end: number
  /** Text figures, set by `analyzeTree` (`null` before, and for skipped elements). */
  stats: ElementStats | null
}

export type TreeNode = ElementNode | TextNode

/**
 * Every run of ASCII whitespace alone between tags is this one node: such a run only separates
 * words, and a large page holds millions of them. It has no place in the source (`-1`).
 */
export const WHITESPACE: TextNode = Object.freeze({ type: 'text', value: ' ', start: -1, end: -1 })

/** Children of an element without any: one shared, frozen array. */
export const NO_CHILDREN: TreeNode[] = Object.freeze([]) as unknown as TreeNode[]

/** The document: top-level nodes in source order. */
export interface TreeRoot {
  type: 'root'
  children: TreeNode[]
}

/** Value of an attribute, `''` when absent. */
export function attribute(element: ElementNode, name: string): string {
  return element.attributes[name] ?? ''
}

/** Whether the element has the attribute (with any value). */
export function hasAttribute(element: ElementNode, name: string): boolean {
  return element.attributes[name] !== undefined
}

/** 1-based line and column of an offset in `source` (for diagnostics). */
export function lineColumn(source: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let index = source.indexOf('\n'); index !== -1 && index < offset; ) {
    line++
    lineStart = index + 1
    index = source.indexOf('\n', lineStart)
  }
  return { line, column: offset - lineStart + 1 }
}
