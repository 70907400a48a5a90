import { execFileSync } from 'node:child_process'
import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { exitWhenFlushed } from '../../src/lib/startup/exit-when-flushed.js'

// A stream that hands each chunk on only some time after it was written (a slow reader).
function slowStream(received: string[]): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      setTimeout(() => {
        received.push(chunk.toString())
        done()
      }, 15)
    },
  })
}

describe('exitWhenFlushed', () => {
  it('ends the process only once every stream has handed on what was written to it', async () => {
    const out: string[] = []
    const err: string[] = []
    const stdout = slowStream(out)
    const stderr = slowStream(err)
    stdout.write('first ')
    stdout.write('second')
    stderr.write('summary')
    let seen: string[][] = []
    await exitWhenFlushed({ streams: [stdout, stderr], exit: () => (seen = [[...out], [...err]]) })
    expect(seen).toEqual([
      ['first ', 'second', ''],
      ['summary', ''],
    ])
  })

  it('does not wait for a stream already closed (a reader that stopped early)', async () => {
    const closed = slowStream([])
    closed.destroy()
    let exited = false
    await exitWhenFlushed({ streams: [closed], exit: () => (exited = true) })
    expect(exited).toBe(true)
  })

  it('lets a reader of a pipe get all of a large output before the process ends', () => {
    const line = `${'x'.repeat(99)}\n`
    const child = [
      `import { exitWhenFlushed } from ${JSON.stringify(new URL('../../src/lib/startup/exit-when-flushed.ts', import.meta.url).pathname)}`,
      `for (let i = 0; i < 40000; i++) process.stdout.write(${JSON.stringify(line)})`,
      'process.exitCode = 1',
      'await exitWhenFlushed()',
      'process.stdout.write("never")',
    ].join('\n')
    let status = 0
    let stdout = ''
    try {
      execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', child], {
        encoding: 'utf8',
        maxBuffer: 1 << 23,
      })
    } catch (error) {
      const failed = error as { status: number; stdout: string }
      status = failed.status
      stdout = failed.stdout
    }
    expect(status).toBe(1)
    expect(stdout.length).toBe(line.length * 40000)
  })
})
