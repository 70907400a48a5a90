import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Article, validate } from '@parallax/schema'
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt } from './helpers/paths.js'

const root = new URL('../../..', import.meta.url).pathname
const hasPnpm = spawnSync('pnpm', ['--version'], { encoding: 'utf8' }).status === 0

/** The root README's shell examples that pipe or redirect the output of `pnpm parallax`. */
function pipeExamples(): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] ?? '')
  return blocks
    .flatMap((block) => block.split('\n'))
    .map((line) => line.replace(/\s{2,}#.*$/, '').trim())
    .filter((line) => line.startsWith('pnpm parallax ') && /\s[>|]\s/.test(line))
}

beforeAll(ensureBuilt)

describe.skipIf(!hasPnpm)('the README’s pipe examples, run as written', () => {
  const examples = pipeExamples()

  it('exist', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2)
  })

  it.each(examples)(
    '%s',
    (line) => {
      const dir = mkdtempSync(join(tmpdir(), 'parallax-readme-'))
      // Redirections land in a temporary folder instead of the checkout; the command is unchanged.
      const command = line.replace(/>\s*(\S+)/, (_, file: string) => `> ${join(dir, file)}`)
      const result = spawnSync('sh', ['-c', command], {
        cwd: root,
        encoding: 'utf8',
        // The build is brought up to date by the test run itself (no nested turbo).
        env: { ...process.env, PARALLAX_NO_BUILD: '1', CI: '1' },
      })
      expect(result.status, result.stderr).toBe(0)
      const target = /> (\S+)/.exec(command)?.[1]
      if (target) {
        const value = JSON.parse(readFileSync(target, 'utf8'))
        for (const article of Array.isArray(value) ? value : [value])
          if (line.includes(' parse ')) expect(validate(Article, article).ok).toBe(true)
      } else {
        // A pipe into another program: what came through is that program's output alone.
        expect(result.stdout.trim()).toMatch(/^\d+$/)
        expect(Number(result.stdout.trim())).toBeGreaterThan(0)
      }
    },
    240_000,
  )
})

describe.skipIf(!hasPnpm)('pnpm parallax', () => {
  it('keeps paths relative to the folder it was run in', () => {
    const out = execFileSync('pnpm', ['parallax', 'parse', 'batch/kenya.txt', '--no-annotate'], {
      cwd: join(root, 'apps/briefing/test/fixtures/parse'),
      encoding: 'utf8',
      env: { ...process.env, PARALLAX_NO_BUILD: '1' },
    })
    expect(JSON.parse(out).source.path).toBe('batch/kenya.txt')
  }, 120_000)

  it('prints the version and nothing else on stdout, with no banner', () => {
    const out = execFileSync('pnpm', ['parallax', '--version'], {
      cwd: join(root, 'seeds'),
      encoding: 'utf8',
      env: { ...process.env, PARALLAX_NO_BUILD: '1' },
    })
    expect(out).toMatch(/^\d+\.\d+\.\d+\n$/)
  }, 60_000)
})

const hasNpm = spawnSync('npm', ['--version'], { encoding: 'utf8' }).status === 0

describe.skipIf(!hasNpm)('npm in the checkout', () => {
  it('warns about no project config (pnpm’s settings live in pnpm-workspace.yaml)', () => {
    const result = spawnSync('npm', ['pkg', 'get', 'name'], { cwd: root, encoding: 'utf8' })
    expect(result.status).toBe(0)
    expect(result.stderr).not.toContain('Unknown project config')
  }, 60_000)
})
