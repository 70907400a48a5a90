import { type Static, type TSchema, Type } from 'typebox'

/**
 * A half-open range `[start, end)` in an article's source text.
 *
 * Offsets count UTF-16 code units of the source text *as decoded*: bytes decoded with the
 * detected encoding, a leading byte-order mark dropped, and every line ending (`\r\n`, `\r`)
 * normalised to `\n`. For a real `.pdf` file the source text is the text pdf.js extracts from it
 * (pages joined by a blank line). `sourceText.slice(start, end)` is the exact original text.
 */
export const Span = Type.Object(
  {
    start: Type.Integer({ minimum: 0, description: 'First UTF-16 code unit, inclusive.' }),
    end: Type.Integer({ minimum: 0, description: 'One past the last UTF-16 code unit.' }),
  },
  { $id: 'Span', additionalProperties: false },
)
export type Span = Static<typeof Span>

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' })
export type IsoDate = Static<typeof IsoDate>

/** A date and time with offset, RFC 3339 (`2026-02-18T09:30:00Z`). */
export const IsoDateTime = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$',
  description: 'RFC 3339 date-time',
})
export type IsoDateTime = Static<typeof IsoDateTime>

/** An inclusive range of calendar days: one day has `start === end`. */
export const DateRange = Type.Object(
  {
    start: IsoDate,
    end: IsoDate,
    granularity: Type.Enum(['day', 'week', 'month', 'quarter', 'year'], {
      description: 'How precise the original expression was.',
    }),
  },
  { $id: 'DateRange', additionalProperties: false },
)
export type DateRange = Static<typeof DateRange>

/** A stable identifier of an article: the first 16 hex digits of the SHA-256 of its input bytes. */
export const ArticleId = Type.String({ pattern: '^[0-9a-f]{16}$' })
export type ArticleId = Static<typeof ArticleId>

/** Where a piece of text came from: the article and the exact span in its source text. */
export const Provenance = Type.Object(
  {
    article: ArticleId,
    span: Span,
    sentence: Type.Optional(
      Type.String({ description: 'Id of the sentence annotation that contains the span.' }),
    ),
  },
  { $id: 'Provenance', additionalProperties: false },
)
export type Provenance = Static<typeof Provenance>

/** Nullable helper: `T | null`, always present. */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])
