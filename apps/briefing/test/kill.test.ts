// A kill mid-run leaves the archive and the previous outputs intact: spawn `brief`, SIGKILL it
// as it enters a stage (parsing, writing the files, writing the archive), then reopen the archive
// and read the outputs.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Briefing, validate } from '@parallax/schema'
import { beforeAll, describe, expect, it } from 'vitest'
import { Archive } from '../src/lib/archive/archive.js'
import { app, cliArgs, cliEnv, ensureBuilt, story, tempDir } from './helpers/paths.js'

const out = tempDir()
const day1 = [
  'brief',
  join(story, 'a-gazette.txt'),
  '--out',
  out,
  '--format',
  'json,html',
  '--date',
  '2026-03-04',
]
const day2 = [
  'brief',
  join(story, 'a-gazette.txt'),
  join(story, 'c-coast.md'),
  '--out',
  out,
  '--format',
  'json,html',
  '--date',
  '2026-03-05',
]
const read = (name: string): string => readFileSync(join(out, name), 'utf8')

/** Starts `args` and kills it (SIGKILL) as soon as it announces `stage`; resolves with how it ended. */
function killAt(
  args: string[],
  stage: string,
): Promise<{ killed: boolean; code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, cliArgs(...args), {
      cwd: app,
      env: cliEnv({ PARALLAX_TRACE: '1' }),
    })
    let stderr = ''
    let killed = false
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
      // The stage's line, with or without the thread's CPU time after it.
      const announced = new RegExp(` ms stage ${stage}( \\(|\\n)`)
      if (!killed && announced.test(stderr)) killed = child.kill('SIGKILL')
    })
    child.on('error', reject)
    child.on('close', (code, signal) =>
      resolve({ killed: killed && signal === 'SIGKILL', code, stderr }),
    )
  })
}

let before: { json: string; html: string; run: string }

beforeAll(() => {
  ensureBuilt()
  const first = spawnSync(process.execPath, cliArgs(...day1), {
    cwd: app,
    env: cliEnv(),
    encoding: 'utf8',
  })
  expect(first.status, first.stderr).toBe(0)
  const archive = Archive.open(join(out, 'parallax.sqlite'))
  before = {
    json: read('briefing.json'),
    html: read('briefing.html'),
    run: JSON.stringify(archive.run('2026-03-04')),
  }
  archive.close()
})

describe('a kill mid-run', () => {
  it.each(['parse', 'write', 'archive'])(
    'at "%s" leaves the archive and the outputs whole',
    async (stage) => {
      const { killed, stderr } = await killAt(day2, stage)
      expect(killed, stderr).toBe(true)
      const archive = Archive.open(join(out, 'parallax.sqlite'))
      try {
        expect(archive.integrity()).toBe('ok')
        expect(JSON.stringify(archive.run('2026-03-04'))).toBe(before.run)
        const dates = archive.runs().map((r) => r.date)
        expect(dates[0]).toBe('2026-03-04')
        // The day-2 run is there whole (the transaction committed before the kill) or not at all.
        const second = archive.run('2026-03-05')
        if (second) expect(second.alignment.articles).toHaveLength(2)
        else expect(dates).toEqual(['2026-03-04'])
      } finally {
        archive.close()
      }
      // Each output is the previous one or a complete new one, never a torn file.
      const json = read('briefing.json')
      expect(validate(Briefing, JSON.parse(json)).ok).toBe(true)
      if (stage === 'parse') {
        expect(json).toBe(before.json)
        expect(read('briefing.html')).toBe(before.html)
      }
      expect(read('briefing.html')).toMatch(/<\/html>\s*$/)
    },
  )

  it('then runs to the end over what the kills left', () => {
    const again = spawnSync(process.execPath, cliArgs(...day2), {
      cwd: app,
      env: cliEnv(),
      encoding: 'utf8',
    })
    expect(again.status, again.stderr).toBe(0)
    const archive = Archive.open(join(out, 'parallax.sqlite'))
    expect(archive.runs().map((r) => [r.date, r.articles])).toEqual([
      ['2026-03-04', 1],
      ['2026-03-05', 2],
    ])
    archive.close()
    expect(existsSync(join(out, 'briefing.json'))).toBe(true)
  }, 300_000)
})
