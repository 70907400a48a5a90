import type { TSchema } from 'typebox'
import { Alignment } from './alignment.js'
import { Article } from './article.js'
import { Briefing } from './briefing.js'
import { Claim, ClaimCluster } from './claim.js'
import { Diagnostic } from './diagnostic.js'
import { Manifest } from './manifest.js'

/**
 * The top-level documents of the contract, by file name stem. Each is written to
 * `json/<name>.schema.json`; a test fails when those files are stale.
 */
export const jsonSchemas: Readonly<Record<string, TSchema>> = {
  article: Article,
  claim: Claim,
  'claim-cluster': ClaimCluster,
  alignment: Alignment,
  briefing: Briefing,
  diagnostic: Diagnostic,
  manifest: Manifest,
}

/** The JSON Schema document for one schema: draft 2020-12, with a stable `$id`. */
export function toJsonSchema(name: string, schema: TSchema): Record<string, unknown> {
  const { $id: _id, ...rest } = schema as Record<string, unknown>
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://parallax.dev/schema/v1/${name}.schema.json`,
    title: String((schema as { $id?: string }).$id ?? name),
    // Nested schemas carry their own `$id` in TypeScript; inside one document they would clash.
    ...JSON.parse(JSON.stringify(rest), (key, value) => (key === '$id' ? undefined : value)),
  }
}
