import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { runBrief } from '../src/lib/brief/run-brief.js'
import { doubles } from './helpers/doubles.js'
import { story, tempDir } from './helpers/paths.js'

const inputs = [join(story, 'a-gazette.txt'), join(story, 'c-coast.md')]
const base = {
  inputs,
  workers: 0,
  formats: ['html', 'pdf', 'json'] as const,
  generatedAt: '2026-03-05T18:00:00Z',
}
const pdfBytes = new Uint8Array([37, 80, 68, 70, 45, 49, 46, 55])

/** A `renderPdf` that settles only when `settle` is called, and what it saw by then. */
function heldPdf() {
  let settle: (error?: Error) => void = () => {}
  const render = () =>
    new Promise<Uint8Array>((resolve, reject) => {
      settle = (error) => (error ? reject(error) : resolve(pdfBytes))
    })
  return { render, settle: (error?: Error) => settle(error) }
}

/** Waits until `stages` holds `stage` (the run goes as far as it can without the PDF). */
async function reached(stages: readonly string[], stage: string): Promise<void> {
  for (let turn = 0; turn < 600 && !stages.includes(stage); turn += 1)
    await new Promise((resolve) => setTimeout(resolve, 50))
}

/** The dates of the runs stored (committed) in the archive, read as another process would. */
function archivedDates(path: string): string[] {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    return (db.prepare('SELECT date FROM runs ORDER BY date').all() as { date: string }[]).map(
      (row) => row.date,
    )
  } finally {
    db.close()
  }
}

describe('runBrief while the PDF is drawn', () => {
  it('writes the HTML, the JSON and the archive, and puts them in place once the PDF is drawn', async () => {
    const out = tempDir()
    const stages: string[] = []
    const pdf = heldPdf()
    const running = runBrief(
      { ...base, out, onStage: (s) => stages.push(s), renderPdf: pdf.render },
      doubles,
    )
    await reached(stages, 'archive')
    expect(stages.slice(-3)).toEqual(['render', 'write', 'archive'])
    // Written beside the targets, not yet in place; the run not yet in the archive.
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toHaveLength(2)
    expect(existsSync(join(out, 'briefing.html'))).toBe(false)
    expect(existsSync(join(out, 'briefing.json'))).toBe(false)
    expect(archivedDates(join(out, 'parallax.sqlite'))).toEqual([])
    pdf.settle()
    const result = await running
    expect(result.exitCode).toBe(0)
    expect(result.written).toEqual([
      join(out, 'briefing.html'),
      join(out, 'briefing.pdf'),
      join(out, 'briefing.json'),
      join(out, 'parallax.sqlite'),
    ])
    expect(new Uint8Array(readFileSync(join(out, 'briefing.pdf')))).toEqual(pdfBytes)
    expect(readFileSync(join(out, 'briefing.html'), 'utf8')).toMatch(/<\/html>\s*$/)
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([])
    expect(archivedDates(join(out, 'parallax.sqlite'))).toEqual(['2026-03-05'])
  })

  it('leaves the outputs and the archive as they were when the PDF fails', async () => {
    const out = tempDir()
    const first = await runBrief({ ...base, out, renderPdf: async () => pdfBytes }, doubles)
    expect(first.exitCode).toBe(0)
    const html = readFileSync(join(out, 'briefing.html'), 'utf8')
    const pdf = heldPdf()
    const stages: string[] = []
    const running = runBrief(
      {
        ...base,
        out,
        date: '2026-03-06',
        title: 'Another title',
        renderPdf: pdf.render,
        onStage: (s) => stages.push(s),
      },
      doubles,
    )
    await reached(stages, 'archive')
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toHaveLength(2)
    pdf.settle(new TypeError('the briefing could not be drawn'))
    await expect(running).rejects.toThrow('the briefing could not be drawn')
    expect(readFileSync(join(out, 'briefing.html'), 'utf8')).toBe(html)
    expect(new Uint8Array(readFileSync(join(out, 'briefing.pdf')))).toEqual(pdfBytes)
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([])
    expect(archivedDates(join(out, 'parallax.sqlite'))).toEqual(['2026-03-05'])
  })
})
