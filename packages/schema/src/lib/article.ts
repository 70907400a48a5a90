import { type Static, Type } from 'typebox'
import { ArticleId, DateRange, IsoDate, IsoDateTime, Nullable, Span } from './common.js'

/** How the input was read: the id of the source plugin that produced the article. */
export const InputFormat = Type.String({
  pattern: '^[a-z][a-z0-9-]*$',
  description:
    "Id of the source plugin that read the input. Built in: 'markdown-clip', 'html', 'plain-text', 'pdf-text', 'pdf', 'digest'; third-party plugins add their own.",
})
export type InputFormat = Static<typeof InputFormat>

/** Facts about the input bytes and how they were decoded. */
export const SourceInfo = Type.Object(
  {
    path: Nullable(
      Type.String({ description: 'File path as given, or null for in-memory input.' }),
    ),
    bytes: Type.Integer({ minimum: 0 }),
    sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
    encoding: Type.Enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'binary']),
    bom: Type.Boolean(),
    lineEndings: Type.Enum(['lf', 'crlf', 'cr', 'mixed', 'none']),
    length: Type.Integer({
      minimum: 0,
      description: 'Length of the source text in UTF-16 code units.',
    }),
  },
  { $id: 'SourceInfo', additionalProperties: false },
)
export type SourceInfo = Static<typeof SourceInfo>

/** Where a metadata value came from. */
export const MetadataOrigin = Type.Enum(
  [
    'manifest',
    'front-matter',
    'json-ld',
    'meta-tag',
    'html',
    'url',
    'title-suffix',
    'text',
    'plugin',
  ],
  { $id: 'MetadataOrigin' },
)
export type MetadataOrigin = Static<typeof MetadataOrigin>

/** The article's publication date, or an explicit statement that it could not be determined. */
export const Published = Type.Union(
  [
    Type.Object(
      {
        status: Type.Literal('known'),
        date: IsoDate,
        datetime: Nullable(IsoDateTime),
        origin: MetadataOrigin,
      },
      { additionalProperties: false },
    ),
    Type.Object(
      {
        status: Type.Literal('undetermined'),
        reason: Type.String({ minLength: 1 }),
      },
      { additionalProperties: false },
    ),
  ],
  { $id: 'Published' },
)
export type Published = Static<typeof Published>

/** A citation marker such as `[1]` kept as a reference, not as text. */
export const Reference = Type.Object(
  {
    label: Type.String({ minLength: 1 }),
    span: Span,
    offset: Type.Integer({
      minimum: 0,
      description: 'Position in the block text where the marker stood (UTF-16 code units).',
    }),
  },
  { $id: 'Reference', additionalProperties: false },
)
export type Reference = Static<typeof Reference>

export const BlockKind = Type.Enum(
  ['heading', 'paragraph', 'quote', 'list-item', 'caption', 'timeline-entry'],
  { $id: 'BlockKind' },
)
export type BlockKind = Static<typeof BlockKind>

/**
 * One block of the cleaned article, in reading order.
 *
 * `text` is the block as a reader sees it: line breaks inside a paragraph joined, hyphenation
 * at line ends undone, markup and citation markers removed. `span` covers the block in the
 * source text. `map` ties the two: pairs `[textOffset, sourceOffset]`, ascending, each starting a
 * run where text and source advance together; a text offset maps to the last pair at or before it.
 */
export const Block = Type.Object(
  {
    id: Type.String({ pattern: '^b\\d+$' }),
    kind: BlockKind,
    text: Type.String(),
    span: Span,
    map: Type.Array(Type.Tuple([Type.Integer({ minimum: 0 }), Type.Integer({ minimum: 0 })]), {
      minItems: 1,
    }),
    level: Type.Optional(Type.Integer({ minimum: 1, maximum: 6, description: 'Heading level.' })),
    date: Type.Optional(DateRange),
    dateText: Type.Optional(Type.String({ description: 'The timeline entry’s date as written.' })),
    references: Type.Optional(Type.Array(Reference)),
  },
  { $id: 'Block', additionalProperties: false },
)
export type Block = Static<typeof Block>

export const RemovalReason = Type.Enum(
  [
    'front-matter',
    'navigation',
    'promotion',
    'caption',
    'credit',
    'related-links',
    'pull-quote',
    'duplicate',
    'page-break',
    'byline',
    'title',
    'citation-marker',
    'markup',
    'boilerplate',
    'empty',
  ],
  { $id: 'RemovalReason' },
)
export type RemovalReason = Static<typeof RemovalReason>

/** A stretch of the source that is not in the blocks, with the reason it was left out. */
export const Removal = Type.Object(
  {
    span: Span,
    reason: RemovalReason,
    detail: Type.String({ description: 'Human-readable explanation, e.g. the rule that fired.' }),
    duplicateOf: Type.Optional(Type.String({ description: 'Block id this removal repeats.' })),
  },
  { $id: 'Removal', additionalProperties: false },
)
export type Removal = Static<typeof Removal>

/**
 * Common fields of every annotation: `span` in the source text, `raw` the exact source slice
 * (`sourceText.slice(span.start, span.end) === raw`, always), `text` the readable form
 * (line breaks and hyphenation undone, markup stripped), and the block it lies in.
 */
const annotationBase = {
  id: Type.String({ minLength: 1 }),
  block: Type.String({ pattern: '^b\\d+$' }),
  span: Span,
  raw: Type.String(),
  text: Type.String(),
}

export const Sentence = Type.Object(
  { ...annotationBase },
  { $id: 'Sentence', additionalProperties: false },
)
export type Sentence = Static<typeof Sentence>

export const EntityKind = Type.Enum(['person', 'organization', 'place', 'party'], {
  $id: 'EntityKind',
})
export type EntityKind = Static<typeof EntityKind>

/**
 * A person, organisation, place or party (a country or its government acting as one) as this
 * article refers to it. `forms` keeps every distinct surface form (so a different first name in
 * another outlet survives for the aligner), `roles` every title or role the article gives it.
 */
export const Entity = Type.Object(
  {
    id: Type.String({ pattern: '^e\\d+$' }),
    kind: EntityKind,
    name: Type.String({
      minLength: 1,
      description: 'Canonical name: the fullest form in the article.',
    }),
    key: Type.String({
      minLength: 1,
      description:
        "Cross-article matching key, e.g. 'person:smith' (surname, folded) or 'party:france'.",
    }),
    forms: Type.Array(Type.String()),
    roles: Type.Array(Type.String()),
    party: Type.Optional(
      Type.String({
        description: "Key of the party the entity belongs to or acts for, e.g. 'party:france'.",
      }),
    ),
  },
  { $id: 'Entity', additionalProperties: false },
)
export type Entity = Static<typeof Entity>

export const MentionForm = Type.Enum(['full', 'surname', 'alias', 'role', 'pronoun'], {
  $id: 'MentionForm',
})
export type MentionForm = Static<typeof MentionForm>

export const Mention = Type.Object(
  {
    ...annotationBase,
    entity: Type.String({ pattern: '^e\\d+$' }),
    form: MentionForm,
  },
  { $id: 'Mention', additionalProperties: false },
)
export type Mention = Static<typeof Mention>

/** Who a quotation is attributed to, or why nobody is. */
export const Attribution = Type.Union(
  [
    Type.Object(
      {
        status: Type.Literal('attributed'),
        entity: Type.String({ pattern: '^e\\d+$' }),
        name: Type.String(),
        via: Type.Enum(['name', 'pronoun', 'role', 'continuation', 'according-to'], {
          description: 'How the speaker was identified.',
        }),
        mention: Type.Optional(Type.String({ description: 'Mention id of the speaker cue.' })),
      },
      { additionalProperties: false },
    ),
    Type.Object(
      {
        status: Type.Enum(['unknown', 'ambiguous']),
        reason: Type.String({ minLength: 1 }),
        candidates: Type.Optional(Type.Array(Type.String({ pattern: '^e\\d+$' }))),
      },
      { additionalProperties: false },
    ),
  ],
  { $id: 'Attribution' },
)
export type Attribution = Static<typeof Attribution>

/** A direct quotation: `span`/`raw`/`text` cover the quoted words, without the marks. */
export const Quotation = Type.Object(
  {
    ...annotationBase,
    kind: Type.Enum(['full', 'partial'], {
      description:
        "'full': the quote is a sentence or more; 'partial': words quoted inside a sentence.",
    }),
    speaker: Attribution,
    cue: Type.Optional(
      Type.String({ description: "Cue verb as written: 'said', 'told', 'wrote'…" }),
    ),
    channel: Type.Optional(
      Type.String({ description: "Where it was said: 'X', 'WhatsApp', 'reporters'…" }),
    ),
    date: Type.Optional(Type.String({ description: 'Id of the date annotation saying when.' })),
    continues: Type.Optional(
      Type.String({ description: 'Id of the quotation this one continues.' }),
    ),
  },
  { $id: 'Quotation', additionalProperties: false },
)
export type Quotation = Static<typeof Quotation>

export const Hedge = Type.Enum(
  ['about', 'nearly', 'more-than', 'less-than', 'at-least', 'at-most', 'up-to'],
  { $id: 'Hedge' },
)
export type Hedge = Static<typeof Hedge>

/** A number with its unit, normalised: "nearly six hours" → 6 hour, hedge nearly. */
export const Quantity = Type.Object(
  {
    ...annotationBase,
    value: Type.Number(),
    unit: Nullable(
      Type.String({ description: "Singular unit: 'hour', 'EUR', 'percent', 'drone'…" }),
    ),
    hedge: Nullable(Hedge),
    ordinal: Type.Boolean({ description: "True for 'fourth anniversary', 'second day'." }),
    scale: Type.Optional(
      Type.String({ description: "Scale word as written: 'billion', 'dozen'…" }),
    ),
  },
  { $id: 'Quantity', additionalProperties: false },
)
export type Quantity = Static<typeof Quantity>

/** What relative dates were resolved against. */
export const ReferenceDate = Type.Union(
  [
    Type.Object(
      {
        basis: Type.Enum(['published', 'stated'], {
          description:
            "'published': the article's date; 'stated': a date the text itself gives for the event.",
        }),
        date: IsoDate,
      },
      { additionalProperties: false },
    ),
    Type.Object(
      { basis: Type.Literal('undetermined'), reason: Type.String({ minLength: 1 }) },
      { additionalProperties: false },
    ),
  ],
  { $id: 'ReferenceDate' },
)
export type ReferenceDate = Static<typeof ReferenceDate>

/** A date or time expression, resolved to an absolute date range when possible. */
export const DateMention = Type.Object(
  {
    ...annotationBase,
    value: Nullable(DateRange),
    time: Type.Optional(Type.String({ pattern: '^\\d{2}:\\d{2}$' })),
    relative: Type.Boolean({
      description: "True when the text depends on a reference ('Wednesday').",
    }),
    reason: Type.Optional(Type.String({ description: 'Why value is null.' })),
  },
  { $id: 'DateMention', additionalProperties: false },
)
export type DateMention = Static<typeof DateMention>

export const Annotations = Type.Object(
  {
    reference: ReferenceDate,
    sentences: Type.Array(Sentence),
    entities: Type.Array(Entity),
    mentions: Type.Array(Mention),
    quotations: Type.Array(Quotation),
    quantities: Type.Array(Quantity),
    dates: Type.Array(DateMention),
  },
  { $id: 'Annotations', additionalProperties: false },
)
export type Annotations = Static<typeof Annotations>

/** One input, read, cleaned and annotated. */
export const Article = Type.Object(
  {
    id: ArticleId,
    format: InputFormat,
    source: SourceInfo,
    outlet: Nullable(Type.String({ minLength: 1 })),
    title: Nullable(Type.String({ minLength: 1 })),
    byline: Nullable(Type.String({ minLength: 1, description: "Author names, without 'By'." })),
    url: Nullable(Type.String({ minLength: 1 })),
    published: Published,
    language: Nullable(Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' })),
    origins: Type.Record(Type.String(), MetadataOrigin, {
      description: 'For each metadata field that has a value, where it came from.',
    }),
    blocks: Type.Array(Block),
    removed: Type.Array(Removal),
    annotations: Annotations,
  },
  { $id: 'Article', additionalProperties: false },
)
export type Article = Static<typeof Article>
