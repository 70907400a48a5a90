export { extractArticle } from './lib/extract-article.js'
export {
  type DocumentScore,
  type Score,
  type ScoreOptions,
  scoreDocument,
  scoreExtraction,
  tokenize,
} from './lib/metric.js'
export type {
  ExtractedMetadata,
  ExtractedPublished,
  Extraction,
  ExtractOptions,
} from './lib/types.js'
