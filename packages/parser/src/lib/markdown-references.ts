import { decodeNamedCharacterReference } from 'decode-named-character-reference'
import type { Replacement } from './readable-text.js'

const ESCAPABLE = /[!-/:-@[-`{-~]/
const REFERENCE = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/y

/** A numeric character reference's code point as CommonMark reads it (invalid ones as U+FFFD). */
function fromCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd'
  return String.fromCodePoint(code)
}

/**
 * The Markdown backslash escapes (`\*` → `*`) and character references (`&amp;` → `&`,
 * `&#8217;` → `’`, `&#x2014;` → `—`) inside `source[start, end)`, which must be the source of
 * one text node (CommonMark reads escapes and references there, never in code). Unknown names
 * (`&nosuch;`) stay literal, as in CommonMark.
 */
export function markdownReplacements(source: string, start: number, end: number): Replacement[] {
  const out: Replacement[] = []
  let i = start
  while (i < end) {
    const char = source[i]
    if (char === '\\' && i + 1 < end && ESCAPABLE.test(source[i + 1]!)) {
      out.push({ start: i, end: i + 2, text: source[i + 1]! })
      i += 2
      continue
    }
    if (char === '&') {
      REFERENCE.lastIndex = i
      const m = REFERENCE.exec(source)
      if (m && i + m[0].length <= end) {
        const text = m[1]
          ? fromCodePoint(Number.parseInt(m[1], 10))
          : m[2]
            ? fromCodePoint(Number.parseInt(m[2], 16))
            : decodeNamedCharacterReference(m[3]!)
        if (text !== false) {
          out.push({ start: i, end: i + m[0].length, text })
          i += m[0].length
          continue
        }
      }
    }
    i++
  }
  return out
}
