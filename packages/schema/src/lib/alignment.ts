import { type Static, Type } from 'typebox'
import { Published } from './article.js'
import { Claim, ClaimCluster } from './claim.js'
import { ArticleId, Nullable } from './common.js'

/** An article as the alignment refers to it: enough to name it, and its independent report. */
export const AlignedArticle = Type.Object(
  {
    id: ArticleId,
    outlet: Nullable(Type.String()),
    title: Nullable(Type.String()),
    published: Published,
    report: Type.String({
      pattern: '^r\\d+$',
      description: 'Id of the independent report this article belongs to.',
    }),
  },
  { $id: 'AlignedArticle', additionalProperties: false },
)
export type AlignedArticle = Static<typeof AlignedArticle>

/**
 * One independent report: an article of its own reporting, or articles that run the same agency
 * copy (which confirm nothing by repeating it), with the reason they were grouped.
 */
export const IndependentReport = Type.Object(
  {
    id: Type.String({ pattern: '^r\\d+$' }),
    articles: Type.Array(ArticleId, { minItems: 1 }),
    reason: Type.String({
      minLength: 1,
      description:
        "Why these articles count once: 'own reporting', 'shared agency copy (AP): 412 words in common'.",
    }),
    digest: Type.Optional(
      Type.Boolean({
        description:
          'True for an aggregator digest that summarises other outlets ([n] references): one source, not confirmation by each outlet it cites.',
      }),
    ),
  },
  { $id: 'IndependentReport', additionalProperties: false },
)
export type IndependentReport = Static<typeof IndependentReport>

/** What `parallax align` writes: the articles, their claims and the cross-outlet clusters. */
export const Alignment = Type.Object(
  {
    articles: Type.Array(AlignedArticle),
    reports: Type.Array(IndependentReport),
    claims: Type.Array(Claim),
    clusters: Type.Array(ClaimCluster),
  },
  { $id: 'Alignment', additionalProperties: false },
)
export type Alignment = Static<typeof Alignment>
