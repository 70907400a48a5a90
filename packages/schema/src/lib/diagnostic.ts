import { type Static, Type } from 'typebox'
import { Nullable } from './common.js'

/**
 * A problem found in content, with its place. `line` and `column` are 1-based; `offset` counts
 * UTF-16 code units of the source text (see `Span`), or bytes when the input could not be decoded
 * (then `line` and `column` are null).
 */
export const Diagnostic = Type.Object(
  {
    file: Nullable(Type.String()),
    line: Nullable(Type.Integer({ minimum: 1 })),
    column: Nullable(Type.Integer({ minimum: 1 })),
    offset: Nullable(Type.Integer({ minimum: 0 })),
    severity: Type.Enum(['error', 'warning', 'info']),
    code: Type.String({
      pattern: '^[a-z][a-z0-9-]*(/[a-z0-9-]+)*$',
      description: "e.g. 'input/empty'",
    }),
    message: Type.String({ minLength: 1 }),
    expected: Type.Optional(Type.String({ description: 'What was expected instead.' })),
  },
  { $id: 'Diagnostic', additionalProperties: false },
)
export type Diagnostic = Static<typeof Diagnostic>
