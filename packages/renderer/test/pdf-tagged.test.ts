import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderPdf } from '../src/index.js'
import { loadFixture, seedSectionTitles } from './helpers.js'
import { type ReadPdf, readPdf, type StructNode } from './read-pdf.js'

const seeds = loadFixture('seeds-briefing.json')

function roles(node: StructNode | null, out = new Set<string>()): Set<string> {
  if (node?.role) out.add(node.role)
  for (const child of node?.children ?? []) roles(child, out)
  return out
}

describe('renderPdf: a tagged PDF', async () => {
  const bytes = await renderPdf(seeds)
  const pdf: ReadPdf = await readPdf(bytes)

  it('is marked as tagged, with the document language in the catalog', () => {
    expect(pdf.marked).toBe(true)
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/Lang \(en\)/)
  })

  it('has a structure tree on every page', () => {
    expect(pdf.structTrees.every((tree) => tree !== null)).toBe(true)
    const all = new Set<string>()
    for (const tree of pdf.structTrees) roles(tree, all)
    for (const role of [
      'Document',
      'Sect',
      'H1',
      'H2',
      'H3',
      'P',
      'Table',
      'TR',
      'TH',
      'TD',
      'Figure',
    ])
      expect(all.has(role), role).toBe(true)
  })

  it('gives the title and the section headings in reading order', () => {
    const headings = pdf.tagged.filter((node) => node.role === 'H1' || node.role === 'H2')
    expect(headings.map((node) => node.text)).toEqual([
      seeds.title,
      ...seedSectionTitles,
      'Sources',
    ])
  })

  it('tags body text as paragraphs and leaves page furniture out of the tree', () => {
    const paragraphs = pdf.tagged.filter((node) => node.role === 'P').map((node) => node.text)
    expect(paragraphs.some((text) => text.includes('Territory remains the main obstacle'))).toBe(
      true,
    )
    const everything = pdf.tagged.map((node) => node.text).join(' ')
    expect(everything).not.toMatch(/Page \d+ of \d+/)
  })

  it('reads as tagged with pdfinfo, where poppler is installed', (context) => {
    if (!existsSync('/usr/bin/pdfinfo'))
      return context.skip('pdfinfo (poppler-utils) not installed')
    const file = join(mkdtempSync(join(tmpdir(), 'parallax-pdf-')), 'tagged.pdf')
    writeFileSync(file, bytes)
    expect(execFileSync('/usr/bin/pdfinfo', [file], { encoding: 'utf8' })).toMatch(
      /^Tagged:\s+yes$/m,
    )
  })
})
