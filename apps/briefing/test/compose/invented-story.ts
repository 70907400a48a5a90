import type { Article, Claim, ClaimCluster, DateRange } from '@parallax/schema'
import type { ComposeInput } from '../../src/lib/compose/index.js'
import { plainArticle } from './plain-article.js'

/** One article of an invented story: its outlet and sentences, and the dates they name. */
export interface StoryArticle {
  outlet: string
  sentences: string[]
  /** Words of a sentence that name a date, with the date they resolve to. */
  dates?: Array<{ find: string; value: DateRange }>
}

/** One claim: the article (index), the words it rests on, and its fields. */
export type StoryClaim = { article: number; find: string; kind: Claim['kind'] } & Record<
  string,
  unknown
>

/** One cluster: its claims (indexes into the claims) and fields; independent = its articles. */
export type StoryCluster = { claims: number[]; kind: Claim['kind'] } & Partial<
  Omit<ClaimCluster, 'claims' | 'kind'>
>

/** A day as a date range. */
export const day = (date: string): DateRange => ({ start: date, end: date, granularity: 'day' })

/**
 * A `ComposeInput` over an invented story, for composition rules tested on no real outlet:
 * each article its own independent report, each claim's span the first place its words occur.
 */
export function inventedStory(
  date: string,
  articles: StoryArticle[],
  claims: StoryClaim[],
  clusters: StoryCluster[],
): ComposeInput {
  const built: Article[] = []
  const texts = new Map<string, string>()
  for (const [index, spec] of articles.entries()) {
    const id = (index + 1).toString(16).padStart(16, '0')
    let text = ''
    const sentences: Article['annotations']['sentences'] = spec.sentences.map((sentence, s) => {
      const start = text.length
      text += `${sentence} `
      return {
        id: `s${s}`,
        block: 'b0',
        span: { start, end: start + sentence.length },
        raw: sentence,
        text: sentence,
      }
    })
    const dates = (spec.dates ?? []).map((found, d) => {
      const start = text.indexOf(found.find)
      if (start < 0) throw new Error(`article ${index}: no '${found.find}'`)
      const span = { start, end: start + found.find.length }
      return {
        id: `d${d}`,
        block: 'b0',
        span,
        raw: found.find,
        text: found.find,
        value: found.value,
        relative: false,
      }
    })
    texts.set(id, text)
    built.push(
      plainArticle({
        id,
        path: `a${index}.txt`,
        text,
        outlet: spec.outlet,
        title: `${spec.outlet} story`,
        url: null,
        date,
        sentences,
        dates,
      }),
    )
  }
  const made: Claim[] = claims.map(({ article, find, ...fields }) => {
    const a = built[article] as Article
    const text = texts.get(a.id) as string
    const start = text.indexOf(find)
    if (start < 0) throw new Error(`claim in article ${article}: no '${find}'`)
    const sentence = a.annotations.sentences.find(
      (s) => s.span.start <= start && start < s.span.end,
    )
    return {
      id: `${a.id}:${fields.kind}:${start}`,
      text: find,
      provenance: {
        article: a.id,
        span: { start, end: start + find.length },
        sentence: sentence?.id,
      },
      ...fields,
    } as unknown as Claim
  })
  const clustered: ClaimCluster[] = clusters.map(({ claims: members, ...fields }, k) => {
    const list = members.map((m) => made[m] as Claim)
    const ids = [...new Set(list.map((c) => c.provenance.article))]
    return {
      id: `k${k + 1}`,
      label: `fact ${k + 1}`,
      relation: ids.length > 1 ? 'agree' : 'unique',
      articles: ids,
      independent: ids.length,
      reasons: ['invented'],
      ...fields,
      claims: list.map((c) => c.id),
    } as ClaimCluster
  })
  return {
    date,
    generatedAt: `${date}T06:00:00Z`,
    articles: built,
    texts,
    alignment: {
      articles: built.map((a, i) => ({
        id: a.id,
        outlet: a.outlet,
        title: a.title,
        published: a.published,
        report: `r${i + 1}`,
      })),
      reports: built.map((a, i) => ({
        id: `r${i + 1}`,
        articles: [a.id],
        reason: 'own reporting',
      })),
      claims: made,
      clusters: clustered,
    },
    skipped: [],
  }
}
