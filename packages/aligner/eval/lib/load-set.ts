import { readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { loadManifest, parseMany } from '@parallax/parser'
import type { Article, ManifestEntry } from '@parallax/schema'
import { readLabels } from './labels.js'
import type { GoldSet } from './types.js'

/** A labelled set parsed for the development diagnostics (`misses.ts`, `conflict-misses.ts`). */
export interface LoadedSet {
  readonly gold: GoldSet
  /** Each file's clean text, by file name. */
  readonly texts: Map<string, string>
  /** Each file's article id, by file name. */
  readonly ids: Map<string, string>
  /** The articles, in file order. */
  readonly articles: Article[]
}

/**
 * Reads set `name` under `setsDir` (its labels, its articles, with `manifest.yaml` when there
 * is one) and parses the articles; `root` resolves a `dir` the labels point to.
 */
export async function loadSet(setsDir: string, root: string, name: string): Promise<LoadedSet> {
  const setDir = join(setsDir, name)
  const gold = readLabels(await readFile(join(setDir, 'labels.yaml'), 'utf8'), name)
  const dir = gold.dir === null ? setDir : resolve(root, gold.dir)
  const files = (await readdir(dir)).filter((f) => !/\.ya?ml$/.test(f) && f !== 'README.md').sort()
  let manifest = new Map<string, ManifestEntry>()
  try {
    const { entries } = loadManifest(await readFile(join(dir, 'manifest.yaml'), 'utf8'), 'm')
    manifest = new Map(entries.map((e) => [e.file, e]))
  } catch {}
  const inputs = await Promise.all(
    files.map(async (f) => ({
      bytes: new Uint8Array(await readFile(join(dir, f))),
      path: f,
      manifest: manifest.get(f) ?? null,
    })),
  )
  const { results } = await parseMany(inputs)
  const texts = new Map<string, string>()
  const ids = new Map<string, string>()
  const articles: Article[] = []
  results.forEach((r, i) => {
    if (r.text !== null) texts.set(files[i]!, r.text)
    if (r.article) {
      ids.set(files[i]!, r.article.id)
      articles.push(r.article)
    }
  })
  return { gold, texts, ids, articles }
}
