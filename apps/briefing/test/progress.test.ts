import { describe, expect, it } from 'vitest'
import { createProgress, wantsProgress } from '../src/lib/terminal/progress.js'
import { formatSummary } from '../src/lib/terminal/summary.js'

const stream = (isTTY: boolean) => {
  const written: string[] = []
  return { isTTY, columns: 60, write: (t: string) => written.push(t), written }
}

describe('progress bar', () => {
  it('draws on a terminal, in place, and erases itself', () => {
    const s = stream(true)
    let t = 0
    const bar = createProgress(s, {}, () => (t += 100))
    bar.update(1, 4, 'seeds/a.txt')
    bar.update(4, 4, 'seeds/d.txt')
    bar.done()
    expect(s.written[0]).toMatch(/^\r\x1b\[2Kparsing \[█{6}░{18}\] 1\/4 seeds\/a\.txt$/)
    expect(s.written[1]).toContain('4/4')
    expect(s.written.at(-1)).toBe('\r\x1b[2K')
  })

  it('draws nothing when piped, under CI or on a dumb terminal', () => {
    for (const [tty, env] of [
      [false, {}],
      [true, { CI: 'true' }],
      [true, { TERM: 'dumb' }],
    ] as const) {
      const s = stream(tty)
      const bar = createProgress(s, env)
      bar.update(1, 2, 'x')
      bar.done()
      expect(s.written).toEqual([])
      expect(wantsProgress(s, env)).toBe(false)
    }
  })
})

describe('formatSummary', () => {
  it('lists counts, skipped inputs with reasons, paths written and elapsed time', () => {
    const text = formatSummary({
      inputs: 3,
      articles: 1,
      skipped: [{ file: 'b.txt', reason: 'duplicate of a.txt (same bytes)', diagnostics: [] }],
      claims: 1,
      clusters: 1,
      conflicts: 0,
      written: ['out/briefing.json'],
      elapsedMs: 1234,
      notes: ['briefing date 2026-03-05'],
    })
    expect(text).toBe(
      '3 inputs, 1 article used, 1 skipped; 1 claim, 1 cluster, 0 conflicts\nbriefing date 2026-03-05\nskipped:\n  b.txt: duplicate of a.txt (same bytes)\nwrote:\n  out/briefing.json\ndone in 1.2 s\n',
    )
  })
})
