import type { Article } from '@parallax/schema'
import {
  add,
  type CaseScore,
  type Result,
  scoreCase,
} from '../../../annotate/test/support/score.js'
import { parse } from '../../src/index.js'
import { type FreshCase, freshCases } from './helpers.js'

/** Score a fresh article: its annotations as {@link scoreCase}, plus metadata and cleaning. */
export function scoreArticle(c: FreshCase, text: string, article: Article): CaseScore {
  const s = scoreCase({ name: c.name, text, expected: c.expected }, article.annotations)
  const m = c.expected.metadata
  const published = article.published.status === 'known' ? article.published.date : null
  const got = { title: article.title, outlet: article.outlet, byline: article.byline, published }
  for (const k of ['title', 'outlet', 'byline', 'published'] as const) {
    const good = got[k] === m[k]
    add(s.metadata, good)
    if (!good) s.failures.push(`${k}: want ${JSON.stringify(m[k])}, got ${JSON.stringify(got[k])}`)
  }
  const body = article.blocks.map((b) => b.text).join('\n')
  for (const want of c.expected.text?.present ?? []) {
    const good = body.includes(want)
    add(s.cleaning, good)
    if (!good) s.failures.push(`text missing: “${want}”`)
  }
  for (const unwanted of c.expected.text?.absent ?? []) {
    const good = !body.includes(unwanted)
    add(s.cleaning, good)
    if (!good) s.failures.push(`text not removed: “${unwanted}”`)
  }
  return s
}

/** Parse (bytes → `parse()`, no manifest) and score every fresh (or blind) article. */
export async function scoreFresh(prefix: 'fresh-' | 'blind-' = 'fresh-'): Promise<CaseScore[]> {
  const out: CaseScore[] = []
  for (const c of freshCases(prefix)) {
    const r = await parse({ bytes: c.bytes, path: c.file })
    if (!r.article || r.text === null) {
      const s = scoreCase({ name: c.name, text: '', expected: c.expected }, {
        entities: [],
        mentions: [],
        quotations: [],
        quantities: [],
        dates: [],
        reference: { basis: 'undetermined', reason: 'not parsed' },
      } as unknown as Result)
      s.failures.push(`did not parse: ${JSON.stringify(r.diagnostics)}`)
      out.push(s)
      continue
    }
    out.push(scoreArticle(c, r.text, r.article))
  }
  return out
}
