import type { ParseResult } from '@parallax/parser'
/** A result with no article and one error naming the file. */
export function failed(path: string, message: string): ParseResult {
  return {
    article: null,
    text: null,
    diagnostics: [
      {
        file: path,
        line: null,
        column: null,
        offset: null,
        severity: 'error',
        code: 'parse/internal-error',
        message,
      },
    ],
  }
}
