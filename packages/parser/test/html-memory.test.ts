import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const caseFile = fileURLToPath(new URL('../bench/stress-case.ts', import.meta.url))
const MB = 1024 * 1024

/**
 * Runs one `bench:stress` case in a child process whose V8 heap may hold at most `heapMb`, and
 * returns its figures (or the error it ended with).
 */
function runCase(kind: string, sizeMb: number, heapMb: number) {
  const run = spawnSync(
    process.execPath,
    [`--max-old-space-size=${heapMb}`, '--import', 'tsx', caseFile, kind, String(sizeMb)],
    { encoding: 'utf8', timeout: 240_000, maxBuffer: 1 << 20 },
  )
  const last = run.stdout.trim().split('\n').pop() ?? ''
  let figures: { rss?: number; note?: string; error?: string } = {}
  try {
    figures = JSON.parse(last)
  } catch {
    figures = {
      error: `no result (status ${run.status}, ${run.signal ?? 'no signal'}): ${run.stderr.slice(-300)}`,
    }
  }
  return figures
}

describe('HTML of a million tiny elements: memory', { timeout: 300_000 }, () => {
  // 4 MB of `<p><i>r0</i> <i>r1</i> …</p>`: a quarter of a million elements. The whole parse must
  // fit a heap of 20x the input (80 MB; it needs some 65 here, and needed over 80 while each
  // block's text was a tree of one string per word and the language sample joined every block),
  // and peak RSS stay within the budget of 20x the input + 200 MB.
  it('parses 4 MB within a heap of 20x the input and a peak RSS of 20x + 200 MB', () => {
    const size = 4
    const result = runCase('html-tiny', size, 20 * size)
    expect(result.error).toBeUndefined()
    expect(result.note).toMatch(/^\d+ blocks, 4\.0 MB in/)
    const bytes = Number(/([\d.]+) MB in/.exec(result.note ?? '')?.[1]) * MB
    expect(result.rss).toBeLessThanOrEqual((20 * bytes) / MB + 200)
  })

  // The same page annotated: a million-word article must not keep its words alive through the
  // steps. It fits a heap of 24x the input (96 MB; it needs some 85 here), which it did not while
  // the steps shared every block's words through the word cache and the speaker context split
  // every block at once (some 110 MB: about 100 bytes a word, and V8 then allocated every later
  // word straight into the old generation).
  it('parses and annotates 4 MB within a heap of 24x the input and a peak RSS of 20x + 200 MB', () => {
    const size = 4
    const result = runCase('html-tiny-annotate', size, 24 * size)
    expect(result.error).toBeUndefined()
    expect(result.note).toMatch(/^\d+ blocks, 4\.0 MB in/)
    const bytes = Number(/([\d.]+) MB in/.exec(result.note ?? '')?.[1]) * MB
    expect(result.rss).toBeLessThanOrEqual((20 * bytes) / MB + 200)
  })
})
