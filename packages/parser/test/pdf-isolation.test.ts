import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../src/index.ts'
import { trimLineEnds } from '../src/lib/plugins/pdf.ts'

const pdf = new Uint8Array(readFileSync(new URL('./fixtures/pdf-real/input.pdf', import.meta.url)))

/** Every own property value of the built-ins pdf.js's legacy build polyfills. */
function builtins(): Map<string, unknown> {
  const out = new Map<string, unknown>()
  const targets: [string, object][] = [
    ['Array.prototype', Array.prototype],
    ['Array', Array],
    ['Promise', Promise],
    ['Uint8Array.prototype', Uint8Array.prototype],
    ['Map', Map],
    ['Set.prototype', Set.prototype],
    ['Object', Object],
    ['globalThis', globalThis],
  ]
  for (const [name, target] of targets)
    for (const key of Reflect.ownKeys(target))
      out.set(`${name}.${String(key)}`, Object.getOwnPropertyDescriptor(target, key)?.value)
  return out
}

describe('PDF reading stays out of the parser isolate', () => {
  it('parsing a PDF replaces no built-in (Array.prototype.push stays native)', async () => {
    const push = Array.prototype.push
    const before = builtins()
    const { article } = await parse({ bytes: pdf, path: 'input.pdf' }, { annotate: false })
    expect(article?.blocks.length).toBeGreaterThan(0)
    expect(Array.prototype.push).toBe(push)
    const changed = [...builtins()].filter(([k, v]) => !Object.is(before.get(k), v)).map(([k]) => k)
    expect(changed).toEqual([])
  })

  it('reads the same text on a second and a concurrent call (the worker is shared)', async () => {
    const texts = await Promise.all(
      [0, 1, 2].map(
        async () => (await parse({ bytes: pdf, path: 'p.pdf' }, { annotate: false })).text,
      ),
    )
    expect(new Set(texts).size).toBe(1)
    expect(texts[0]!.length).toBeGreaterThan(100)
  })

  it('an unreadable PDF is a diagnostic, and the next one still reads', async () => {
    const bad = new TextEncoder().encode('%PDF-1.7\nnot really a pdf\n%%EOF\n')
    const broken = await parse({ bytes: bad, path: 'bad.pdf' })
    expect(broken.diagnostics.map((d) => d.code)).toContain('input/pdf-unreadable')
    const good = await parse({ bytes: pdf, path: 'input.pdf' }, { annotate: false })
    expect(good.article).not.toBeNull()
  })

  it('trims line ends in linear time', () => {
    expect(trimLineEnds('a  \nb\t\n  c ')).toBe('a\nb\n  c')
    const start = process.cpuUsage()
    trimLineEnds(`a${' '.repeat(1_000_000)}b`)
    const used = process.cpuUsage(start)
    expect((used.user + used.system) / 1e6).toBeLessThan(1)
  })
})
