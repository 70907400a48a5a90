import { readFileSync } from 'node:fs'
import type { Article, Claim, Published } from '@parallax/schema'

/** An article of a fixture: what alignment reads about it, and its text. */
export interface FixtureArticle {
  id: string
  outlet: string | null
  title?: string | null
  published: Published
  format?: string
  text: string
  /** `[n]` references in its text (for digests). */
  references?: number
}

export interface Fixture {
  articles: FixtureArticle[]
  claims: Claim[]
}

/** A schema-valid `Article` with one paragraph block holding the fixture text. */
export function toArticle(f: FixtureArticle): Article {
  const references = Array.from({ length: f.references ?? 0 }, (_, i) => ({
    label: String(i + 1),
    span: { start: 0, end: 0 },
    offset: 0,
  }))
  return {
    id: f.id,
    format: f.format ?? 'plain-text',
    source: {
      path: null,
      bytes: f.text.length,
      sha256: f.id.repeat(4),
      encoding: 'utf-8',
      bom: false,
      lineEndings: 'none',
      length: f.text.length,
    },
    outlet: f.outlet,
    title: f.title ?? null,
    byline: null,
    url: null,
    published: f.published,
    language: 'en',
    origins: {},
    blocks: [
      {
        id: 'b1',
        kind: 'paragraph',
        text: f.text,
        span: { start: 0, end: f.text.length },
        map: [[0, 0]],
        ...(references.length ? { references } : {}),
      },
    ],
    removed: [],
    annotations: {
      reference:
        f.published.status === 'known'
          ? { basis: 'published', date: f.published.date }
          : { basis: 'undetermined', reason: 'no date' },
      sentences: [],
      entities: [],
      mentions: [],
      quotations: [],
      quantities: [],
      dates: [],
    },
  }
}

/** A fixture's articles and its claims grouped per article id (for `options.claims`). */
export function loadFixture(name: string): {
  articles: Article[]
  claims: Map<string, Claim[]>
  all: Claim[]
} {
  const fixture = JSON.parse(
    readFileSync(new URL(`fixtures/${name}.json`, import.meta.url), 'utf8'),
  ) as Fixture
  const claims = new Map<string, Claim[]>()
  for (const a of fixture.articles) claims.set(a.id, [])
  for (const c of fixture.claims) claims.get(c.provenance.article)!.push(c)
  return { articles: fixture.articles.map(toArticle), claims, all: fixture.claims }
}
