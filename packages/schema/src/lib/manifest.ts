import { type Static, Type } from 'typebox'
import { IsoDate, Nullable } from './common.js'

/**
 * What the person who saved a file knows about it. Every field but `file` may be left out or
 * null (unknown); a value given here overrides what the parser infers.
 */
export const ManifestEntry = Type.Object(
  {
    file: Type.String({ minLength: 1, description: 'Path relative to the manifest.' }),
    outlet: Type.Optional(Nullable(Type.String({ minLength: 1 }))),
    title: Type.Optional(Nullable(Type.String({ minLength: 1 }))),
    byline: Type.Optional(Nullable(Type.String({ minLength: 1 }))),
    url: Type.Optional(Nullable(Type.String({ minLength: 1 }))),
    published: Type.Optional(Nullable(IsoDate)),
    language: Type.Optional(Nullable(Type.String())),
    format: Type.Optional(Nullable(Type.String({ description: 'Source plugin id to use.' }))),
    note: Type.Optional(Nullable(Type.String())),
  },
  { $id: 'ManifestEntry', additionalProperties: false },
)
export type ManifestEntry = Static<typeof ManifestEntry>

export const Manifest = Type.Object(
  {
    articles: Type.Array(ManifestEntry),
  },
  { $id: 'Manifest', additionalProperties: false },
)
export type Manifest = Static<typeof Manifest>
