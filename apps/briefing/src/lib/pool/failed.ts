import type { ParseResult } from '@parallax/parser'
import { fileError } from '../inputs/diagnostic.js'

/** A result with no article and one error naming the file. */
export function failed(path: string, message: string): ParseResult {
  return {
    article: null,
    text: null,
    diagnostics: [fileError(path, 'parse/internal-error', message)],
  }
}
