import type { Diagnostic } from '@parallax/schema'

/** An error about a whole file (no line or offset applies). */
export function fileError(file: string, code: string, message: string): Diagnostic {
  return { file, line: null, column: null, offset: null, severity: 'error', code, message }
}
