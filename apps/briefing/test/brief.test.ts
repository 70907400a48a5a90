import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Briefing, validate } from '@parallax/schema'
import { beforeAll, describe, expect, it } from 'vitest'
import { Archive } from '../src/lib/archive/archive.js'
import { app, cliArgs, cliEnv, ensureBuilt, story, tempDir } from './helpers/paths.js'

function run(...args: string[]) {
  const result = spawnSync(process.execPath, cliArgs(...args), {
    encoding: 'utf8',
    cwd: app,
    env: cliEnv(),
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** The built command as shipped: options are checked before anything else runs. */
function runBuilt(...args: string[]) {
  const result = spawnSync(process.execPath, [join(app, 'dist/cli.js'), ...args], {
    encoding: 'utf8',
    cwd: app,
    env: cliEnv(),
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const at = (name: string): string => join(story, name)

beforeAll(ensureBuilt)

describe('parallax brief', () => {
  const out = tempDir()
  let first: ReturnType<typeof run>

  beforeAll(() => {
    first = run('brief', story, '--out', out, '--format', 'json,html', '--jobs', '2')
  }, 300_000)

  it('writes the briefing, names every skipped input with its reason, and exits 1', () => {
    expect(first.code).toBe(1)
    expect(first.stdout).toBe('')
    const briefing = JSON.parse(readFileSync(join(out, 'briefing.json'), 'utf8'))
    expect(validate(Briefing, briefing).ok).toBe(true)
    expect(briefing.date).toBe('2026-03-05') // the latest publication date among the inputs
    expect(briefing.generatedAt).toBe('2026-03-05T18:20:00Z') // SOURCE_DATE_EPOCH
    expect(briefing.sources.map((s: { title: string }) => s.title)).toEqual([
      'Harbour Bridge Closed After Inspectors Find Cracks',
      'Port Ellis shuts Harbour Bridge over cracked supports',
    ])
    const skipped = briefing.skipped.map((s: { file: string; reason: string }) => [
      s.file.slice(story.length + 1),
      s.reason,
    ])
    expect(skipped).toEqual([
      ['b-gazette-again.txt', `duplicate of ${at('a-gazette.txt')} (same bytes)`],
      [
        'd-coast-saved.txt',
        expect.stringMatching(
          new RegExp(
            `^duplicate of ${at('c-coast.md')} \\(same text in another shape: \\d+% of word 5-grams shared\\)$`,
          ),
        ),
      ],
      ['e-empty.txt', expect.stringMatching(/^unreadable: /)],
      ['f-recipe.txt', 'off-topic: shares no entity with the rest of the story'],
    ])
    expect(existsSync(join(out, 'briefing.html'))).toBe(true)
    expect(existsSync(join(out, 'briefing.pdf'))).toBe(false)
  })

  it('closes with a summary on stderr: counts, skipped files, paths written, elapsed time', () => {
    expect(first.stderr).toMatch(
      /^6 inputs, 2 articles used, 4 skipped; \d+ claims, \d+ clusters, 0 conflicts$/m,
    )
    expect(first.stderr).toContain(
      `  ${at('f-recipe.txt')}: off-topic: shares no entity with the rest of the story\n`,
    )
    expect(first.stderr).toContain(
      `wrote:\n  ${join(out, 'briefing.html')}\n  ${join(out, 'briefing.json')}\n  ${join(out, 'parallax.sqlite')}\n`,
    )
    expect(first.stderr).toMatch(/^done in \d+\.\d s$/m)
    expect(first.stderr).not.toContain('\r') // no progress bar when not on a terminal
    expect(first.stderr).toMatch(/e-empty\.txt:byte 0: error input\/empty/) // the parser's diagnostic, naming the file
  })

  it('writes the same bytes whatever the number of parse workers', () => {
    const other = tempDir()
    expect(run('brief', story, '--out', other, '--format', 'json', '--jobs', '0').code).toBe(1)
    expect(readFileSync(join(other, 'briefing.json'), 'utf8')).toBe(
      readFileSync(join(out, 'briefing.json'), 'utf8'),
    )
  })

  it('exits 0 when every input is used, and archives the run under its date; a second run replaces it', () => {
    const dir = tempDir()
    const args = [
      'brief',
      at('a-gazette.txt'),
      at('c-coast.md'),
      '--out',
      dir,
      '--format',
      'json',
      '--manifest',
      join(story, 'manifest.yaml'),
    ]
    expect(run(...args).code).toBe(0)
    expect(run(...args, '--title', 'Bridge').code).toBe(0)
    const archive = Archive.open(join(dir, 'parallax.sqlite'))
    expect(archive.runs().map((r) => [r.date, r.title, r.articles])).toEqual([
      ['2026-03-05', 'Bridge', 2],
    ])
    archive.close()
  }, 300_000)

  it('adds "since the last briefing" against the most recent earlier run', () => {
    const dir = tempDir()
    expect(
      run('brief', at('a-gazette.txt'), '--out', dir, '--format', 'json', '--date', '2026-03-04')
        .code,
    ).toBe(0)
    const second = run(
      'brief',
      at('a-gazette.txt'),
      at('c-coast.md'),
      '--out',
      dir,
      '--format',
      'json',
      '--date',
      '2026-03-05',
    )
    expect(second.code).toBe(0)
    expect(second.stderr).toContain('compared with the briefing of 2026-03-04')
    const briefing = JSON.parse(readFileSync(join(dir, 'briefing.json'), 'utf8'))
    expect(validate(Briefing, briefing).ok).toBe(true)
    const since = briefing.sections.find((s: { kind: string }) => s.kind === 'since-last')
    expect(since.previous.date).toBe('2026-03-04')
    expect(since.items.length).toBeGreaterThan(0)
    expect(since.items.every((i: { change: string }) => i.change === 'new')).toBe(true)
  }, 300_000)

  it('names the manifest file and line of a manifest problem, and exits 1', () => {
    const manifest = join(story, '..', 'bad-manifest.yaml')
    const result = run(
      'brief',
      at('a-gazette.txt'),
      '--out',
      tempDir(),
      '--format',
      'json',
      '--no-archive',
      '--manifest',
      manifest,
    )
    // Written, but a manifest error counts in the exit status: 1.
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`${manifest}:5:1: error manifest/yaml `)
  })

  it('writes no archive with --no-archive', () => {
    const dir = tempDir()
    expect(
      run('brief', at('a-gazette.txt'), '--out', dir, '--format', 'json', '--no-archive').code,
    ).toBe(0)
    expect(existsSync(join(dir, 'briefing.json'))).toBe(true)
    expect(existsSync(join(dir, 'parallax.sqlite'))).toBe(false)
  })

  it('exits 3 and writes nothing when no input is usable', () => {
    const dir = tempDir()
    const result = run('brief', at('e-empty.txt'), join(story, 'missing.txt'), '--out', dir)
    expect(result.code).toBe(3)
    expect(result.stderr).toContain(
      `${join(story, 'missing.txt')}: unreadable: no such file or folder (ENOENT)`,
    )
    expect(result.stderr).toContain('parallax brief: no input gave an article')
    expect(existsSync(join(dir, 'briefing.json'))).toBe(false)
  })

  it.each([
    [['--date', '2026-02-30'], '--date: expected a calendar date YYYY-MM-DD, got "2026-02-30"'],
    [['--format', 'html,docx'], '--format: unknown value "docx"'],
    [['--page-size', 'A5'], '--page-size: expected A4 or Letter, got "A5"'],
    [['--edition', 'short'], '--edition: unknown value "short"; expected one of dossier, brief'],
    [['--jobs', 'many'], '--jobs: expected a non-negative whole number'],
    [['--bogus'], "unknown option '--bogus'"],
  ])('exits 2 on a usage error: %s', (args, message) => {
    const result = runBuilt('brief', story, '--out', tempDir(), ...args)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(message)
  })

  it('exits 2 without inputs', () => {
    const result = runBuilt('brief')
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("missing required argument 'inputs'")
  })
})

describe('parallax claims and align', () => {
  it('claims: every claim as JSON on stdout, skipped inputs on stderr', () => {
    const result = run('claims', at('a-gazette.txt'), at('e-empty.txt'))
    expect(result.code).toBe(1)
    const claims = JSON.parse(result.stdout)
    expect(claims.length).toBeGreaterThan(0)
    expect(
      claims.every((c: { provenance: { article: string } }) =>
        /^[0-9a-f]{16}$/.test(c.provenance.article),
      ),
    ).toBe(true)
    expect(result.stderr).toContain(`${at('e-empty.txt')}: skipped: unreadable:`)
  })

  it('align: a schema-valid Alignment on stdout and a one-line summary on stderr', () => {
    const result = run('align', at('a-gazette.txt'), at('c-coast.md'))
    expect(result.code).toBe(0)
    const alignment = JSON.parse(result.stdout)
    expect(alignment.articles).toHaveLength(2)
    expect(result.stderr).toMatch(
      /^2 articles, (\d+) claims, \1 clusters \(0 agree, 0 variant-wording, 0 conflict, \1 unique\), 0 conflicts \(0 hard, 0 soft\)\n$/,
    )
  })
})
