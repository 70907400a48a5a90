import { mkdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { type PageSize, renderHtml, renderPdf } from '@parallax/renderer'
import { Briefing, validate } from '@parallax/schema'
import type { Command } from 'commander'
import { writeAtomically } from '../lib/write-atomically.js'

const formats = ['html', 'pdf'] as const
type Format = (typeof formats)[number]

interface RenderCommandOptions {
  readonly out: string
  readonly format: string
  readonly pageSize: string
}

/** `parallax render <briefing.json>`: writes briefing.html and briefing.pdf. */
export function registerRender(program: Command): void {
  program
    .command('render')
    .description('Render a briefing (JSON) as a self-contained HTML page and a PDF.')
    .argument('<briefing>', 'briefing JSON file (a @parallax/schema Briefing)')
    .option('-o, --out <dir>', 'folder to write briefing.html and briefing.pdf to', '.')
    .option('-f, --format <list>', 'comma-separated formats to write: html, pdf', 'html,pdf')
    .option(
      '--page-size <size>',
      'paper size of the PDF and of the HTML print style: A4 or Letter',
      'A4',
    )
    .action(async (file: string, options: RenderCommandOptions) => {
      try {
        await render(file, options)
      } catch (error) {
        if (!(error instanceof RenderFailure)) throw error
        process.stderr.write(`parallax render: ${error.message}\n`)
        process.exitCode = 1
      }
    })
}

/** A problem with the input or the options: reported in one message, exit status 1. */
class RenderFailure extends Error {}

const fail = (message: string): never => {
  throw new RenderFailure(message)
}

async function render(file: string, options: RenderCommandOptions): Promise<void> {
  const wanted = parseFormats(options.format)
  const pageSize = parsePageSize(options.pageSize)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    return fail(`${file}: cannot read: ${(error as Error).message}`)
  }
  const briefing = parseBriefing(file, text)
  const outDir = resolve(options.out)
  await mkdir(outDir, { recursive: true })
  for (const format of wanted) {
    const target = join(outDir, `briefing.${format}`)
    let output: string | Uint8Array
    try {
      output =
        format === 'html'
          ? renderHtml(briefing, { pageSize })
          : await renderPdf(briefing, { pageSize })
    } catch (error) {
      // The renderer throws TypeError for a briefing whose references do not resolve.
      if (error instanceof TypeError) return fail(`${file}: ${error.message}`)
      throw error
    }
    await writeAtomically(target, output)
    process.stdout.write(`${target}\n`)
  }
}

function parseFormats(value: string): Format[] {
  const list = value
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean)
  const unknown = list.filter((item) => !(formats as readonly string[]).includes(item))
  if (list.length === 0 || unknown.length > 0) {
    fail(
      `--format: unknown format ${JSON.stringify(unknown.join(',') || value)}; expected html, pdf or html,pdf`,
    )
  }
  return formats.filter((format) => list.includes(format))
}

function parsePageSize(value: string): PageSize {
  const size =
    value.toLowerCase() === 'a4' ? 'A4' : value.toLowerCase() === 'letter' ? 'Letter' : null
  return size ?? fail(`--page-size: expected A4 or Letter, got ${JSON.stringify(value)}`)
}

/** Parses and validates; a problem names the file and the line:column or the JSON path. */
function parseBriefing(file: string, text: string): Briefing {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const found = findJsonError(text)
    const { line, column } = lineColumn(text, found?.offset ?? text.length)
    const reason = found?.expected ?? (error as Error).message
    return fail(`${file}:${line}:${column}: invalid JSON: ${reason}`)
  }
  const result = validate(Briefing, value)
  if (!result.ok) {
    const list = result.errors.map((error) => `  ${file}: ${error.message}`).join('\n')
    return fail(`${file} is not a valid briefing:\n${list}`)
  }
  return result.value
}

/**
 * Finds where JSON text first goes wrong and what was expected there (JSON.parse on Node 20 does
 * not always give a position). Only called after JSON.parse has failed.
 */
export function findJsonError(text: string): { offset: number; expected: string } | null {
  let i = 0
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i += 1
  }
  const bad = (expected: string): never => {
    throw {
      offset: i,
      expected: `expected ${expected}, found ${i < text.length ? JSON.stringify(text[i]) : 'end of input'}`,
    }
  }
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length
    else bad('a JSON value')
  }
  const string = () => {
    i += 1
    while (i < text.length && text[i] !== '"') {
      const ch = text.charCodeAt(i)
      if (ch < 0x20) bad('a closing quote (control character in string)')
      if (text[i] === '\\') {
        i += 1
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) bad('four hex digits after \\u')
          i += 4
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) bad('an escape character')
      }
      i += 1
    }
    if (i >= text.length) bad('a closing quote')
    i += 1
  }
  const value = (): void => {
    ws()
    const ch = text[i]
    if (ch === '{') {
      i += 1
      ws()
      if (text[i] === '}') {
        i += 1
        return
      }
      for (;;) {
        ws()
        if (text[i] !== '"') bad('a property name in double quotes')
        string()
        ws()
        if (text[i] !== ':') bad("':'")
        i += 1
        value()
        ws()
        if (text[i] === ',') i += 1
        else if (text[i] === '}') {
          i += 1
          return
        } else bad("',' or '}'")
      }
    } else if (ch === '[') {
      i += 1
      ws()
      if (text[i] === ']') {
        i += 1
        return
      }
      for (;;) {
        value()
        ws()
        if (text[i] === ',') i += 1
        else if (text[i] === ']') {
          i += 1
          return
        } else bad("',' or ']'")
      }
    } else if (ch === '"') string()
    else if (ch === 't') literal('true')
    else if (ch === 'f') literal('false')
    else if (ch === 'n') literal('null')
    else {
      const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i))
      if (!match) bad('a JSON value')
      i += (match as RegExpExecArray)[0].length
    }
  }
  try {
    value()
    ws()
    if (i < text.length) bad('end of input')
    return null
  } catch (error) {
    return error as { offset: number; expected: string }
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  return { line, column }
}
