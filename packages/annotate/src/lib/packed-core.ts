import { readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { deserialize, serialize } from 'node:v8'

/**
 * wink-eng-lite-web-model's core JSON, parsed and with its two base64 tables decoded to 32-bit
 * words, kept in V8's serialisation format beside the built package (`dist/wink-core.v8`,
 * written by `pnpm build`). A cold process reads that in about half the CPU of reading the 3 MB
 * JSON as UTF-8, parsing it and decoding the tables. The file is only a cache: it names the model
 * version, the JSON's size and the V8 that wrote it, and when it is absent, unreadable or written
 * for anything else the JSON is read as before. `wink-model.test.ts` checks both roads give equal
 * models.
 */

const require = createRequire(import.meta.url)

/** The core model's JSON file. */
export const CORE_JSON = 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json'

/** Where the build writes the packed core: `dist/wink-core.v8` (beside `dist/lib/`). */
export const PACKED_CORE = fileURLToPath(new URL('../wink-core.v8', import.meta.url))

/** The packed form's key: the model's version, its JSON's size and this process's V8. */
function packKey(): string {
  const { version } = require('wink-eng-lite-web-model/package.json') as { version: string }
  return `${version}:${statSync(require.resolve(CORE_JSON)).size}:${process.versions.v8}`
}

/** A base64 string's bytes as 32-bit words in platform order (as the package's `atob` loop). */
export function words32(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64')
  // A fresh, aligned buffer: Buffer.from may return a view into a shared pool.
  const copy = new Uint8Array(bytes.length)
  copy.set(bytes)
  return new Uint32Array(copy.buffer, 0, bytes.length >>> 2)
}

/** The core JSON parsed, its `lexicon` and `xpansions` decoded to 32-bit words. */
export function parseCoreJson(): Record<string, unknown> {
  const model = JSON.parse(readFileSync(require.resolve(CORE_JSON), 'utf8')) as Record<
    string,
    unknown
  >
  model.lexicon = words32(model.lexicon as string)
  model.xpansions = words32(model.xpansions as string)
  return model
}

/** The packed core's bytes (what the build writes to {@link PACKED_CORE}). */
export function packCore(): Buffer {
  return serialize({ key: packKey(), model: parseCoreJson() })
}

/**
 * The packed core at `path` when it is there and was written for this model and V8, else null
 * (the caller then parses the JSON).
 */
export function readPackedCore(path: string = PACKED_CORE): Record<string, unknown> | null {
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch {
    return null
  }
  try {
    const packed = deserialize(bytes) as { key?: unknown; model?: Record<string, unknown> }
    return packed.key === packKey() && packed.model ? packed.model : null
  } catch {
    return null
  }
}
