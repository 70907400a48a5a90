import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { expect, it } from 'vitest'
import { iconvDecode } from '../src/lib/lazy-modules.js'

const src = join(import.meta.dirname, '../src')

/** Modules a cold start should not load: each is required on first use in `lazy-modules.ts`. */
const LAZY = ['iconv-lite', 'chrono-node', 'tinyld']

function sources(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) for (const file of sources(path)) out.push(file)
    else if (entry.name.endsWith('.ts')) out.push(path)
  }
  return out
}

it('imports the large, rarely needed modules nowhere but through lazy-modules.ts', () => {
  const offenders: string[] = []
  for (const file of sources(src)) {
    const text = readFileSync(file, 'utf8')
    for (const name of LAZY) {
      // A value import (bundled and compiled at start-up); `import type` is erased.
      const eager = new RegExp(`^import (?!type )[^\\n]*from '${name}(?:/[^']*)?'`, 'm')
      if (eager.test(text)) offenders.push(`${relative(src, file)}: ${name}`)
    }
  }
  expect(offenders).toEqual([])
})

it('decodes through iconv-lite when asked (Windows-1252 curly quotes)', () => {
  expect(iconvDecode(Buffer.from([0x93, 0x68, 0x69, 0x94]), 'windows-1252')).toBe('“hi”')
})
