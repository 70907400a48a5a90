import { createRequire } from 'node:module'
import { positionOf } from '@parallax/parser'
import type * as Jsonc from 'jsonc-parser'

// jsonc-parser's `main` is a UMD build whose inner requires esbuild cannot follow, so the package
// is loaded by Node's own require at run time, from the source or from the bundle.
const jsonc = createRequire(import.meta.url)('jsonc-parser') as typeof Jsonc

/** Where a JSON text first goes wrong: 1-based line and column, offset, and what was expected. */
export interface JsonSyntaxError {
  readonly line: number
  readonly column: number
  readonly offset: number
  readonly message: string
}

export type JsonResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: JsonSyntaxError }

const EXPECTED: Readonly<Record<string, string>> = {
  InvalidSymbol: 'a JSON value',
  InvalidNumberFormat: 'a number',
  PropertyNameExpected: 'a property name in double quotes',
  ValueExpected: 'a JSON value',
  ColonExpected: '":"',
  CommaExpected: '"," or a closing bracket',
  CloseBraceExpected: '"}"',
  CloseBracketExpected: '"]"',
  EndOfFileExpected: 'the end of the document',
  InvalidCommentToken: 'no comment (JSON has none)',
  UnexpectedEndOfComment: 'no comment (JSON has none)',
  UnexpectedEndOfString: 'a closing double quote',
  UnexpectedEndOfNumber: 'a digit',
  InvalidUnicode: 'a \\u escape with four hex digits',
  InvalidEscapeCharacter: 'a valid escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)',
  InvalidCharacter: 'no control character inside a string',
}

/**
 * Parses JSON with `JSON.parse`. On a syntax error, says where (line, column, offset) and what was
 * expected, which `JSON.parse` on Node 20 does not reliably tell: the position comes from
 * jsonc-parser (VS Code's JSON scanner) with comments and trailing commas disallowed.
 */
export function readJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (error) {
    const errors: Jsonc.ParseError[] = []
    jsonc.parse(text, errors, {
      disallowComments: true,
      allowTrailingComma: false,
      allowEmptyContent: false,
    })
    const first = errors[0]
    const offset = first?.offset ?? text.length
    const { line, column } = positionOf(text, offset)
    const code = first ? jsonc.printParseErrorCode(first.error) : ''
    const expected = first ? (EXPECTED[code] ?? code) : (error as Error).message
    const found =
      offset < text.length
        ? JSON.stringify(text.slice(offset, offset + Math.max(1, first?.length ?? 1)))
        : 'end of input'
    return {
      ok: false,
      error: { line, column, offset, message: `expected ${expected}, found ${found}` },
    }
  }
}
