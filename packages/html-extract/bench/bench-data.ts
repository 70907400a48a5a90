import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'

const here = dirname(fileURLToPath(import.meta.url))

/**
 * Folder of the article-extraction benchmark: `BENCH_DIR`, or `shared/bench/article-extraction`
 * beside the repository.
 */
export const benchDir = resolve(
  process.env.BENCH_DIR ?? join(here, '../../../../shared/bench/article-extraction'),
)

/** One benchmark page: id, decoded HTML (BOM dropped, `\n` line endings) and its URL. */
export interface BenchPage {
  id: string
  html: string
  url: string | null
}

/** Ground-truth texts by page id, and the pages in id order; exits with a message without data. */
export function loadBench(): { truth: Record<string, string>; pages: BenchPage[] } {
  if (!existsSync(join(benchDir, 'ground-truth.json'))) {
    console.error(`Benchmark data not found at ${benchDir} (set BENCH_DIR).`)
    process.exit(1)
  }
  const truthFile = JSON.parse(readFileSync(join(benchDir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >
  const ids = Object.keys(truthFile).sort()
  const truth: Record<string, string> = {}
  for (const id of ids) truth[id] = truthFile[id]?.articleBody ?? ''
  const pages = ids.map((id) => {
    const html = gunzipSync(readFileSync(join(benchDir, 'html', `${id}.html.gz`)))
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
    return { id, html, url: truthFile[id]?.url ?? null }
  })
  return { truth, pages }
}

/** Texts of a stored reference output (`reference-outputs/<name>.json`), by page id. */
export function storedOutputs(name: string): Record<string, string> {
  const data = JSON.parse(
    readFileSync(join(benchDir, 'reference-outputs', `${name}.json`), 'utf8'),
  ) as
    | { output: Record<string, { articleBody?: string }> }
    | Record<string, { articleBody?: string }>
  const output = ('output' in data ? data.output : data) as Record<string, { articleBody?: string }>
  const texts: Record<string, string> = {}
  for (const [id, value] of Object.entries(output)) texts[id] = value?.articleBody ?? ''
  return texts
}
