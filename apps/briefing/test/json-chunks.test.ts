import { describe, expect, it } from 'vitest'
import { jsonChunks } from '../src/lib/output/json-chunks.js'

/** A small deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const LEAVES: unknown[] = [
  null,
  true,
  false,
  0,
  -1.5,
  1e21,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  'text with "quotes", \\ and \n newlines',
  '\u2028\ud800 lone surrogate',
  undefined,
  () => 1,
  Symbol('s'),
  new Date(0),
  Object(7),
  Object('boxed'),
  { toJSON: (key: string) => `key:${key}` },
]

/** A random JSON-like value (nested arrays and objects, odd leaves included). */
function randomValue(next: () => number, depth: number): unknown {
  const roll = next()
  if (depth > 4 || roll < 0.4) return LEAVES[Math.floor(next() * LEAVES.length)]
  const n = Math.floor(next() * 5)
  if (roll < 0.7) {
    const items: unknown[] = []
    for (let i = 0; i < n; i++) items.push(randomValue(next, depth + 1))
    return items
  }
  const object: Record<string, unknown> = {}
  for (let i = 0; i < n; i++)
    object[next() < 0.2 ? String(i) : `k${i}"`] = randomValue(next, depth + 1)
  return object
}

const joined = (value: unknown, indent: number, chunkSize: number) =>
  [...jsonChunks(value, { indent, chunkSize })].join('')

describe('jsonChunks', () => {
  it('writes the bytes of JSON.stringify for 2,000 random values, any indent and chunk size', () => {
    const next = rng(13)
    for (let k = 0; k < 2000; k++) {
      const value = randomValue(next, 0)
      const indent = [0, 2, 4][k % 3]!
      const expected = JSON.stringify(value, null, indent)
      const got = joined(value, indent, 1 + (k % 50))
      expect(got === '' ? undefined : got).toBe(expected)
    }
  })

  it('writes empty and emptied containers, holes and nested toJSON as JSON.stringify does', () => {
    const value = {
      a: [],
      b: {},
      c: { gone: undefined, fn: () => 0 },
      // biome-ignore lint/suspicious/noSparseArray: a hole is a case JSON.stringify writes as null
      d: [, undefined, () => 0],
      e: { toJSON: () => ({ nested: [1, { toJSON: () => undefined }] }) },
    }
    for (const indent of [0, 2])
      expect(joined(value, indent, 3)).toBe(JSON.stringify(value, null, indent))
  })

  it('hands out chunks near the size asked for, never the whole of a large value at once', () => {
    const big = {
      blocks: Array.from({ length: 20_000 }, (_, i) => ({ id: `b${i}`, map: [[0, i]] })),
    }
    const chunks = [...jsonChunks(big, { chunkSize: 4096 })]
    expect(chunks.join('')).toBe(JSON.stringify(big, null, 2))
    let largest = 0
    for (const chunk of chunks) largest = Math.max(largest, chunk.length)
    expect(largest).toBeLessThan(4096 + 100)
    expect(chunks.length).toBeGreaterThan(100)
  })

  it('walks a value nested 100,000 deep without running out of stack', () => {
    let deep: unknown = 0
    for (let i = 0; i < 100_000; i++) deep = [deep]
    const text = joined(deep, 0, 65536)
    expect(text.length).toBe(200_001)
    expect(text.startsWith('[[[')).toBe(true)
  })

  it('writes nothing for a value JSON.stringify writes as undefined', () => {
    expect([...jsonChunks(undefined)]).toEqual([])
    expect([...jsonChunks(() => 0)]).toEqual([])
  })
})
