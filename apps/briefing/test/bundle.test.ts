import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderPdf } from '@parallax/renderer'
import { beforeAll, describe, expect, it } from 'vitest'
import { app, ensureBuilt, story, tempDir } from './helpers/paths.js'

// The command as users run it: `bundle/cli.js`, built by esbuild from dist/ (scripts/bundle.mjs).
// It must behave byte for byte as dist/cli.js, and find every file its modules read beside
// themselves (pdf.js, fonts, templates, models) from wherever the checkout is.
const repo = join(app, '../..')
const parser = join(repo, 'packages/parser/test')
const inputs = [
  join(parser, 'fixtures/pdf-real/input.pdf'),
  join(parser, 'fixtures/pdf-broken/input.pdf'),
  join(parser, 'annotate/fixtures/blind-bangladesh-wages/input.html'),
  join(parser, 'annotate/fixtures/fresh-norway-fund/input.md'),
  join(story, 'a-gazette.txt'),
  join(story, 'e-empty.txt'),
]

function run(entry: 'bundle' | 'dist', ...args: string[]) {
  const result = spawnSync(process.execPath, [join(app, entry, 'cli.js'), ...args], {
    encoding: 'utf8',
    cwd: repo,
    env: { ...process.env, SOURCE_DATE_EPOCH: '1772734800', CI: '1' },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

beforeAll(() => {
  ensureBuilt()
  execFileSync(process.execPath, [join(app, 'scripts/bundle.mjs')], { cwd: app })
}, 120_000)

describe('the bundled command', () => {
  it('is a few files: the entry, the parse and PDF workers and shared chunks', () => {
    const files = readdirSync(join(app, 'bundle')).filter((f) => f.endsWith('.js'))
    expect(files).toContain('cli.js')
    expect(files).toContain('parse-worker.js')
    expect(files).toContain('pdf-worker.js')
    expect(files.length).toBeLessThan(60)
  })

  it('holds no absolute path of the machine that built it', () => {
    for (const file of readdirSync(join(app, 'bundle'))) {
      expect(readFileSync(join(app, 'bundle', file), 'utf8').includes(repo), file).toBe(false)
    }
  })

  it('prints the version of the package', () => {
    const { version } = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'))
    expect(run('bundle', '--version')).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
  })

  it('parses PDF, HTML, Markdown and text as dist/cli.js does, byte for byte', () => {
    const bundled = run('bundle', 'parse', '--no-manifest', ...inputs)
    expect(bundled.code).toBe(1)
    expect(bundled.stderr).toContain('input/pdf-unreadable')
    expect(JSON.parse(bundled.stdout)).toHaveLength(4)
    expect(bundled).toEqual(run('dist', 'parse', '--no-manifest', ...inputs))
  })

  it('parses on the bundled worker pool with the same bytes as on the main thread', () => {
    const files = [...inputs, ...inputs.map((f) => f)]
    const pooled = run('bundle', 'parse', '--no-manifest', '--jobs', '2', ...files)
    expect(pooled).toEqual(run('bundle', 'parse', '--no-manifest', '--jobs', '0', ...files))
  })

  it('writes a briefing (HTML and PDF, with their fonts) from the bundle', async () => {
    const out = tempDir()
    const { code, stderr } = run(
      'bundle',
      'brief',
      story,
      '--out',
      out,
      '--no-archive',
      '--format',
      'html,pdf,json',
    )
    expect([code, stderr.includes('parallax:')]).toEqual([1, false])
    for (const file of ['briefing.html', 'briefing.pdf', 'briefing.json'])
      expect(existsSync(join(out, file)), file).toBe(true)
    // Drawn by the bundled PDF worker: the bytes renderPdf gives in this thread for the briefing.
    const pdf = readFileSync(join(out, 'briefing.pdf'))
    const briefing = JSON.parse(readFileSync(join(out, 'briefing.json'), 'utf8'))
    const here = await renderPdf(briefing, { onWarning: () => {} })
    expect(pdf.equals(Buffer.from(here))).toBe(true)
  }, 60_000)
})
