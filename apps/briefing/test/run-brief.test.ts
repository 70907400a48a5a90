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
