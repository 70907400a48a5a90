import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { gatherInputs } from '../src/lib/inputs/gather.js'
import { manifestEntries } from '../src/lib/inputs/manifest-entries.js'
import { readInputs } from '../src/lib/inputs/read-inputs.js'
import { story, tempDir } from './helpers/paths.js'

describe('gatherInputs', () => {
  it('takes a folder’s files sorted, leaving out hidden files and the manifest', async () => {
    const { files, missing } = await gatherInputs([story])
    expect(files.map((f) => f.slice(story.length + 1))).toEqual([
      'a-gazette.txt',
      'b-gazette-again.txt',
      'c-coast.md',
      'd-coast-saved.txt',
      'e-empty.txt',
      'f-recipe.txt',
    ])
    expect(missing).toEqual([])
  })

  it('expands globs, counts a file named twice once, and reports what names nothing', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'sub'))
    writeFileSync(join(dir, 'sub', 'x.txt'), 'x')
    writeFileSync(join(dir, 'sub', 'y.md'), 'y')
    writeFileSync(join(dir, 'sub', '.hidden.txt'), 'h')
    const { files, missing } = await gatherInputs([
      join(dir, 'sub/*.txt'),
      join(dir, 'sub/x.txt'),
      join(dir, 'sub/**/*.md'),
      join(dir, 'nope.txt'),
      join(dir, '*.pdf'),
    ])
    expect(files).toEqual([join(dir, 'sub/x.txt'), join(dir, 'sub/y.md')])
    expect(missing.map((m) => [m.file, m.reason])).toEqual([
      [join(dir, 'nope.txt'), 'unreadable: no such file or folder (ENOENT)'],
      [join(dir, '*.pdf'), 'unreadable: no file matches this pattern'],
    ])
    expect(missing[0]?.diagnostics[0]?.file).toBe(join(dir, 'nope.txt'))
  })
})

describe('readInputs', () => {
  it('skips the same bytes as a duplicate of the first file, before parsing', async () => {
    const { files } = await gatherInputs([story])
    const problems: never[] = []
    const manifest = await manifestEntries(files, undefined, problems)
    const { inputs, skipped } = await readInputs(files, manifest)
    expect(problems).toEqual([])
    expect(inputs.map((i) => i.path.slice(story.length + 1))).toEqual([
      'a-gazette.txt',
      'c-coast.md',
      'd-coast-saved.txt',
      'e-empty.txt',
      'f-recipe.txt',
    ])
    expect(skipped).toEqual([
      {
        file: join(story, 'b-gazette-again.txt'),
        reason: `duplicate of ${join(story, 'a-gazette.txt')} (same bytes)`,
        diagnostics: [],
      },
    ])
    expect(inputs[0]?.manifest?.outlet).toBe('Port Ellis Gazette')
    expect(inputs[0]?.id).toMatch(/^[0-9a-f]{16}$/)
  })

  it('reports a file that cannot be read as unreadable, naming it', async () => {
    const dir = tempDir()
    const { inputs, skipped } = await readInputs([dir], new Map())
    expect(inputs).toEqual([])
    expect(skipped[0]?.file).toBe(dir)
    expect(skipped[0]?.reason).toMatch(/^unreadable: EISDIR/)
  })
})
