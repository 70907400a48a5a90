import { execFileSync } from 'node:child_process'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Diagnostic } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { gatherInputs } from '../src/lib/inputs/gather.js'
import { manifestEntries } from '../src/lib/inputs/manifest-entries.js'
import { readInputFile } from '../src/lib/inputs/read-file.js'
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
    expect(skipped[0]?.reason).toBe('unreadable: a folder, not a file')
  })
})

describe('nothing found is dropped without a word', () => {
  it('follows links to files, reports hidden files, folders, broken links and FIFOs', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'a.txt'), 'a')
    writeFileSync(join(dir, '.hidden.txt'), 'h')
    mkdirSync(join(dir, 'sub'))
    symlinkSync(join(dir, 'a.txt'), join(dir, 'b-link.txt'))
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'c-broken.txt'))
    execFileSync('mkfifo', [join(dir, 'd-fifo')])
    const { files, missing, single } = await gatherInputs([dir])
    expect(single).toBe(false)
    expect(files).toEqual([join(dir, 'a.txt'), join(dir, 'b-link.txt')])
    expect(missing.map((m) => [m.file.slice(dir.length + 1), m.diagnostics[0]?.code])).toEqual([
      ['.hidden.txt', 'input/hidden'],
      ['c-broken.txt', 'input/unreadable'],
      ['d-fifo', 'input/not-a-file'],
      ['sub', 'input/folder'],
    ])
    const fifo = await gatherInputs([join(dir, 'd-fifo')])
    expect([fifo.files, fifo.missing[0]?.reason]).toEqual([
      [],
      'unreadable: not a regular file (a device, FIFO or socket); only regular files are read',
    ])
  })

  it('reads a FIFO or a device never: refused at once, not waited on', async () => {
    const dir = tempDir()
    execFileSync('mkfifo', [join(dir, 'pipe')])
    const fifo = await readInputFile(join(dir, 'pipe'))
    expect(fifo.ok ? null : fifo.skipped.diagnostics[0]?.code).toBe('input/not-a-file')
    const zero = await readInputFile('/dev/zero', { maxBytes: 10 })
    expect(zero.ok ? null : zero.skipped.diagnostics[0]?.code).toBe('input/not-a-file')
  })

  it('refuses a file over the limit, naming the flag and no position', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(101))
    const big = await readInputFile(join(dir, 'big.txt'), {
      maxBytes: 100,
      limitName: '--max-bytes',
    })
    expect(big.ok ? null : big.skipped.diagnostics[0]).toMatchObject({
      code: 'input/too-large',
      line: null,
      offset: null,
      message: 'unreadable: 101 bytes, over the limit of 100 bytes (--max-bytes)',
    })
    const fits = await readInputFile(join(dir, 'big.txt'), { maxBytes: 101 })
    expect(fits.ok ? fits.bytes.length : null).toBe(101)
  })

  it('reports manifest entries outside its folder or naming no file, at their line', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'a.txt'), 'a')
    writeFileSync(
      join(dir, 'manifest.yaml'),
      'articles:\n  - file: a.txt\n  - file: ../../../etc/passwd\n  - file: gone.txt\n',
    )
    const problems: Diagnostic[] = []
    const entries = await manifestEntries([join(dir, 'a.txt')], undefined, problems)
    expect([...entries.keys()]).toEqual([join(dir, 'a.txt'), join(dir, 'gone.txt')])
    expect(problems.map((d) => [d.code, d.line, d.column, d.severity])).toEqual([
      ['manifest/outside-folder', 3, 11, 'error'],
      ['manifest/missing-file', 4, 11, 'error'],
    ])
    expect(problems[0]?.message).toMatch(
      /"\.\.\/\.\.\/\.\.\/etc\/passwd" is outside the manifest['’]s folder/,
    )
  })
})
