import { readFileSync } from 'node:fs'
import type { Article, Claim } from '@parallax/schema'
import { type Fixture, toArticle } from '../test/align/helpers.js'

/**
 * Synthetic stories for the benchmark: the fixture articles (three stories, ten articles) are
 * recombined into N articles. Each story s gets its own names, places, figures and dates (a
 * name or place becomes a generated word, numbers shift by s, dates by s days), and five
 * articles; so the claims look like the fixtures' but belong to N / 5 different stories.
 */
const STORIES = ['earthquake', 'court', 'transfer'] as const
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'to', 'vas', 'el', 'dun', 'pri', 'sol', 'ga', 'bek']

function coined(n: number): string {
  let s = ''
  let x = n + 7
  for (let i = 0; i < 3; i++) {
    s += SYLLABLES[x % SYLLABLES.length]
    x = Math.floor(x / SYLLABLES.length) + i * 5
  }
  return s.charAt(0).toUpperCase() + s.slice(1)
}

function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

const templates = STORIES.flatMap((name) => {
  const f = JSON.parse(
    readFileSync(new URL(`../test/align/fixtures/${name}.json`, import.meta.url), 'utf8'),
  ) as Fixture
  return f.articles.map((a) => ({
    article: a,
    claims: f.claims.filter((c) => c.provenance.article === a.id),
  }))
})
const NAMES = [...new Set(JSON.stringify(templates).match(/\b[A-Z][a-z]{3,}\b/g) ?? [])].sort()

export function synthetic(n: number): { articles: Article[]; claims: Map<string, Claim[]> } {
  const articles: Article[] = []
  const claims = new Map<string, Claim[]>()
  for (let i = 0; i < n; i++) {
    const story = Math.floor(i / 5)
    const t = templates[(i * 7 + story) % templates.length]!
    const id = (0x100000 + i).toString(16).padStart(16, '0')
    const rename = (s: string) =>
      s.replace(/\b[A-Z][a-z]{3,}\b/g, (w) =>
        NAMES.includes(w) ? coined(story * 31 + NAMES.indexOf(w)) : w,
      )
    const json = JSON.stringify({ a: t.article, c: t.claims })
      .replaceAll(t.article.id, id)
      .replace(/"(\d{4}-\d{2}-\d{2})"/g, (_, d: string) => `"${shiftDate(d, story % 365)}"`)
      .replace(/"value":(\d+(?:\.\d+)?)/g, (_, v: string) => `"value":${Number(v) + (story % 97)}`)
      .replace(/person:[a-z]+|org:[a-z]+/g, (k) => `${k}-${story}`)
    const parsed = JSON.parse(json) as { a: Fixture['articles'][number]; c: Claim[] }
    parsed.a.text = rename(parsed.a.text)
    for (const c of parsed.c) {
      c.text = rename(c.text)
      if (c.kind === 'quote') c.quote = rename(c.quote)
      if (c.kind === 'event') c.event = rename(c.event)
      if (c.kind === 'quantity') c.subject = rename(c.subject)
      if (c.kind === 'position') c.object = rename(c.object)
    }
    articles.push(toArticle({ ...parsed.a, outlet: `${parsed.a.outlet} ${i % 40}` }))
    claims.set(id, parsed.c)
  }
  return { articles, claims }
}
