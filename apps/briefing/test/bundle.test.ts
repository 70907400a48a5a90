import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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
  return runFile(join(app, entry, 'cli.js'), {}, ...args)
}

function runFile(file: string, env: Record<string, string>, ...args: string[]) {
  const result = spawnSync(process.execPath, [file, ...args], {
    encoding: 'utf8',
    cwd: repo,
    env: { ...process.env, SOURCE_DATE_EPOCH: '1772734800', CI: '1', ...env },
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
    expect(files).toContain('esm-cli.js')
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

    // `render` reads the JSON back (jsonc-parser, bundled from its ESM build): the same bytes
    // as the brief, and a positioned message for a broken file, in the ESM and CommonJS entries.
    const again = tempDir()
    const rendered = run('bundle', 'render', join(out, 'briefing.json'), '--out', again)
    expect([rendered.code, rendered.stderr]).toEqual([0, ''])
    expect(readFileSync(join(again, 'briefing.pdf')).equals(pdf)).toBe(true)
    const broken = join(out, 'broken.json')
    writeFileSync(broken, '{"title":\n')
    for (const entry of ['cli.js', 'esm-cli.js']) {
      const result = runFile(join(app, 'bundle', entry), {}, 'render', broken, '--out', again)
      expect([result.code, result.stderr.trim()], entry).toEqual([
        1,
        `parallax render: ${broken}:2:1: invalid JSON: expected a JSON value, found end of input`,
      ])
    }
  }, 60_000)
})

// bundle/cli.js compiles main.cjs (the command in one CommonJS file) with the V8 code cache made
// at build time after a warm-up brief (scripts/code-cache.mjs); without it, the ESM command.
describe('the code cache of the bundled command', () => {
  const trace = (file: string, env: Record<string, string> = {}) =>
    runFile(file, { PARALLAX_TRACE: '1', ...env }, 'align', '--help').stderr.match(
      /code cache (\w+)/,
    )?.[1]

  it('is made by the build and taken by the command', () => {
    expect(existsSync(join(app, 'bundle/main.cjs.cache'))).toBe(true)
    expect(trace(join(app, 'bundle/cli.js'))).toBe('used')
    expect(trace(join(app, 'bundle/cli.js'), { PARALLAX_CODE_CACHE: '0' })).toBe('off')
  })

  it('writes the same briefing bytes with the cache, without it, and from the ESM command', () => {
    const outputs = [
      [join(app, 'bundle/cli.js'), {}],
      [join(app, 'bundle/cli.js'), { PARALLAX_CODE_CACHE: '0' }],
      [join(app, 'bundle/esm-cli.js'), {}],
    ] as const
    const written = outputs.map(([file, env]) => {
      const out = tempDir()
      const { code } = runFile(file, env, 'brief', story, '--out', out, '--format', 'html,pdf,json')
      expect(code).toBe(1)
      return ['briefing.html', 'briefing.pdf', 'briefing.json'].map((f) =>
        readFileSync(join(out, f)).toString('base64'),
      )
    })
    expect(written[1]).toEqual(written[0])
    expect(written[2]).toEqual(written[0])
  }, 120_000)

  it('leaves parse, --help and --version to the ESM command, which starts reading sooner', () => {
    const cli = join(app, 'bundle/cli.js')
    for (const args of [['parse', join(story, 'a-gazette.txt')], ['--version'], ['--help']]) {
      const result = runFile(cli, { PARALLAX_TRACE: '1' }, ...args)
      expect([args[0], result.code, result.stderr.includes('code cache')]).toEqual([
        args[0],
        0,
        false,
      ])
    }
    expect(trace(cli)).toBe('used')
  })

  it('runs the ESM command when main.cjs is missing, and ignores a stale cache', () => {
    // A copy beside bundle/ (the same depth: its relative paths to node_modules still hold).
    const copy = join(app, `bundle-copy-${process.pid}`)
    cpSync(join(app, 'bundle'), copy, { recursive: true })
    try {
      const help = run('bundle', 'align', '--help').stdout
      // Another copy of the bytes (another time): the cache's key is checked by hash, and holds.
      expect(trace(join(copy, 'cli.js'))).toBe('used')
      const main = readFileSync(join(copy, 'main.cjs'), 'utf8')
      writeFileSync(join(copy, 'main.cjs'), `${main}\n// edited\n`)
      expect(trace(join(copy, 'cli.js'))).toBe('stale')
      expect(runFile(join(copy, 'cli.js'), {}, 'align', '--help').stdout).toBe(help)
      rmSync(join(copy, 'main.cjs'))
      const esm = runFile(join(copy, 'cli.js'), { PARALLAX_TRACE: '1' }, 'align', '--help')
      expect([esm.stdout, esm.stderr.includes('code cache')]).toEqual([help, false])
    } finally {
      rmSync(copy, { recursive: true, force: true })
    }
  })
})
