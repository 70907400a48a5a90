import type { Diagnostic } from '@parallax/schema'
import type { FontSet } from './font-set.js'

/** At most this many characters are named one by one; the rest are counted in one warning. */
const listed = 20

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`
}

function warning(code: string, message: string, expected?: string): Diagnostic {
  return {
    file: null,
    line: null,
    column: null,
    offset: null,
    severity: 'warning',
    code,
    message,
    ...(expected ? { expected } : {}),
  }
}

/**
 * What the fonts of a rendered document could not do, as warnings: each character (by code
 * point, in the order first met) that no embedded font has a glyph for, and each fallback font
 * file that could not be read.
 */
export function fontWarnings(fonts: FontSet): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const file of fonts.unavailable)
    out.push(
      warning(
        'render/font-unavailable',
        `Fallback font ${file} could not be read; characters it covers are drawn as empty boxes`,
        'the font package installed (pnpm install)',
      ),
    )
  const missing = fonts.missing()
  for (const { char, count } of missing.slice(0, listed))
    out.push(
      warning(
        'render/missing-glyph',
        `No embedded font has a glyph for ${codePoint(char)} "${char}" (${count} ${count === 1 ? 'time' : 'times'}); the PDF shows an empty box`,
        'a character of a script with a font in fallbackFonts',
      ),
    )
  if (missing.length > listed) {
    let count = 0
    for (const item of missing.slice(listed)) count += item.count
    out.push(
      warning(
        'render/missing-glyph',
        `${missing.length - listed} more characters without a glyph (${count} in all); the PDF shows empty boxes`,
      ),
    )
  }
  return out
}

/** The default for `onWarning`: a Node process warning, printed on stderr. */
export function emitWarning(diagnostic: Diagnostic): void {
  process.emitWarning(diagnostic.message, { code: diagnostic.code })
}
