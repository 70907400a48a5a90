import { type Static, type TSchema, Type } from 'typebox'
import { BlockKind, Published } from './article.js'
import { ConflictSeverity, DiffSegment, Stance } from './claim.js'
import { ArticleId, DateRange, IsoDate, IsoDateTime, Nullable, Provenance } from './common.js'
import { Diagnostic } from './diagnostic.js'

const CitationId = Type.String({ pattern: '^c\\d+$' })
const SourceId = Type.String({ pattern: '^S\\d+$' })
const Citations = Type.Array(CitationId, { minItems: 1, description: 'Citation ids; never empty.' })
const ReportId = Type.String({ pattern: '^r\\d+$' })
const More = Type.Optional(
  Type.Integer({
    minimum: 1,
    description:
      'How many more items were ranked below the ones shown and cut to keep the section short.',
  }),
)

/** One cited source sentence: which source, where in it, and the sentence itself. */
export const Citation = Type.Object(
  {
    id: CitationId,
    source: SourceId,
    provenance: Provenance,
    excerpt: Type.String({
      minLength: 1,
      description:
        'The source sentence the claim rests on, as read (the Sentence annotation text: line breaks and line-end hyphenation undone). provenance.span locates its exact characters.',
    }),
  },
  { $id: 'Citation', additionalProperties: false },
)
export type Citation = Static<typeof Citation>

/** A sentence of the briefing and the citations it rests on. */
export const Statement = Type.Object(
  { text: Type.String({ minLength: 1 }), citations: Citations },
  { $id: 'Statement', additionalProperties: false },
)
export type Statement = Static<typeof Statement>

/** Where a cited sentence lies in a block's text (UTF-16 offsets into `text`). */
export const AppendixMark = Type.Object(
  {
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 0 }),
    citation: CitationId,
  },
  { $id: 'AppendixMark', additionalProperties: false },
)
export type AppendixMark = Static<typeof AppendixMark>

/** One block of a source's clean text in the sources appendix, with its cited sentences marked. */
export const AppendixBlock = Type.Object(
  {
    id: Type.String({ pattern: '^b\\d+$' }),
    kind: BlockKind,
    text: Type.String(),
    marks: Type.Array(AppendixMark, {
      description: 'Cited sentences in this block, in text order, not overlapping.',
    }),
  },
  { $id: 'AppendixBlock', additionalProperties: false },
)
export type AppendixBlock = Static<typeof AppendixBlock>

/** One entry of the numbered source list. */
export const Source = Type.Object(
  {
    id: SourceId,
    number: Type.Integer({ minimum: 1 }),
    article: ArticleId,
    outlet: Nullable(Type.String()),
    label: Type.Optional(
      Type.String({
        minLength: 1,
        description:
          'How the briefing names this source in its sentences: its outlet, else its byline, else a short form of its title or opening words; unique within the briefing.',
      }),
    ),
    title: Nullable(Type.String()),
    byline: Nullable(Type.String()),
    published: Published,
    url: Nullable(Type.String()),
    format: Type.String(),
    report: Type.Optional(ReportId),
    appendix: Type.Optional(
      Type.Array(AppendixBlock, {
        description:
          "The article's clean text (its blocks) for the sources appendix, cited sentences marked.",
      }),
    ),
  },
  { $id: 'Source', additionalProperties: false },
)
export type Source = Static<typeof Source>

/** An independent report: sources that count once (shared agency copy, a digest). */
export const BriefingReport = Type.Object(
  {
    id: ReportId,
    sources: Type.Array(SourceId, { minItems: 1 }),
    reason: Type.String({ minLength: 1 }),
  },
  { $id: 'BriefingReport', additionalProperties: false },
)
export type BriefingReport = Static<typeof BriefingReport>

/** An input that is not in the briefing, and why. */
export const SkippedInput = Type.Object(
  {
    file: Type.String({ minLength: 1 }),
    reason: Type.String({ minLength: 1 }),
    diagnostics: Type.Array(Diagnostic),
  },
  { $id: 'SkippedInput', additionalProperties: false },
)
export type SkippedInput = Static<typeof SkippedInput>

const section = <K extends string, P extends Record<string, TSchema>>(
  kind: K,
  id: string,
  props: P,
) =>
  Type.Object(
    { kind: Type.Literal(kind), title: Type.String({ minLength: 1 }), more: More, ...props },
    { $id: id, additionalProperties: false },
  )

/** The few claims most outlets agree on. */
export const BottomLineSection = section('bottom-line', 'BottomLineSection', {
  items: Type.Array(Statement, { minItems: 1 }),
})
export type BottomLineSection = Static<typeof BottomLineSection>

/** What changed since the previous briefing on the same story. */
export const SinceLastSection = section('since-last', 'SinceLastSection', {
  previous: Type.Object(
    { date: IsoDate, generatedAt: IsoDateTime },
    { additionalProperties: false },
  ),
  items: Type.Array(
    Type.Object(
      {
        change: Type.Union([
          Type.Literal('new'),
          Type.Literal('changed'),
          Type.Literal('resolved'),
        ]),
        statement: Statement,
      },
      { additionalProperties: false },
    ),
    { minItems: 1 },
  ),
})
export type SinceLastSection = Static<typeof SinceLastSection>

/** One account in a conflict: a value and the sources that give it. */
export const Account = Type.Object(
  {
    value: Type.String({
      minLength: 1,
      description: 'The disputed value as this account gives it.',
    }),
    statement: Statement,
  },
  { $id: 'Account', additionalProperties: false },
)
export type Account = Static<typeof Account>

/** Where accounts differ: one row per disputed fact. */
export const ConflictsSection = section('conflicts', 'ConflictsSection', {
  rows: Type.Array(
    Type.Object(
      {
        topic: Type.String({
          minLength: 1,
          description: "What is disputed: 'date of the previous round'.",
        }),
        field: Type.String({ minLength: 1 }),
        severity: Type.Optional(ConflictSeverity),
        accounts: Type.Array(Account, { minItems: 2 }),
        note: Type.Optional(
          Type.String({
            minLength: 1,
            description:
              'What may explain the difference: the articles were published on different days.',
          }),
        ),
      },
      { additionalProperties: false },
    ),
    { minItems: 1 },
  ),
})
export type ConflictsSection = Static<typeof ConflictsSection>

/** One outlet's wording of a statement. */
export const QuoteVariant = Type.Object(
  {
    text: Type.String({ minLength: 1, description: 'The quoted words as this outlet gives them.' }),
    context: Type.Optional(
      Type.String({ description: "How it was said: 'in a message to journalists'." }),
    ),
    diff: Type.Array(DiffSegment, {
      description: 'text split into runs; changed runs differ from the other variants.',
    }),
    citations: Citations,
  },
  { $id: 'QuoteVariant', additionalProperties: false },
)
export type QuoteVariant = Static<typeof QuoteVariant>

/** Quotes grouped by speaker; each statement lists every outlet's wording of it. */
export const QuotesSection = section('quotes', 'QuotesSection', {
  speakers: Type.Array(
    Type.Object(
      {
        name: Type.String({ minLength: 1 }),
        role: Type.Optional(Type.String()),
        more: More,
        statements: Type.Array(
          Type.Object(
            {
              note: Type.Optional(
                Type.String({ description: 'e.g. the outlets disagree on who said it.' }),
              ),
              variants: Type.Array(QuoteVariant, { minItems: 1 }),
            },
            { additionalProperties: false },
          ),
          { minItems: 1 },
        ),
      },
      { additionalProperties: false },
    ),
    { minItems: 1 },
  ),
})
export type QuotesSection = Static<typeof QuotesSection>

/** Each party's stated demands and refusals, with each outlet's wording. */
export const PositionsSection = section('positions', 'PositionsSection', {
  parties: Type.Array(
    Type.Object(
      {
        party: Type.String({ minLength: 1 }),
        more: More,
        positions: Type.Array(
          Type.Object(
            {
              stance: Stance,
              summary: Type.String({ minLength: 1 }),
              wordings: Type.Array(Statement, { minItems: 1 }),
            },
            { additionalProperties: false },
          ),
          { minItems: 1 },
        ),
      },
      { additionalProperties: false },
    ),
    { minItems: 1 },
  ),
})
export type PositionsSection = Static<typeof PositionsSection>

/** Quantities with their sources and whether the sources agree. */
export const FiguresSection = section('figures', 'FiguresSection', {
  rows: Type.Array(
    Type.Object(
      {
        label: Type.String({ minLength: 1 }),
        value: Type.String({
          minLength: 1,
          description: 'The figure as displayed: “about 6 hours”.',
        }),
        agreement: Type.Union([
          Type.Literal('agree'),
          Type.Literal('conflict'),
          Type.Literal('single'),
        ]),
        accounts: Type.Array(Account, { minItems: 1 }),
        summary: Type.Optional(Statement),
      },
      { additionalProperties: false },
    ),
    { minItems: 1 },
  ),
})
export type FiguresSection = Static<typeof FiguresSection>

/** Dated events merged across outlets, oldest first. */
export const TimelineSection = section('timeline', 'TimelineSection', {
  entries: Type.Array(
    Type.Object(
      {
        date: Nullable(DateRange),
        label: Type.String({ minLength: 1, description: 'The date as displayed.' }),
        statement: Statement,
        disputed: Type.Optional(
          Type.String({ description: 'Why the date is disputed, if it is.' }),
        ),
      },
      { additionalProperties: false },
    ),
    { minItems: 1 },
  ),
})
export type TimelineSection = Static<typeof TimelineSection>

/** Facts only one outlet reports, by outlet. */
export const ExclusivesSection = section('exclusives', 'ExclusivesSection', {
  outlets: Type.Array(
    Type.Object(
      {
        source: SourceId,
        more: More,
        items: Type.Array(Statement, { minItems: 1 }),
      },
      { additionalProperties: false },
    ),
    { minItems: 1 },
  ),
})
export type ExclusivesSection = Static<typeof ExclusivesSection>

export const Section = Type.Union(
  [
    BottomLineSection,
    SinceLastSection,
    ConflictsSection,
    QuotesSection,
    PositionsSection,
    FiguresSection,
    TimelineSection,
    ExclusivesSection,
  ],
  { $id: 'Section' },
)
export type Section = Static<typeof Section>
export type SectionKind = Section['kind']

/** Which source covers which topic, and how much (number of claims). */
export const Coverage = Type.Object(
  {
    topics: Type.Array(
      Type.Object(
        { id: Type.String({ minLength: 1 }), label: Type.String({ minLength: 1 }) },
        { additionalProperties: false },
      ),
    ),
    cells: Type.Array(
      Type.Object(
        {
          source: SourceId,
          topic: Type.String({ minLength: 1 }),
          count: Type.Integer({ minimum: 0 }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { $id: 'Coverage', additionalProperties: false },
)
export type Coverage = Static<typeof Coverage>

/** The daily briefing: everything the renderer needs, nothing it must compute. */
export const Briefing = Type.Object(
  {
    date: IsoDate,
    generatedAt: IsoDateTime,
    title: Type.String({ minLength: 1, description: 'The story title.' }),
    language: Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' }),
    edition: Type.Optional(
      Type.Enum(['dossier', 'brief'], {
        description:
          "Which edition: 'dossier' (every section, the default when absent) or 'brief' (the reader edition: two pages, the essentials, every statement still cited).",
      }),
    ),
    sections: Type.Array(Section),
    citations: Type.Array(Citation),
    sources: Type.Array(Source),
    reports: Type.Optional(
      Type.Array(BriefingReport, {
        description: 'Independent reports among the sources; absent in older briefings.',
      }),
    ),
    coverage: Coverage,
    skipped: Type.Array(SkippedInput),
  },
  { $id: 'Briefing', additionalProperties: false },
)
export type Briefing = Static<typeof Briefing>
