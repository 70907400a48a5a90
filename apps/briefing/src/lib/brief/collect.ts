import type { Article, Claim, Diagnostic, SkippedInput } from '@parallax/schema'
import { findSameText } from '../dedupe/same-text.js'
import { gatherInputs } from '../inputs/gather.js'
import { manifestEntries } from '../inputs/manifest-entries.js'
import { readInputs } from '../inputs/read-inputs.js'
import { parseInPool } from '../pool/parse-pool.js'

/** Options of `collectArticles`. */
export interface CollectOptions {
  /** Files, folders and globs. */
  readonly inputs: readonly string[]
  /** A manifest path, `false` for none. Default: `manifest.yaml` in each input folder. */
  readonly manifest?: string | boolean | null
  /** Parse worker threads. Default: all cores; `0` for the main thread. */
  readonly workers?: number | null
  /** Extract each article's claims in the workers too. Default `false`. */
  readonly claims?: boolean | null
  readonly onProgress?: ((done: number, total: number, path: string) => void) | null
  readonly onStage?: ((stage: string) => void) | null
  /** Called once the inputs are gathered, with how many files there are. */
  readonly onInputs?: ((files: number) => void) | null
}

/** One distinct article, with what every span indexes and where it came from. */
export interface CollectedArticle {
  readonly article: Article
  readonly text: string
  readonly file: string
  /** Its claims, when `claims` was asked for. */
  readonly claims: Claim[] | null
}

/** What `collectArticles` returns. */
export interface Collected {
  /** Input files found (after expanding folders and globs). */
  readonly inputs: number
  /** Distinct articles, in input order. */
  readonly articles: CollectedArticle[]
  /** Every input not used, with its reason, in input order. */
  readonly skipped: SkippedInput[]
  /** Problems not tied to one input (a manifest's). */
  readonly diagnostics: Diagnostic[]
}

/**
 * Inputs to distinct articles: gather files (folders, globs), read them (same bytes counted once),
 * parse them on the worker pool, then drop the same text saved in another shape. Every input ends
 * up among the articles or in `skipped` with why: unreadable, no article, duplicate of a file.
 */
export async function collectArticles(options: CollectOptions): Promise<Collected> {
  options.onStage?.('read')
  const gathered = await gatherInputs(options.inputs)
  options.onInputs?.(gathered.files.length)
  const diagnostics: Diagnostic[] = []
  const manifest = await manifestEntries(gathered.files, options.manifest ?? undefined, diagnostics)
  const read = await readInputs(gathered.files, manifest)
  options.onStage?.('parse')
  const replies = await parseInPool(read.inputs, {
    workers: options.workers ?? null,
    claims: options.claims ?? false,
    onProgress: options.onProgress ?? null,
  })
  const parsed: CollectedArticle[] = []
  const skipped: SkippedInput[] = [...read.skipped]
  replies.forEach((reply, i) => {
    const file = (read.inputs[i] as { path: string }).path
    const { article, text, diagnostics: found } = reply.result
    if (article && text !== null) parsed.push({ article, text, file, claims: reply.claims })
    else skipped.push({ file, reason: failureReason(found), diagnostics: found })
  })
  options.onStage?.('dedupe')
  const duplicates = findSameText(parsed.map((p) => p.article))
  const dropped = new Set(duplicates.map((d) => d.index))
  for (const d of duplicates) {
    const { file } = parsed[d.index] as CollectedArticle
    const of = (parsed[d.of] as CollectedArticle).file
    skipped.push({
      file,
      reason: `duplicate of ${of} (same text in another shape: ${Math.round(d.similarity * 100)}% of word 5-grams shared)`,
      diagnostics: [],
    })
  }
  const order = new Map(gathered.files.map((f, i) => [f, i]))
  const rank = (file: string): number => order.get(file) ?? -1
  return {
    inputs: gathered.files.length,
    articles: parsed.filter((_, i) => !dropped.has(i)),
    skipped: [...gathered.missing, ...skipped.sort((a, b) => rank(a.file) - rank(b.file))],
    diagnostics,
  }
}

/** Why an input gave no article, from its first error: unreadable for the bytes, else no article. */
export function failureReason(diagnostics: readonly Diagnostic[]): string {
  const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0]
  if (!first) return 'no article: the parser found none'
  const unreadable = first.code.startsWith('input/') && first.code !== 'input/encoding-fallback'
  return `${unreadable ? 'unreadable' : 'no article'}: ${first.message}`
}
