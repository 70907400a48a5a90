import { type Static, Type } from 'typebox'
import { Hedge } from './article.js'
import { DateRange, Nullable, Provenance } from './common.js'

/** A speaker or actor as the claim names it, with the cross-article key when known. */
export const Actor = Type.Object(
  {
    name: Type.String({ minLength: 1, description: 'The name as this article gives it.' }),
    key: Nullable(Type.String({ description: "Cross-article key, e.g. 'person:smith'." })),
    role: Type.Optional(Type.String()),
  },
  { $id: 'Actor', additionalProperties: false },
)
export type Actor = Static<typeof Actor>

const claimBase = {
  id: Type.String({ minLength: 1, description: 'Stable id: article id + kind + span.' }),
  text: Type.String({ minLength: 1, description: 'The claim as the source states it (readable).' }),
  provenance: Provenance,
  topic: Type.Optional(Type.String({ description: "Topic key for coverage, e.g. 'territory'." })),
}

/** Someone's words, quoted directly. */
export const QuoteClaim = Type.Object(
  {
    ...claimBase,
    kind: Type.Literal('quote'),
    speaker: Nullable(Actor),
    quote: Type.String({ minLength: 1, description: 'The quoted words, without marks.' }),
    partial: Type.Boolean(),
    cue: Type.Optional(Type.String()),
    channel: Type.Optional(Type.String()),
    when: Type.Optional(DateRange),
  },
  { $id: 'QuoteClaim', additionalProperties: false },
)
export type QuoteClaim = Static<typeof QuoteClaim>

/** A figure: what is counted or measured, its value, unit and hedge. */
export const QuantityClaim = Type.Object(
  {
    ...claimBase,
    kind: Type.Literal('quantity'),
    subject: Type.String({
      minLength: 1,
      description: "What the number measures: 'first day of talks'.",
    }),
    value: Type.Number(),
    unit: Nullable(Type.String()),
    hedge: Nullable(Hedge),
    expected: Type.Optional(
      Type.Boolean({
        description:
          "True for a forecast, plan or expectation ('more than 300 are expected'), not a reported outcome.",
      }),
    ),
  },
  { $id: 'QuantityClaim', additionalProperties: false },
)
export type QuantityClaim = Static<typeof QuantityClaim>

/** Something that happened, with when and where. */
export const EventClaim = Type.Object(
  {
    ...claimBase,
    kind: Type.Literal('event'),
    event: Type.String({
      minLength: 1,
      description: "Normalised description: 'previous round of talks'.",
    }),
    when: Nullable(DateRange),
    where: Nullable(Type.String()),
    participants: Type.Array(Actor),
  },
  { $id: 'EventClaim', additionalProperties: false },
)
export type EventClaim = Static<typeof EventClaim>

export const Stance = Type.Union(
  [
    Type.Literal('demand'),
    Type.Literal('refusal'),
    Type.Literal('offer'),
    Type.Literal('support'),
    Type.Literal('opposition'),
    Type.Literal('condition'),
  ],
  { $id: 'Stance' },
)
export type Stance = Static<typeof Stance>

/** A party's demand or stance. */
export const PositionClaim = Type.Object(
  {
    ...claimBase,
    kind: Type.Literal('position'),
    party: Actor,
    by: Type.Optional(
      Type.Object(
        {
          name: Type.String({ minLength: 1 }),
          key: Nullable(Type.String()),
          role: Type.Optional(Type.String()),
        },
        {
          additionalProperties: false,
          description: 'Who voiced the position for the party (a negotiator), when not the party.',
        },
      ),
    ),
    stance: Stance,
    object: Type.String({
      minLength: 1,
      description: "What is demanded or refused: 'withdrawal from the region'.",
    }),
  },
  { $id: 'PositionClaim', additionalProperties: false },
)
export type PositionClaim = Static<typeof PositionClaim>

/** How someone described something: "difficult but businesslike". */
export const CharacterisationClaim = Type.Object(
  {
    ...claimBase,
    kind: Type.Literal('characterisation'),
    by: Nullable(Actor),
    subject: Type.String({ minLength: 1 }),
    descriptors: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
  },
  { $id: 'CharacterisationClaim', additionalProperties: false },
)
export type CharacterisationClaim = Static<typeof CharacterisationClaim>

export const Claim = Type.Union(
  [QuoteClaim, QuantityClaim, EventClaim, PositionClaim, CharacterisationClaim],
  {
    $id: 'Claim',
  },
)
export type Claim = Static<typeof Claim>
export type ClaimKind = Claim['kind']

export const ClusterRelation = Type.Union(
  [
    Type.Literal('agree'),
    Type.Literal('variant-wording'),
    Type.Literal('conflict'),
    Type.Literal('unique'),
  ],
  { $id: 'ClusterRelation' },
)
export type ClusterRelation = Static<typeof ClusterRelation>

/** How serious a conflict is: incompatible values for one fact, or one fact at another scope. */
export const ConflictSeverity = Type.Union([Type.Literal('hard'), Type.Literal('soft')], {
  $id: 'ConflictSeverity',
  description:
    "'hard': incompatible values for one fact; 'soft': the same fact at a different scope, title or precision ('the Donbas' / 'the Donetsk region').",
})
export type ConflictSeverity = Static<typeof ConflictSeverity>

/** For a conflict: the field that differs and each source's value. */
export const ConflictDetail = Type.Object(
  {
    field: Type.String({
      minLength: 1,
      description: "Claim field that differs: 'speaker.name', 'when', 'value'…",
    }),
    severity: ConflictSeverity,
    values: Type.Array(
      Type.Object(
        {
          value: Type.String({ description: 'The value as displayed.' }),
          claims: Type.Array(Type.String(), { minItems: 1 }),
        },
        { additionalProperties: false },
      ),
      { minItems: 2 },
    ),
    explanation: Type.Optional(
      Type.String({
        description:
          'What may explain the difference, e.g. the articles were published on different days.',
      }),
    ),
  },
  { $id: 'ConflictDetail', additionalProperties: false },
)
export type ConflictDetail = Static<typeof ConflictDetail>

/** A run of a wording, marked when it differs from the other variants. */
export const DiffSegment = Type.Object(
  {
    text: Type.String(),
    changed: Type.Boolean({
      description: 'True when no other variant of the statement has these words.',
    }),
  },
  { $id: 'DiffSegment', additionalProperties: false },
)
export type DiffSegment = Static<typeof DiffSegment>

/** How one outlet's wording of a statement relates to the others. */
export const WordingKind = Type.Union(
  [
    Type.Literal('verbatim'),
    Type.Literal('truncated'),
    Type.Literal('merged'),
    Type.Literal('paraphrase'),
    Type.Literal('translation'),
  ],
  {
    $id: 'WordingKind',
    description:
      "'verbatim': the same words; 'truncated': a part of another wording; 'merged': joins words another outlet gives apart; 'paraphrase': the same statement in other words; 'translation': another rendering of words said in another language.",
  },
)
export type WordingKind = Static<typeof WordingKind>

/** One member's wording in a cluster of one statement worded differently by different outlets. */
export const ClusterWording = Type.Object(
  {
    claim: Type.String({ minLength: 1 }),
    wording: WordingKind,
    diff: Type.Array(DiffSegment, {
      description: "The claim's words split into runs; changed runs appear in no other wording.",
    }),
  },
  { $id: 'ClusterWording', additionalProperties: false },
)
export type ClusterWording = Static<typeof ClusterWording>

/** Claims from different articles that are about the same thing, and how they relate. */
export const ClaimCluster = Type.Object(
  {
    id: Type.String({ minLength: 1 }),
    kind: Type.Union([
      Type.Literal('quote'),
      Type.Literal('quantity'),
      Type.Literal('event'),
      Type.Literal('position'),
      Type.Literal('characterisation'),
    ]),
    label: Type.String({ minLength: 1, description: 'What the cluster is about, for people.' }),
    topic: Type.Optional(Type.String({ description: "Topic key for coverage, e.g. 'territory'." })),
    relation: ClusterRelation,
    claims: Type.Array(Type.String(), { minItems: 1, description: 'Member claim ids.' }),
    articles: Type.Array(Type.String(), {
      minItems: 1,
      description: 'Distinct article ids, in order.',
    }),
    independent: Type.Integer({
      minimum: 1,
      description:
        'Independent reports among the articles: outlets running the same agency copy, or a digest and the outlets it cites, count once.',
    }),
    reasons: Type.Array(Type.String({ minLength: 1 }), {
      minItems: 1,
      description:
        "Why the members belong together, as evidence a reader can check: 'same speaker person:smith', 'shared words: ceasefire, talks'.",
    }),
    severity: Type.Optional(ConflictSeverity),
    conflicts: Type.Optional(Type.Array(ConflictDetail)),
    wordings: Type.Optional(Type.Array(ClusterWording)),
    notes: Type.Optional(
      Type.Array(Type.String({ minLength: 1 }), {
        description:
          "Differences that are not conflicts, and why: 'an estimate published before the exchange and the count after it'.",
      }),
    ),
  },
  { $id: 'ClaimCluster', additionalProperties: false },
)
export type ClaimCluster = Static<typeof ClaimCluster>
