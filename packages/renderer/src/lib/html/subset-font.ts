import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/**
 * The part of the WebAssembly API this file uses. Node has it as a global, but the build's
 * libraries (ES2023 + @types/node 20) do not declare it, so it is typed here.
 */
interface Wasm {
  Module: new (bytes: Uint8Array) => object
  Instance: new (module: object, imports: object) => { exports: unknown }
}
const wasm = (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly

/** The exports of HarfBuzz's hb-subset WebAssembly build that this file calls. */
interface HbSubset {
  readonly memory: { readonly buffer: ArrayBuffer }
  malloc(size: number): number
  free(pointer: number): void
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number
  hb_blob_destroy(blob: number): void
  hb_blob_get_data(blob: number, length: number): number
  hb_blob_get_length(blob: number): number
  hb_face_create(blob: number, index: number): number
  hb_face_destroy(face: number): void
  hb_face_reference_blob(face: number): number
  hb_set_add(set: number, codepoint: number): void
  hb_subset_input_create_or_fail(): number
  hb_subset_input_destroy(input: number): void
  hb_subset_input_unicode_set(input: number): number
  hb_subset_input_get_flags(input: number): number
  hb_subset_input_set_flags(input: number, flags: number): void
  hb_subset_or_fail(face: number, input: number): number
}

/** HB_MEMORY_MODE_WRITABLE: HarfBuzz may use the bytes in place. */
const memoryModeWritable = 2
/** HB_SUBSET_FLAGS_NO_HINTING: drop TrueType hinting (screens and print render without it). */
const noHinting = 0x1

let instance: HbSubset | undefined

/**
 * HarfBuzz's subsetter (the `harfbuzzjs` package's `hb-subset.wasm`, the engine behind the
 * `subset-font` package), instantiated synchronously once per process: `renderHtml` stays a
 * synchronous function. The module needs no imports.
 */
function hb(): HbSubset {
  if (instance) return instance
  const bytes = readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'))
  const module = new wasm.Module(bytes)
  instance = new wasm.Instance(module, {}).exports as unknown as HbSubset
  return instance
}

/**
 * A TrueType/OpenType font cut down to the glyphs of `codePoints` (and what they need:
 * composite parts, layout rules among them), with its `cmap` and metrics kept and its hinting
 * dropped: a valid sfnt a browser can load. Deterministic: the same font and set give the same bytes.
 *
 * @param sfnt The font (TrueType or OpenType, not WOFF).
 * @param codePoints The Unicode code points to keep.
 * @param name The font's name, for error messages.
 * @throws {Error} when HarfBuzz cannot read the font or cut it.
 */
export function subsetFont(sfnt: Uint8Array, codePoints: Iterable<number>, name: string): Buffer {
  const h = hb()
  const input = h.hb_subset_input_create_or_fail()
  if (input === 0) throw new Error(`${name}: HarfBuzz could not start a subset (out of memory)`)
  const data = h.malloc(sfnt.byteLength)
  new Uint8Array(h.memory.buffer, data, sfnt.byteLength).set(sfnt)
  const blob = h.hb_blob_create(data, sfnt.byteLength, memoryModeWritable, 0, 0)
  const face = h.hb_face_create(blob, 0)
  h.hb_blob_destroy(blob)
  try {
    h.hb_subset_input_set_flags(input, h.hb_subset_input_get_flags(input) | noHinting)
    const unicodes = h.hb_subset_input_unicode_set(input)
    for (const codePoint of codePoints) h.hb_set_add(unicodes, codePoint)
    const subset = h.hb_subset_or_fail(face, input)
    if (subset === 0) throw new Error(`${name}: HarfBuzz could not subset the font`)
    const result = h.hb_face_reference_blob(subset)
    const at = h.hb_blob_get_data(result, 0)
    const length = h.hb_blob_get_length(result)
    // Copy out before anything else allocates: the memory may grow and move.
    const bytes = Buffer.from(new Uint8Array(h.memory.buffer, at, length))
    h.hb_blob_destroy(result)
    h.hb_face_destroy(subset)
    if (length === 0) throw new Error(`${name}: HarfBuzz returned an empty subset`)
    return bytes
  } finally {
    h.hb_subset_input_destroy(input)
    h.hb_face_destroy(face)
    h.free(data)
  }
}
