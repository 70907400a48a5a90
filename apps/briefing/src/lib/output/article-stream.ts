import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { Writable } from 'node:stream'
import { jsonChunks } from './json-chunks.js'

/** How `parse` writes articles: one JSON document (an object or an array), or one per line. */
export const OUTPUT_FORMATS = ['json', 'ndjson'] as const
export type OutputFormat = (typeof OUTPUT_FORMATS)[number]

/** Options of `openArticleStream`. */
export interface ArticleStreamOptions {
  /** `json`: an array (or, with `single`, the one object), pretty-printed; `ndjson`: one object a line. */
  readonly format: OutputFormat
  /** Exactly one input was named: write its object alone, not in an array, and nothing if none. */
  readonly single: boolean
  /**
   * File to write; `null` for stdout. The file is written as `<file>.partial` as each article is
   * done, and renamed to `<file>` when the batch ends, so readers never see half a file and a run
   * cut short keeps the work done in `<file>.partial`.
   */
  readonly file: string | null
}

/** Articles written one at a time, never as one string of everything. */
export interface ArticleStream {
  /** Writes one value (waits while the destination is full). */
  write(value: unknown): Promise<void>
  /** Ends the document, closes the file and renames it into place (none for a single input that gave nothing). */
  end(): Promise<void>
  /** How many values were written. */
  readonly count: number
}

/** Opens the destination and returns the stream; nothing is written before the first value. */
export async function openArticleStream(options: ArticleStreamOptions): Promise<ArticleStream> {
  const partial = options.file ? `${options.file}.partial` : null
  let sink: Writable
  if (partial) {
    await mkdir(dirname(partial), { recursive: true })
    sink = createWriteStream(partial)
    await once(sink, 'open')
  } else sink = process.stdout
  let count = 0
  const put = async (text: string): Promise<void> => {
    if (!sink.write(text)) await once(sink, 'drain')
  }
  const array = options.format === 'json' && !options.single
  return {
    get count() {
      return count
    },
    // Each value goes out in chunks (`jsonChunks`), never as one string: a single article can be
    // many times its input as JSON, and the stream would copy that string once more.
    async write(value) {
      const first = count === 0
      count++
      if (options.format === 'ndjson') {
        for (const chunk of jsonChunks(value, { indent: 0 })) await put(chunk)
        return put('\n')
      }
      if (!array) {
        for (const chunk of jsonChunks(value, { indent: 2 })) await put(chunk)
        return put('\n')
      }
      // In the array every line of the value is indented by one more level.
      await put(first ? '[\n  ' : ',\n  ')
      for (const chunk of jsonChunks(value, { indent: 2 }))
        await put(chunk.replaceAll('\n', '\n  '))
    },
    async end() {
      if (array) await put(count === 0 ? '[]\n' : '\n]\n')
      if (!partial || !options.file) return
      sink.end()
      await once(sink, 'close')
      // One input that gave nothing leaves no file (as it leaves nothing on stdout).
      if (options.single && count === 0) await rm(partial, { force: true })
      else await rename(partial, options.file)
    },
  }
}
