import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ReadInput } from '../src/lib/inputs/read-inputs.js'
import type { ParseReply } from '../src/lib/pool/messages.js'
import { defaultWorkers, parseEach, parseInPool } from '../src/lib/pool/parse-pool.js'
import { ensureBuilt, story } from './helpers/paths.js'

const input = (name: string, bytes?: Uint8Array): ReadInput => ({
  path: join(story, name),
  id: name,
  bytes: bytes ?? readFileSync(join(story, name)),
  manifest: null,
})

beforeAll(ensureBuilt)

describe('parseInPool', () => {
  const names = ['a-gazette.txt', 'c-coast.md', 'e-empty.txt', 'd-coast-saved.txt', 'f-recipe.txt']

  it('returns results in input order, the same whatever the pool size', async () => {
    const runs = await Promise.all(
      [0, 1, 3].map((workers) =>
        parseInPool(
          names.map((n) => input(n)),
          { workers, claims: true },
        ),
      ),
    )
    const [inline, ...pooled] = runs.map((replies) => JSON.stringify(replies))
    for (const other of pooled) expect(other).toBe(inline)
    const replies = runs[2] ?? []
    expect(replies.map((r) => r.index)).toEqual([0, 1, 2, 3, 4])
    expect(replies.map((r) => r.result.article?.title ?? null)).toEqual([
      'Harbour Bridge Closed After Inspectors Find Cracks',
      'Port Ellis shuts Harbour Bridge over cracked supports',
      null,
      'Port Ellis shuts Harbour Bridge over cracked supports',
      'A Simple Lentil Soup for Cold Evenings',
    ])
    expect(replies[0]?.claims?.length).toBeGreaterThan(0)
  })

  it('one bad file does not sink the batch: it fails with a diagnostic naming it', async () => {
    const binary = new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7])
    const progress: number[] = []
    const replies = await parseInPool(
      [input('a-gazette.txt'), input('bad.bin', binary), input('f-recipe.txt')],
      {
        workers: 2,
        onProgress: (done) => progress.push(done),
      },
    )
    expect(replies.map((r) => r.result.article !== null)).toEqual([true, false, true])
    expect(replies[1]?.result.diagnostics[0]).toMatchObject({
      file: join(story, 'bad.bin'),
      severity: 'error',
    })
    expect(progress).toEqual([1, 2, 3])
  })
})

describe('parseEach', () => {
  const names = ['f-recipe.txt', 'a-gazette.txt', 'missing.txt', 'c-coast.md', 'e-empty.txt']
  const unread = {
    article: null,
    text: null,
    diagnostics: [
      {
        file: join(story, 'missing.txt'),
        line: null,
        column: null,
        offset: null,
        severity: 'error' as const,
        code: 'input/unreadable',
        message: 'unreadable: no such file',
      },
    ],
  }
  /** Runs the batch with a slow consumer, noting when each input was asked for and delivered. */
  async function run(workers: number) {
    const events: string[] = []
    const delivered: ParseReply[] = []
    await parseEach(
      names.length,
      (index) => {
        events.push(`read ${index}`)
        const name = names[index] as string
        return name === 'missing.txt' ? { path: join(story, name), result: unread } : input(name)
      },
      async (reply) => {
        await new Promise((done) => setTimeout(done, 5))
        events.push(`out ${reply.index}`)
        delivered.push(reply)
      },
      { workers, annotate: false },
    )
    return { events, delivered }
  }

  it('delivers every reply in input order, the same bytes with 0, 1 or 2 workers', async () => {
    const [inline, one, two] = await Promise.all([run(0), run(1), run(2)])
    for (const other of [one, two]) {
      expect(other.events.filter((e) => e.startsWith('out'))).toEqual(
        names.map((_, i) => `out ${i}`),
      )
      expect(JSON.stringify(other.delivered)).toBe(JSON.stringify(inline?.delivered))
    }
    expect(inline?.delivered[2]?.result).toEqual(unread)
    expect(inline?.delivered[1]?.result.article?.title).toBe(
      'Harbour Bridge Closed After Inspectors Find Cracks',
    )
    // On the main thread each input is read just before it is parsed, never all up front.
    expect(inline?.events.slice(0, 3)).toEqual(['read 0', 'out 0', 'read 1'])
  })
})

describe('defaultWorkers', () => {
  it('uses every core for a large batch, and the main thread for a handful of files', () => {
    expect(defaultWorkers(1000, 16)).toBe(16)
    expect(defaultWorkers(100, 16)).toBe(4)
    expect(defaultWorkers(48, 2)).toBe(2)
    expect(defaultWorkers(47, 2)).toBe(0)
    expect(defaultWorkers(20, 16)).toBe(0)
    expect(defaultWorkers(5, 16)).toBe(0)
  })
})
