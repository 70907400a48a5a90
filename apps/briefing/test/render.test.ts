import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const fixture = fileURLToPath(
  new URL('../../../packages/renderer/test/fixtures/seeds-briefing.json', import.meta.url),
)
const fixtures = new URL('./fixtures/render/', import.meta.url)

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('parallax render', () => {
  it('writes briefing.html and briefing.pdf into --out, and nothing else', () => {
    const out = mkdtempSync(join(tmpdir(), 'parallax-render-'))
    const result = run('render', fixture, '--out', out)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(readdirSync(out).sort()).toEqual(['briefing.html', 'briefing.pdf'])
    expect(readFileSync(join(out, 'briefing.html'), 'utf8')).toContain(
      '<h2 id="section-conflicts-title">Where accounts differ</h2>',
    )
    expect(readFileSync(join(out, 'briefing.pdf')).subarray(0, 8).toString('latin1')).toBe(
      '%PDF-1.7',
    )
  })

  it('accepts a briefing JSON that starts with a UTF-8 byte order mark', () => {
    const out = mkdtempSync(join(tmpdir(), 'parallax-render-'))
    const withBom = join(out, 'bom.json')
    writeFileSync(withBom, `\uFEFF${readFileSync(fixture, 'utf8')}`)
    const result = run('render', withBom, '--out', out, '--format', 'html')
    expect([result.status, result.stderr]).toEqual([0, ''])
    expect(readdirSync(out).sort()).toEqual(['bom.json', 'briefing.html'])
  })

  it('writes only the formats asked for, at the page size asked for', () => {
    const out = mkdtempSync(join(tmpdir(), 'parallax-render-'))
    const result = run('render', fixture, '--out', out, '--format', 'html', '--page-size', 'Letter')
    expect(result.status).toBe(0)
    expect(readdirSync(out)).toEqual(['briefing.html'])
    expect(readFileSync(join(out, 'briefing.html'), 'utf8')).toContain('@page { size: Letter; }')
  })

  it('names the file, line and column of a JSON syntax error', () => {
    const file = fileURLToPath(new URL('syntax-error.json', fixtures))
    const result = run('render', file, '--out', mkdtempSync(join(tmpdir(), 'parallax-render-')))
    expect(result.status).toBe(1)
    expect(result.stderr.replace(file, '<file>')).toMatchInlineSnapshot(`
      "parallax render: <file>:3:12: invalid JSON: expected a JSON value, found "oops"
      "
    `)
  })

  it('names the file and JSON paths of schema errors, and writes nothing', () => {
    const file = fileURLToPath(new URL('schema-error.json', fixtures))
    const out = mkdtempSync(join(tmpdir(), 'parallax-render-'))
    const result = run('render', file, '--out', out)
    expect(result.status).toBe(1)
    expect(result.stderr.replaceAll(file, '<file>')).toMatchInlineSnapshot(`
      "parallax render: <file> is not a valid briefing:
        <file>: $.date: expected a string matching ^\\d{4}-\\d{2}-\\d{2}$
        <file>: $.sections[0].rows[0].agreement: expected one of "agree", "conflict", "single"
        <file>: $.sections[0].rows[0].accounts: expected at least 1 item
      "
    `)
    expect(readdirSync(out)).toEqual([])
  })

  it('rejects unknown formats and page sizes', () => {
    expect(run('render', fixture, '--format', 'docx').stderr).toMatchInlineSnapshot(`
      "parallax render: --format: unknown format "docx"; expected html, pdf or html,pdf
      "
    `)
    expect(run('render', fixture, '--page-size', 'A5').status).toBe(1)
  })

  it('prints help', () => {
    const result = run('render', '--help')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('Usage: parallax render [options] <briefing>')
    expect(result.stdout).toContain('--page-size <size>')
  })
})
