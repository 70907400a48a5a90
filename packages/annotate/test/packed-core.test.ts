import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { serialize } from 'node:v8'
import { describe, expect, it } from 'vitest'
import { packCore, parseCoreJson, readPackedCore } from '../src/lib/packed-core.js'
import { readCoreModel } from '../src/lib/wink-model.js'

const dir = mkdtempSync(join(tmpdir(), 'packed-core-'))
const file = (name: string, bytes: Buffer | string) => {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return path
}

type Model = { features: { lexeme: { hash: unknown } } }

/** A core model with its lexeme index (a lookup Proxy) set aside, for a value comparison. */
function withoutIndex(model: unknown): unknown {
  ;(model as Model).features.lexeme.hash = null
  return model
}

describe('the packed core model (dist/wink-core.v8)', () => {
  const packed = file('current.v8', packCore())

  it('reads back equal to the parsed JSON, tables as 32-bit words', () => {
    const model = readPackedCore(packed)
    expect(model).not.toBeNull()
    expect(model!.lexicon).toBeInstanceOf(Uint32Array)
    expect(isDeepStrictEqual(model, parseCoreJson())).toBe(true)
  })

  it('gives readCoreModel the same model as the JSON road', () => {
    const fromPacked = withoutIndex(readCoreModel(packed))
    const fromJson = withoutIndex(readCoreModel(null))
    expect(isDeepStrictEqual(fromPacked, fromJson)).toBe(true)
  })

  it('is passed over when absent, damaged or written for another model or V8', () => {
    const stale = file('stale.v8', serialize({ key: '0.0.0:1:1', model: { lexicon: 1 } }))
    const keyless = file('keyless.v8', serialize({ model: parseCoreJson() }))
    const damaged = file('damaged.v8', packCore().subarray(0, 1000))
    const text = file('text.v8', '{"not":"v8"}')
    for (const path of [join(dir, 'absent.v8'), stale, keyless, damaged, text])
      expect(readPackedCore(path), path).toBeNull()
    // readCoreModel then parses the JSON: the same model.
    const fallback = withoutIndex(readCoreModel(stale))
    expect(isDeepStrictEqual(fallback, withoutIndex(readCoreModel(null)))).toBe(true)
  })
})
