import { readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { formatDiagnostic, loadManifest, parseMany } from '@parallax/parser'
import type { Alignment, Article, ManifestEntry } from '@parallax/schema'
import { type SetScore, scoreSet } from '../score.js'
import { readLabels } from './labels.js'

/** The aligner entry point the evaluation calls. */
export type AlignFunction = (articles: readonly Article[]) => Alignment

export interface EvaluateOptions {
  /** Repository root: a set's `dir` is relative to it. */
  readonly root: string
  readonly align: AlignFunction
  /** Where warnings go (parser diagnostics, failed inputs). Default: nowhere. */
  readonly warn?: (line: string) => void
}

/**
 * Evaluates one set folder: reads its `labels.yaml`, parses every article file of the set's
 * folder (every file but YAML ones) with `@parallax/parser`, using the folder's `manifest.yaml`
 * when there is one, aligns the articles and scores the alignment.
 */
export async function evaluateSet(setDir: string, options: EvaluateOptions): Promise<SetScore> {
  const labelsPath = join(setDir, 'labels.yaml')
  const gold = readLabels(await readFile(labelsPath, 'utf8'), labelsPath)
  const dir = gold.dir === null ? setDir : resolve(options.root, gold.dir)
  const warn = options.warn ?? (() => {})
  const files = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isFile() && !/\.ya?ml$/i.test(e.name) && e.name !== 'README.md')
    .map((e) => e.name)
    .sort()
  const manifest = await readManifest(dir, warn)
  const inputs = await Promise.all(
    files.map(async (file) => ({
      bytes: new Uint8Array(await readFile(join(dir, file))),
      path: file,
      manifest: manifest.get(file) ?? null,
    })),
  )
  const { results, failures } = await parseMany(inputs)
  for (const f of failures)
    for (const d of f.diagnostics) warn(`${gold.set}: ${formatDiagnostic(d)}`)
  const texts = new Map<string, string>()
  const articleIds = new Map<string, string>()
  const articles: Article[] = []
  results.forEach((result, i) => {
    const file = files[i]!
    if (result.text !== null) texts.set(file, result.text)
    if (result.article) {
      articleIds.set(file, result.article.id)
      articles.push(result.article)
    }
  })
  return scoreSet({ gold, texts, articleIds, alignment: options.align(articles) })
}

async function readManifest(
  dir: string,
  warn: (line: string) => void,
): Promise<Map<string, ManifestEntry>> {
  const path = join(dir, 'manifest.yaml')
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return new Map()
  }
  const { entries, diagnostics } = loadManifest(text, path)
  for (const d of diagnostics) warn(formatDiagnostic(d))
  return new Map(entries.map((e) => [e.file, e]))
}
