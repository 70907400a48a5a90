import type { Diagnostic } from '@parallax/schema'

/** Offsets of the start of every line of `text` (line 1 starts at 0). */
export function lineStarts(text: string): number[] {
  const starts = [0]
  let at = text.indexOf('\n')
  while (at !== -1) {
    starts.push(at + 1)
    at = text.indexOf('\n', at + 1)
  }
  return starts
}

/** 1-based line and column of `offset` in `text`. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  let at = text.indexOf('\n')
  while (at !== -1 && at < offset) {
    line++
    lineStart = at + 1
    at = text.indexOf('\n', at + 1)
  }
  return { line, column: offset - lineStart + 1 }
}

/** Fields of a diagnostic besides its place. */
export interface DiagnosticBody {
  severity: Diagnostic['severity']
  code: string
  message: string
  expected?: string
}

/** A diagnostic placed at a text offset (line and column computed from `text`). */
export function diagnosticAt(
  file: string | null,
  text: string,
  offset: number,
  body: DiagnosticBody,
): Diagnostic {
  const { line, column } = positionOf(text, offset)
  return { file, line, column, offset, ...body }
}

/** A diagnostic placed at a byte offset of input that could not be decoded (no line/column). */
export function diagnosticAtByte(
  file: string | null,
  offset: number | null,
  body: DiagnosticBody,
): Diagnostic {
  return { file, line: null, column: null, offset, ...body }
}

/** `file:line:column: severity code message`, the form the CLI prints. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const place =
    diagnostic.line !== null
      ? `${diagnostic.file ?? '<input>'}:${diagnostic.line}:${diagnostic.column ?? 1}`
      : `${diagnostic.file ?? '<input>'}${diagnostic.offset !== null ? `:byte ${diagnostic.offset}` : ''}`
  const expected = diagnostic.expected ? ` (expected ${diagnostic.expected})` : ''
  return `${place}: ${diagnostic.severity} ${diagnostic.code} ${diagnostic.message}${expected}`
}
