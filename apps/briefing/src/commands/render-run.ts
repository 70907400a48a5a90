import { mkdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { renderHtml, renderPdf } from '@parallax/renderer'
import { Briefing, validate } from '@parallax/schema'
import { readJson } from '../lib/read-json.js'
import { writeAtomically } from '../lib/write-atomically.js'
import type { RenderCommandOptions } from './render.js'
import { parsePageSize, UsageError } from './usage.js'

const formats = ['html', 'pdf'] as const
type Format = (typeof formats)[number]

/**
 * `parallax render`: reads and checks the briefing, writes each format atomically and prints each
 * path on stdout. Returns the exit status: 0, or 1 after one message for a problem with the input
 * or the options.
 */
export async function renderCommand(file: string, options: RenderCommandOptions): Promise<number> {
  try {
    await render(file, options)
    return 0
  } catch (error) {
    if (!(error instanceof RenderFailure || error instanceof UsageError)) throw error
    process.stderr.write(`parallax render: ${error.message}\n`)
    return 1
  }
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
  // A byte order mark is not part of the JSON (editors on Windows write one).
  const briefing = parseBriefing(file, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
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

/** Parses and validates; a problem names the file and the line:column or the JSON path. */
function parseBriefing(file: string, text: string): Briefing {
  const json = readJson(text)
  if (!json.ok) {
    const { line, column, message } = json.error
    return fail(`${file}:${line}:${column}: invalid JSON: ${message}`)
  }
  const result = validate(Briefing, json.value)
  if (!result.ok) {
    const list = result.errors.map((error) => `  ${file}: ${error.message}`).join('\n')
    return fail(`${file} is not a valid briefing:\n${list}`)
  }
  return result.value
}
