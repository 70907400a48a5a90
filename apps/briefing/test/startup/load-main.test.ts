import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

// loadMain on a small invented CommonJS bundle: the cache is taken only when it was made for
// this bundle's bytes and this Node; otherwise the bundle's own text runs.
const helper = new URL('./load-bundle.ts', import.meta.url).pathname
const load = (mode: 'write' | 'use' | 'off', file: string) =>
  JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', helper, mode, file], { encoding: 'utf8' }),
  ) as { cache: string; result: string }

// Enough functions that run for the cache to hold more than the top level.
const bundle = (word: string) =>
  `"use strict";
const parts = [];
function add(n) { for (let i = 0; i < n; i++) parts.push(String.fromCharCode(97 + (i % 26))) }
function join() { return parts.join('') }
exports.main = async function main(argv) { add(3); return join() + ':${word}:' + argv.length }
`

// The bundle and its cache are made once; each test works on a copy (same time stamps).
const made = mkdtempSync(join(tmpdir(), 'parallax-load-main-'))
let dir = ''
let file = ''
beforeAll(() => {
  writeFileSync(join(made, 'main.cjs'), bundle('old'))
  expect(load('write', join(made, 'main.cjs'))).toEqual({ cache: 'off', result: 'abc:old:0' })
})
afterAll(() => rmSync(made, { recursive: true, force: true }))
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-load-main-'))
  file = join(dir, 'main.cjs')
  cpSync(made, dir, { recursive: true, preserveTimestamps: true })
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('loadMain', () => {
  it('takes the cache made for the bundle', () => {
    expect(load('use', file)).toEqual({ cache: 'used', result: 'abc:old:0' })
  })

  it('reads no cache when told not to, or when there is none', () => {
    expect(load('off', file).cache).toBe('off')
    rmSync(`${file}.cache`)
    expect(load('use', file)).toEqual({ cache: 'absent', result: 'abc:old:0' })
  })

  it('runs an edited bundle of the same length as edited, not the cached code', () => {
    writeFileSync(file, bundle('new'))
    utimesSync(file, new Date(2001, 0, 1), new Date(2001, 0, 1))
    expect(load('use', file)).toEqual({ cache: 'stale', result: 'abc:new:0' })
  })

  it('takes the cache for a copy of the same bytes (another time: checked by hash)', () => {
    const copy = join(dir, 'copy.cjs')
    copyFileSync(file, copy)
    copyFileSync(`${file}.cache`, `${copy}.cache`)
    utimesSync(copy, new Date(2001, 0, 1), new Date(2001, 0, 1))
    expect(load('use', copy)).toEqual({ cache: 'used', result: 'abc:old:0' })
  })

  it('ignores a cache made by another Node', () => {
    const stored = readFileSync(`${file}.cache`)
    const end = stored.indexOf(10)
    const key = JSON.parse(stored.subarray(0, end).toString('utf8'))
    const other = Buffer.from(`${JSON.stringify({ ...key, node: 'v0.0.1' })}\n`)
    writeFileSync(`${file}.cache`, Buffer.concat([other, stored.subarray(end + 1)]))
    expect(load('use', file)).toEqual({ cache: 'stale', result: 'abc:old:0' })
  })

  it('compiles from the text when the cached data is damaged (V8 rejects it)', () => {
    const stored = readFileSync(`${file}.cache`)
    const end = stored.indexOf(10)
    for (let i = end + 1; i < stored.length; i += 7) stored[i] = (stored[i] ?? 0) ^ 0x5a
    writeFileSync(`${file}.cache`, stored)
    expect(load('use', file)).toEqual({ cache: 'rejected', result: 'abc:old:0' })
  })

  it('says so when the cache file has no key line', () => {
    writeFileSync(`${file}.cache`, 'not a cache')
    expect(load('use', file)).toEqual({ cache: 'stale', result: 'abc:old:0' })
  })

  it('does nothing without a bundle (the caller falls back to the ESM entry)', () => {
    rmSync(file)
    expect(load('use', file)).toEqual({ cache: null, result: null })
  })
})
