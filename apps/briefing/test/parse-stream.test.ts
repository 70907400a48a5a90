import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Article, validate } from '@parallax/schema'
import { beforeAll, describe, expect, it } from 'vitest'

const app = new URL('..', import.meta.url).pathname
const cli = join(app, 'dist/cli.js')
const fixtures = join(app, 'test/fixtures/parse')
const kenya = readFileSync(join(fixtures, 'batch/kenya.txt'))

function run(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

beforeAll(() => {
  execFileSync(
    process.execPath,
    [join(app, '../../node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    { cwd: app },
  )
})

describe('parallax parse: what a scripter relies on', { timeout: 300_000 }, () => {
  it('prints the version', () => {
    const version = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')).version
    expect(run(app, '--version')).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
  })

  it('prints nothing on stdout for one missing file, and exits 1', () => {
    const { code, stdout, stderr } = run(fixtures, 'parse', 'nope.txt')
    expect([code, stdout]).toEqual([1, ''])
    expect(stderr).toContain('nope.txt: error input/unreadable')
  })

  it('parses what exists and reports the missing file with exit 1', () => {
    const { code, stdout, stderr } = run(
      fixtures,
      'parse',
      'batch/kenya.txt',
      '/nonexistent.txt',
      '--no-annotate',
    )
    expect(code).toBe(1)
    expect(JSON.parse(stdout).map((a: Article) => a.source.path)).toEqual(['batch/kenya.txt'])
    expect(stderr).toContain('/nonexistent.txt: error input/unreadable')
  })

  it('takes --format over the manifest, and refuses an unknown one as a usage error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-parse-'))
    writeFileSync(join(dir, 'a.txt'), kenya)
    writeFileSync(join(dir, 'manifest.yaml'), 'articles:\n  - file: a.txt\n    format: digest\n')
    const byManifest = JSON.parse(run(dir, 'parse', 'a.txt', '--no-annotate').stdout)
    expect(byManifest.format).toBe('digest')
    const forced = JSON.parse(
      run(dir, 'parse', 'a.txt', '--no-annotate', '--format', 'plain-text').stdout,
    )
    expect(forced.format).toBe('plain-text')
    const bogus = run(dir, 'parse', 'a.txt', '--format', 'bogus')
    expect([bogus.code, bogus.stdout]).toEqual([2, ''])
    expect(bogus.stderr).toMatch(
      /--format: unknown source format "bogus"; expected one of .*plain-text/,
    )
  })

  it('names --max-bytes in a size error, with no position', () => {
    const { code, stdout, stderr } = run(fixtures, 'parse', 'batch/kenya.txt', '--max-bytes', '100')
    expect([code, stdout]).toEqual([1, ''])
    expect(stderr).toBe(
      'batch/kenya.txt: error input/too-large unreadable: 944 bytes, over the limit of 100 bytes (--max-bytes)\n',
    )
  })

  it('streams --out as JSON or NDJSON and says on stderr what it wrote', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-parse-'))
    const json = join(dir, 'deep/articles.json')
    const a = run(fixtures, 'parse', 'batch', '--no-annotate', '--out', json)
    expect([a.code, a.stdout]).toEqual([0, ''])
    expect(a.stderr).toBe(`parallax parse: wrote 2 articles of 2 inputs to ${json}\n`)
    const articles = JSON.parse(readFileSync(json, 'utf8'))
    expect(articles.map((x: Article) => validate(Article, x).ok)).toEqual([true, true])
    // Streamed bytes are the bytes of one pretty-printed array.
    expect(readFileSync(json, 'utf8')).toBe(`${JSON.stringify(articles, null, 2)}\n`)
    const nd = join(dir, 'articles.ndjson')
    run(fixtures, 'parse', 'batch', '--no-annotate', '--out', nd)
    const lines = readFileSync(nd, 'utf8').trimEnd().split('\n')
    expect(lines.map((l) => JSON.parse(l).source.path)).toEqual([
      'batch/kenya.txt',
      'batch/rates.txt',
    ])
    const stdout = run(
      fixtures,
      'parse',
      'batch',
      '--no-annotate',
      '--output-format',
      'ndjson',
    ).stdout
    expect(stdout).toBe(`${lines.join('\n')}\n`)
    expect(run(fixtures, 'parse', 'batch', '--output-format', 'xml').code).toBe(2)
  })

  it('reports hidden files, folders and manifest entries outside the folder, counted in the exit code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-parse-'))
    writeFileSync(join(dir, 'a.txt'), kenya)
    writeFileSync(join(dir, '.b.txt'), kenya)
    mkdirSync(join(dir, 'inner'))
    symlinkSync(join(dir, 'a.txt'), join(dir, 'c-link.txt'))
    const ok = run(dir, 'parse', '.', '--no-annotate')
    expect(ok.code).toBe(1)
    expect(JSON.parse(ok.stdout).map((x: Article) => x.source.path)).toEqual([
      'a.txt',
      'c-link.txt',
    ])
    expect(ok.stderr).toContain('.b.txt: error input/hidden')
    expect(ok.stderr).toContain('inner: error input/folder')
    writeFileSync(join(dir, 'manifest.yaml'), 'articles:\n  - file: ../../etc/passwd\n')
    const refused = run(dir, 'parse', 'a.txt', '--no-annotate')
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('manifest.yaml:2:11: error manifest/outside')
    writeFileSync(join(dir, 'manifest.yaml'), 'articles: [')
    expect(run(dir, 'parse', 'a.txt', '--no-annotate').code).toBe(1)
  })
})
