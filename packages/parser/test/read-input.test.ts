import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decode, formatDiagnostic, parse, readInput } from '../src/index.ts'

const dir = mkdtempSync(join(tmpdir(), 'parser-read-input-'))
const messages = (r: Awaited<ReturnType<typeof readInput>>) =>
  r.ok ? [] : r.diagnostics.map(formatDiagnostic)

describe('readInput', () => {
  it('reads a regular file', async () => {
    const path = join(dir, 'a.txt')
    writeFileSync(path, 'Hello.\n')
    const result = await readInput(path)
    expect(result.ok && new TextDecoder().decode(result.bytes)).toBe('Hello.\n')
  })

  it('refuses a directory, naming it', async () => {
    expect(messages(await readInput(dir))).toEqual([
      `${dir}: error input/not-a-file a directory, not a regular file (expected a regular file)`,
    ])
  })

  it('refuses a FIFO instead of blocking on it', async () => {
    const fifo = join(dir, 'pipe')
    execFileSync('mkfifo', [fifo])
    expect(messages(await readInput(fifo))).toEqual([
      `${fifo}: error input/not-a-file a FIFO (named pipe), not a regular file (expected a regular file)`,
    ])
  })

  it('refuses /dev/zero instead of reading forever', async () => {
    const result = await readInput('/dev/zero')
    expect(result.ok ? null : result.diagnostics[0]!.code).toBe('input/not-a-file')
  })

  it('reports a missing file', async () => {
    const path = join(dir, 'none.txt')
    expect(messages(await readInput(path))).toEqual([
      `${path}: error input/missing no such file (expected an existing file)`,
    ])
  })

  it('refuses an oversized file by its size, naming the limit as the caller spells it', async () => {
    const path = join(dir, 'big.txt')
    writeFileSync(path, 'x'.repeat(100))
    expect(messages(await readInput(path, { maxBytes: 64, limitName: '--max-bytes' }))).toEqual([
      `${path}: error input/too-large input is 100 bytes, over the limit of 64 bytes set by --max-bytes (expected at most 64 bytes (raise --max-bytes to read it))`,
    ])
  })

  it('stops at the limit + 1 byte on a file whose size says 0 (/proc)', async () => {
    const result = await readInput('/proc/self/maps', { maxBytes: 10 })
    expect(messages(result)).toEqual([
      '/proc/self/maps: error input/too-large input is over 10 bytes, over the limit of 10 bytes set by maxBytes (expected at most 10 bytes (raise maxBytes to read it))',
    ])
  })
})

describe('the size limit in parse', () => {
  it('names the option and gives no position', async () => {
    const result = await parse(
      { bytes: new Uint8Array(100).fill(0x61), path: 'a.txt' },
      { maxBytes: 64, limitName: '--max-bytes' },
    )
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'a.txt: error input/too-large input is 100 bytes, over the limit of 64 bytes set by --max-bytes (expected at most 64 bytes (raise --max-bytes to read it))',
    ])
  })
})

describe('Windows-1252', () => {
  it('decodes 0x80–0x9F as Windows-1252, not Latin-1 (on every Node version)', () => {
    // "Passt" is not UTF-8 once a lone 0x93 appears, so the fallback decodes it.
    const bytes = new Uint8Array([
      0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0x20, 0x97, 0x20, 0x9f, 0x20, 0xe9,
    ])
    const result = decode(bytes)
    expect(result.ok && result.text).toBe('“Hi” € — Ÿ é')
    expect(result.ok && result.info.encoding).toBe('windows-1252')
  })

  it('finds the quotation in a Windows-1252 file', async () => {
    const text = '\x93We have waited long enough,\x94 said Renée Dubois, the owner of a café.\n'
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0))
    const { article } = await parse({ bytes, path: 'cp1252.txt' })
    expect(article?.annotations.quotations.map((q) => q.text)).toEqual([
      'We have waited long enough,',
    ])
  })
})
