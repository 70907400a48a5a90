import type { Article, Claim, ClaimCluster, IndependentReport } from '@parallax/schema'
import type { ComposeInput } from '../../src/lib/compose/index.js'
import { plainArticle } from './plain-article.js'

const hex = (n: number) => n.toString(16).padStart(16, '0')
const kinds = ['quantity', 'quote', 'event', 'position', 'characterisation'] as const

/**
 * A large, made-up alignment: `count` articles of `perArticle` sentences, one claim per
 * sentence, claims of the same fact clustered across articles. The last sentence of each article
 * is a fact of its own (an exclusive); every other fact is carried by about four articles, some
 * of them sharing agency copy, and every fifth of those is a conflict. Every section kind gets
 * far more candidates than its limit.
 */
export function syntheticInput(count: number, perArticle = 8): ComposeInput {
  const articles: Article[] = []
  const texts = new Map<string, string>()
  const claims: Claim[] = []
  const members = new Map<number, Claim[]>()
  for (let a = 0; a < count; a += 1) {
    const id = hex(a + 1)
    const sentences: Article['annotations']['sentences'] = []
    let text = ''
    for (let s = 0; s < perArticle; s += 1) {
      const shared = Math.max(1, Math.floor((count * perArticle) / 4))
      const f = s === perArticle - 1 ? shared + a : (a * perArticle + s) % shared
      const sentence = `Outlet ${a} reports fact number ${f} with ${s + 2} details about the story today.`
      const start = text.length
      text += `${sentence} `
      sentences.push({
        id: `s${s}`,
        block: 'b0',
        span: { start, end: start + sentence.length },
        raw: sentence,
        text: sentence,
      })
      const kind = kinds[f % kinds.length] as (typeof kinds)[number]
      const span = { start: start + 7, end: start + 7 + String(a).length + 8 }
      const base = {
        id: `${id}:${kind}:${span.start}`,
        text: sentence,
        provenance: { article: id, span, sentence: `s${s}` },
        topic: `topic-${f % 15}`,
      }
      const claim = {
        quantity: {
          ...base,
          kind,
          subject: `measure ${f}`,
          value: f + (a % 3 === 0 && f % 5 === 0 ? 1 : 0),
          unit: 'hour',
          hedge: null,
        },
        quote: {
          ...base,
          kind,
          speaker: { name: `Speaker ${f % 40}`, key: `person:s${f % 40}` },
          quote: `words ${f}`,
          partial: true,
        },
        event: {
          ...base,
          kind,
          event: `event ${f}`,
          when: {
            start: `2025-${String((f % 12) + 1).padStart(2, '0')}-01`,
            end: `2025-${String((f % 12) + 1).padStart(2, '0')}-01`,
            granularity: 'day',
          },
          where: null,
          participants: [],
        },
        position: {
          ...base,
          kind,
          party: { name: `Party ${f % 20}`, key: `party:p${f % 20}` },
          stance: 'demand',
          object: `object ${f}`,
        },
        characterisation: {
          ...base,
          kind,
          by: null,
          subject: `subject ${f}`,
          descriptors: ['hard'],
        },
      }[kind] as Claim
      claims.push(claim)
      members.set(f, [...(members.get(f) ?? []), claim])
    }
    articles.push(
      plainArticle({
        id,
        path: `a${a}.txt`,
        text,
        outlet: a % 10 === 0 ? null : `Outlet ${a}`,
        title: `Story ${a}`,
        url: `https://example.com/${a}`,
        date: '2025-06-01',
        sentences,
      }),
    )
    texts.set(id, text)
  }
  // Every second pair of articles runs shared agency copy: one report.
  const reports: IndependentReport[] = []
  for (let a = 0; a < count; a += 2) {
    const ids = [hex(a + 1), ...(a + 1 < count && a % 4 === 0 ? [hex(a + 2)] : [])]
    reports.push({
      id: `r${reports.length + 1}`,
      articles: ids,
      reason: ids.length > 1 ? 'shared agency copy' : 'own reporting',
    })
    if (ids.length === 1 && a + 1 < count)
      reports.push({
        id: `r${reports.length + 1}`,
        articles: [hex(a + 2)],
        reason: 'own reporting',
      })
  }
  const reportOf = new Map(reports.flatMap((r) => r.articles.map((id) => [id, r.id] as const)))
  const clusters: ClaimCluster[] = [...members.entries()].map(([f, list]) => {
    const articleIds = [...new Set(list.map((c) => c.provenance.article))]
    const independent = new Set(articleIds.map((id) => reportOf.get(id))).size
    const conflict = list.length >= 2 && f % 5 === 0
    const split = Math.ceil(list.length / 2)
    return {
      id: `k${f + 1}`,
      kind: (list[0] as Claim).kind,
      label: `fact ${f}`,
      relation: conflict ? 'conflict' : list.length > 1 ? 'agree' : 'unique',
      claims: list.map((c) => c.id),
      articles: articleIds,
      independent,
      reasons: ['synthetic'],
      ...(conflict
        ? {
            severity: f % 10 === 0 ? 'hard' : 'soft',
            conflicts: [
              {
                field: 'value',
                severity: f % 10 === 0 ? 'hard' : 'soft',
                values: [
                  { value: 'one', claims: list.slice(0, split).map((c) => c.id) },
                  { value: 'two', claims: list.slice(split).map((c) => c.id) },
                ],
              },
            ],
          }
        : {}),
    } as ClaimCluster
  })
  return {
    date: '2025-06-02',
    generatedAt: '2025-06-02T06:00:00Z',
    articles,
    texts,
    alignment: {
      articles: articles.map((a) => ({
        id: a.id,
        outlet: a.outlet,
        title: a.title,
        published: a.published,
        report: reportOf.get(a.id) as string,
      })),
      reports,
      claims,
      clusters,
    },
    skipped: [],
  }
}
