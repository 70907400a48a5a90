import { annotate } from '@parallax/annotate'
import type { Article, Diagnostic, ManifestEntry, Removal, SourceInfo } from '@parallax/schema'
import { append } from './append.js'
import { builtinCleaningRules } from './clean/index.js'
import { datelineOutlet } from './dateline.js'
import { DEFAULT_MAX_BYTES, decode, tooLarge } from './decode.js'
import { sha256Hex } from './hash.js'
import { detectLanguage, LANGUAGE_SAMPLE_LENGTH } from './language.js'
import { resolveMetadata } from './metadata.js'
import { registry } from './plugins/index.js'
import { diagnosticAtByte } from './position.js'
import { sentencesOf } from './sentences.js'
import { markTimelineEntries } from './timeline.js'
import type {
  DraftBlock,
  DraftRemoval,
  FoundMetadata,
  ParseInput,
  ParseOptions,
  ReadResult,
  ResolvedParseOptions,
  SourcePlugin,
} from './types.js'

/** What `parse` returns: the Article (or `null` when the input could not be read) and every Diagnostic. */
export interface ParseResult {
  article: Article | null
  diagnostics: Diagnostic[]
  /** The source text every span indexes (decoded, or extracted from a PDF); `null` when there is none. */
  text: string | null
}

/** Fill in the defaults of `ParseOptions`. */
export function resolveOptions(options?: Readonly<ParseOptions> | null): ResolvedParseOptions {
  return {
    plugins: registry(options?.plugins ?? []),
    format: options?.format ?? null,
    maxBytes: options?.maxBytes ?? DEFAULT_MAX_BYTES,
    limitName: options?.limitName ?? 'maxBytes',
    cleaningRules: options?.cleaningRules ?? builtinCleaningRules(),
    annotate: options?.annotate ?? true,
  }
}

/**
 * Parse one input into an Article: decode the bytes (or extract a PDF's text), pick the source
 * plugin (manifest `format`, else option `format`, else the highest `detect` score), read blocks
 * and metadata, apply the cleaning rules, mark timeline entries, resolve metadata (manifest values
 * win), split sentences and annotate. Pure: the result depends only on the input and options.
 * Problems in the input are Diagnostics, never throws.
 */
export async function parse(
  input: ParseInput,
  options?: Readonly<ParseOptions> | null,
): Promise<ParseResult> {
  return parseResolved(input, resolveOptions(options))
}

/** `parse` with options already resolved (what `parseMany` uses for every input). */
export async function parseResolved(
  input: ParseInput,
  options: ResolvedParseOptions,
): Promise<ParseResult> {
  const path = input.path ?? null
  const manifest = input.manifest ?? null
  const bytes = input.bytes
  const diagnostics: Diagnostic[] = []
  const wanted = manifest?.format ?? options.format
  let plugin: SourcePlugin | undefined
  if (wanted) {
    plugin = options.plugins.find((p) => p.id === wanted)
    if (!plugin) {
      diagnostics.push(
        diagnosticAtByte(path, null, {
          severity: 'warning',
          code: 'parse/unknown-format',
          message: `no source plugin "${wanted}"; detecting the shape instead`,
          expected: `one of ${options.plugins.map((p) => p.id).join(', ')}`,
        }),
      )
    }
  }

  if (bytes.length > options.maxBytes)
    return fail(diagnostics, [tooLarge(path, bytes.length, options.maxBytes, options.limitName)])
  const binaryPlugin =
    plugin?.extract !== undefined
      ? plugin
      : plugin
        ? undefined
        : options.plugins.find(
            (p) => p.extract !== undefined && (p.detectBytes?.(bytes) ?? 0) >= 0.5,
          )

  let text: string
  let info: Pick<SourceInfo, 'encoding' | 'bom' | 'lineEndings'>
  if (binaryPlugin?.extract) {
    const extracted = await binaryPlugin.extract(bytes, { path })
    append(diagnostics, extracted.diagnostics)
    if (extracted.diagnostics.some((d) => d.severity === 'error')) return fail(diagnostics, [])
    text = extracted.text.replace(/\r\n?/g, '\n')
    if (text.trim().length === 0) {
      return fail(diagnostics, [
        diagnosticAtByte(path, null, {
          severity: 'error',
          code: 'input/empty',
          message: `${binaryPlugin.id} input has no text`,
          expected: 'text',
        }),
      ])
    }
    info = { encoding: 'binary', bom: false, lineEndings: text.includes('\n') ? 'lf' : 'none' }
    plugin = binaryPlugin
  } else {
    const decoded = decode(bytes, {
      path,
      maxBytes: options.maxBytes,
      limitName: options.limitName,
    })
    append(diagnostics, decoded.diagnostics)
    if (!decoded.ok) return fail(diagnostics, [])
    text = decoded.text
    info = decoded.info
    if (!plugin) plugin = pickPlugin(options.plugins, text)
  }

  const read = await plugin.read(text, { path, manifest, options })
  append(diagnostics, read.diagnostics)
  // A reader that judged the input not to be an article (an error) gives no Article: the input
  // goes to the skipped list with that reason instead of into a briefing as an empty shell.
  if (read.diagnostics.some((d) => d.severity === 'error')) return fail(diagnostics, [], text)
  const article = assemble({ bytes, path, manifest, text, info, plugin, read, options })
  if (article.blocks.length === 0) {
    return fail(
      diagnostics,
      [
        diagnosticAtByte(path, null, {
          severity: 'error',
          code: 'parse/no-content',
          message: 'no article text left after cleaning',
          expected: 'at least one paragraph',
        }),
      ],
      text,
    )
  }
  return { article, diagnostics, text }
}

function fail(
  diagnostics: Diagnostic[],
  more: Diagnostic[],
  text: string | null = null,
): ParseResult {
  return { article: null, diagnostics: [...diagnostics, ...more], text }
}

/** The plugin whose `detect` scores highest (earlier plugins win ties). */
export function pickPlugin(plugins: readonly SourcePlugin[], text: string): SourcePlugin {
  let best: SourcePlugin | undefined
  let bestScore = -1
  for (const plugin of plugins) {
    if (plugin.extract) continue
    const score = plugin.detect(text)
    if (score > bestScore) {
      best = plugin
      bestScore = score
    }
  }
  if (!best)
    throw new Error(
      `no text source plugin registered among: ${plugins.map((p) => p.id).join(', ')}`,
    )
  return best
}

interface AssembleInput {
  bytes: Uint8Array
  path: string | null
  manifest: ManifestEntry | null
  text: string
  info: Pick<SourceInfo, 'encoding' | 'bom' | 'lineEndings'>
  plugin: SourcePlugin
  read: ReadResult
  options: ResolvedParseOptions
}

// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: pre-existing (31); to split by pattern (issue 9)
function assemble({
  bytes,
  path,
  manifest,
  text,
  info,
  plugin,
  read,
  options,
}: AssembleInput): Article {
  const found: FoundMetadata = { ...read.metadata }
  const removals: DraftRemoval[] = [...read.removed]
  // Cleaning: each rule sees the blocks still kept; indices are mapped back to the plugin's list.
  let kept = read.blocks.map((block, index) => ({ block, index }))
  for (const rule of options.cleaningRules) {
    const hits = rule.apply(
      kept.map((k) => k.block),
      text,
    )
    if (hits.length === 0) continue
    const gone = new Set<number>()
    for (const hit of hits) {
      if (gone.has(hit.index)) continue
      const target = kept[hit.index]
      if (!target) continue
      gone.add(hit.index)
      const removal: DraftRemoval = {
        span: target.block.span,
        reason: hit.reason,
        detail: hit.detail,
      }
      if (hit.duplicateOf !== undefined && kept[hit.duplicateOf])
        removal.duplicateOf = kept[hit.duplicateOf]!.index
      removals.push(removal)
      if (hit.metadata?.byline && !found.byline) found.byline = hit.metadata.byline
      if (hit.metadata?.outlet && !found.outlet) found.outlet = hit.metadata.outlet
    }
    kept = kept.filter((_, i) => !gone.has(i))
  }
  const drafts: DraftBlock[] = kept.map((k) => k.block)
  markTimelineEntries(drafts)
  if (!found.outlet) {
    const agency = datelineOutlet(drafts)
    if (agency) found.outlet = { value: agency, origin: 'text' }
  }

  const idOf = new Map<number, string>()
  const blocks = drafts.map((block, i) => {
    idOf.set(kept[i]!.index, `b${i}`)
    return { id: `b${i}`, ...block }
  })
  // A first heading repeating the title is the title, not body.
  const detected = detectLanguage(leadingText(blocks, LANGUAGE_SAMPLE_LENGTH))
  const metadata = resolveMetadata(found, manifest, detected)
  if (
    metadata.title &&
    blocks[0]?.kind === 'heading' &&
    blocks[0].text.trim() === metadata.title.trim()
  ) {
    const head = blocks.shift()!
    removals.push({
      span: head.span,
      reason: 'title',
      detail: 'title: heading repeating the title',
    })
    blocks.forEach((b, i) => {
      b.id = `b${i}`
    })
    for (const [k, v] of idOf) idOf.set(k, `b${Number(v.slice(1)) - 1}`)
  }

  const removed: Removal[] = removals
    .map(({ duplicateOf, ...rest }) => {
      const id = duplicateOf !== undefined ? idOf.get(duplicateOf) : undefined
      return id && id !== 'b-1' ? { ...rest, duplicateOf: id } : rest
    })
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)

  const sentences = sentencesOf(text, blocks)
  const rest = options.annotate
    ? annotate({
        text,
        blocks,
        sentences,
        published: metadata.published,
        language: metadata.language,
      })
    : {
        reference: { basis: 'undetermined' as const, reason: 'annotations were not requested' },
        entities: [],
        mentions: [],
        quotations: [],
        quantities: [],
        dates: [],
      }
  const sha256 = sha256Hex(bytes)
  return {
    id: sha256.slice(0, 16),
    format: plugin.id,
    source: { path, bytes: bytes.length, sha256, ...info, length: text.length },
    outlet: metadata.outlet,
    title: metadata.title,
    byline: metadata.byline,
    url: metadata.url,
    published: metadata.published,
    language: metadata.language,
    origins: metadata.origins,
    blocks,
    removed,
    annotations: { reference: rest.reference, sentences, ...omitReference(rest) },
  }
}

/**
 * The blocks' texts joined by newlines, at least the first `length` characters of that join (all
 * of it when shorter): what language detection reads, without one more copy of the article.
 */
function leadingText(blocks: readonly { text: string }[], length: number): string {
  const parts: string[] = []
  let size = 0
  for (const block of blocks) {
    if (size > length) break
    parts.push(block.text)
    size += block.text.length + 1
  }
  return parts.join('\n')
}

function omitReference<T extends { reference: unknown }>(value: T): Omit<T, 'reference'> {
  const { reference: _reference, ...rest } = value
  return rest
}
