import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runBrief } from '../src/lib/brief/run-brief.js'
import type { AlignClaims } from '../src/lib/brief/types.js'
import { doubles } from './helpers/doubles.js'
import { story, tempDir } from './helpers/paths.js'

const inputs = [join(story, 'a-gazette.txt'), join(story, 'c-coast.md')]
const base = { inputs, workers: 0, formats: ['json'] as const, generatedAt: '2026-03-05T18:00:00Z' }

describe('runBrief', () => {
  it('hands align the claims extracted while parsing, for every story article', async () => {
    let seen: AlignClaims | null | undefined
    const out = tempDir()
    const result = await runBrief(
      { ...base, out, archive: false },
      {
        ...doubles,
        align: (articles, options) => {
          seen = options
          return doubles.align(articles, options)
        },
      },
    )
    expect(result.exitCode).toBe(0)
    expect([...(seen?.claims?.keys() ?? [])]).toHaveLength(2)
    expect([...(seen?.claims?.values() ?? [])].every((c) => c.length > 0)).toBe(true)
    expect(result.written).toEqual([join(out, 'briefing.json')])
  })

  it('hands the story articles’ texts to preparePdf before aligning, only when a PDF is asked', async () => {
    const calls: string[] = []
    const deps = {
      ...doubles,
      align: ((articles, options) => {
        calls.push('align')
        return doubles.align(articles, options)
      }) as typeof doubles.align,
    }
    const prepared: (readonly string[])[] = []
    const preparePdf = (texts: readonly string[]) => {
      calls.push('prepare')
      prepared.push(texts)
    }
    const renderPdf = async () => new Uint8Array([37, 80, 68, 70])
    await runBrief({ ...base, out: tempDir(), archive: false, preparePdf, renderPdf }, deps)
    expect(prepared).toEqual([])
    const result = await runBrief(
      { ...base, formats: ['pdf'], out: tempDir(), archive: false, preparePdf, renderPdf },
      deps,
    )
    expect(result.exitCode).toBe(0)
    expect(calls).toEqual(['align', 'prepare', 'align'])
    expect(prepared).toHaveLength(1)
    expect(prepared[0]).toHaveLength(2)
    expect(prepared[0]?.some((text) => text.length > 100)).toBe(true)
  })

  it('writes nothing when the composed briefing does not validate', async () => {
    const out = tempDir()
    const stages: string[] = []
    const result = await runBrief(
      { ...base, out, onStage: (s) => stages.push(s) },
      {
        ...doubles,
        composeBriefing: (input) => ({ ...doubles.composeBriefing(input), date: 'yesterday' }),
      },
    )
    expect(result.exitCode).toBe(3)
    expect(result.error).toMatch(/^the composed briefing is not valid, nothing written: /)
    expect(existsSync(join(out, 'briefing.json'))).toBe(false)
    expect(stages).toEqual(['read', 'parse', 'dedupe', 'story', 'align', 'compose'])
  })

  it('is nothing usable when no article belongs to the story', async () => {
    const result = await runBrief(
      { ...base, out: tempDir(), archive: false },
      { ...doubles, selectStory: () => ({ story: [], offTopic: [] }) },
    )
    expect(result.exitCode).toBe(3)
    expect(result.error).toBe('no article belongs to a common story')
  })
})
