import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Article, validate } from '@parallax/schema'
import { beforeAll, describe, expect, it } from 'vitest'

const app = new URL('..', import.meta.url).pathname
const cli = join(app, 'dist/cli.js')
const fixtures = join(app, 'test/fixtures/parse')

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, 'parse', ...args], {
    encoding: 'utf8',
    cwd: fixtures,
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

beforeAll(() => {
  execFileSync(
    process.execPath,
    [join(app, '../../node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    { cwd: app },
  )
})

describe('parallax parse', () => {
  it('prints help', () => {
    const { code, stdout } = run('--help')
    expect(code).toBe(0)
    expect(stdout).toContain('Usage: parallax parse [options] <files...>')
    expect(stdout).toContain('--no-manifest')
  })

  it('prints one Article object for one file, using the manifest beside it', () => {
    const { code, stdout, stderr } = run('batch/kenya.txt', '--no-annotate')
    expect([code, stderr]).toEqual([0, ''])
    const article = JSON.parse(stdout)
    expect(validate(Article, article).ok).toBe(true)
    expect([article.title, article.outlet, article.published.date, article.byline]).toEqual([
      "Drought Forces Kenya's Farmers to Rethink Maize",
      'Daily Harvest',
      '2025-06-12',
      'Jane Okafor and Tom Reyes',
    ])
  })

  it('prints an array for a directory and ignores the manifest with --no-manifest', () => {
    const { code, stdout } = run('batch', '--no-manifest', '--no-annotate')
    expect(code).toBe(0)
    const articles = JSON.parse(stdout)
    expect(
      articles.map((a: { source: { path: string }; outlet: string | null }) => [
        a.source.path,
        a.outlet,
      ]),
    ).toEqual([
      ['batch/kenya.txt', null],
      ['batch/rates.txt', null],
    ])
  })

  it('parses the good files, reports the bad one on stderr and exits 1', () => {
    const { code, stdout, stderr } = run('bad', '--no-annotate')
    expect(code).toBe(1)
    expect(JSON.parse(stdout).map((a: { source: { path: string } }) => a.source.path)).toEqual([
      'bad/good.txt',
    ])
    expect(stderr).toMatchInlineSnapshot(`
      "bad/bad.bin:byte 0: error input/binary input looks binary: control byte 0x00 at byte 0 (expected text (UTF-8, UTF-16 or Windows-1252))
      "
    `)
  })

  it('writes --out atomically instead of stdout', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'parallax-')), 'articles.json')
    const { code, stdout } = run('batch/rates.txt', '--out', out, '--no-annotate')
    expect([code, stdout]).toEqual([0, ''])
    const article = JSON.parse(readFileSync(out, 'utf8'))
    expect([article.format, article.title]).toEqual([
      'digest',
      'Central Bank Holds Rates Steady as Inflation Cools',
    ])
  })

  it('names a missing file', () => {
    const { code, stderr } = run('nope.txt')
    expect(code).toBe(1)
    expect(stderr).toContain('nope.txt: error input/unreadable')
  })
})
