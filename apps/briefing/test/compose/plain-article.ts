import type { Article } from '@parallax/schema'

/** What a made-up one-paragraph plain-text article is built from. */
export interface PlainArticleFields {
  id: string
  path: string
  text: string
  outlet: string | null
  title: string
  url: string | null
  /** Its publication date, also the reference date of its annotations. */
  date: string
  sentences: Article['annotations']['sentences']
  dates?: Article['annotations']['dates']
}

/** A plain-text article of one paragraph, its sentences (and dates) already annotated. */
export function plainArticle(fields: PlainArticleFields): Article {
  const { id, path, text, outlet, title, url, date, sentences, dates = [] } = fields
  return {
    id,
    format: 'plain-text',
    source: {
      path,
      bytes: text.length,
      sha256: '0'.repeat(64),
      encoding: 'utf-8',
      bom: false,
      lineEndings: 'lf',
      length: text.length,
    },
    outlet,
    title,
    byline: null,
    url,
    published: { status: 'known', date, datetime: null, origin: 'manifest' },
    language: 'en',
    origins: {},
    blocks: [
      { id: 'b0', kind: 'paragraph', text, span: { start: 0, end: text.length }, map: [[0, 0]] },
    ],
    removed: [],
    annotations: {
      reference: { basis: 'published', date },
      sentences,
      entities: [],
      mentions: [],
      quotations: [],
      quantities: [],
      dates,
    },
  }
}
