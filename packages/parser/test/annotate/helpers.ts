import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Annotations, ManifestEntry } from '@parallax/schema'
import type { Case, Expected } from '../../../annotate/test/support/cases.js'
import { loadManifest, parse } from '../../src/index.js'

/**
 * End-to-end annotation cases read through `parse()`: the seeds and the fresh and blind
 * evaluation sets. Expectations, views and scoring come from @parallax/annotate's test support
 * (`packages/annotate/test/support`), so both packages score the same way.
 */

const here = dirname(fileURLToPath(import.meta.url))
export const fixturesDir = join(here, 'fixtures')
export const seedsDir = join(here, '../../../../seeds')

/** Expected article metadata of a fresh fixture parsed through `parse()` (null: none found). */
export interface ExpectedMetadata {
  title: string | null
  outlet: string | null
  byline: string | null
  /** The published date (`YYYY-MM-DD`), or null for undetermined. */
  published: string | null
}

/** A fixture's expected.json. */
export interface FreshExpected extends Expected {
  metadata: ExpectedMetadata
  /** Strings the article's block text must (present) or must not (absent) contain. */
  text?: { present?: string[]; absent?: string[] }
}

/** A fresh fixture: its input file's bytes go through the real `parse()` pipeline. */
export interface FreshCase {
  name: string
  file: string
  bytes: Uint8Array
  expected: FreshExpected
}

/**
 * Fresh evaluation articles (`fresh-<topic>/input.*`): invented news in every input shape
 * (plain text, Markdown clip, PDF text, saved HTML, digest), expected lists and metadata written
 * by hand before the parser was run on them. Parsed with `parse()` from the file's bytes, with
 * no manifest, so metadata is inferred. `prefix: 'blind-'` reads the blind set instead
 * (`blind-<topic>`: the same shape, written by another evaluator and scored before any fix).
 */
export function freshCases(prefix: 'fresh-' | 'blind-' = 'fresh-'): FreshCase[] {
  return readdirSync(fixturesDir)
    .filter((name) => name.startsWith(prefix))
    .sort()
    .map((name) => {
      const dir = join(fixturesDir, name)
      const file = readdirSync(dir).find((f) => f.startsWith('input.'))
      if (!file) throw new Error(`fixture ${name} has no input.* file`)
      return {
        name,
        file: join(dir, file),
        bytes: readFileSync(join(dir, file)),
        expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as FreshExpected,
      }
    })
}

/** Seed fixture folders: expected.json names the seed file in the repository's seeds/. */
export function seedCases(): Case[] {
  return readdirSync(fixturesDir)
    .filter((name) => name.startsWith('seed-'))
    .sort()
    .map((name) => {
      const expected = JSON.parse(
        readFileSync(join(fixturesDir, name, 'expected.json'), 'utf8'),
      ) as Expected
      return { name, text: readFileSync(join(seedsDir, expected.seed!), 'utf8'), expected }
    })
}

let manifest: ManifestEntry[] | undefined

/** Parse a seed through the real pipeline with its manifest entry (published date etc.). */
export async function parseSeed(file: string): Promise<{ text: string; annotations: Annotations }> {
  manifest ??= loadManifest(readFileSync(join(seedsDir, 'manifest.yaml'), 'utf8')).entries
  const entry = manifest.find((e) => e.file === file) ?? null
  const result = await parse({
    bytes: readFileSync(join(seedsDir, file)),
    path: file,
    manifest: entry,
  })
  if (!result.article || result.text === null)
    throw new Error(`seed ${file} did not parse: ${JSON.stringify(result.diagnostics)}`)
  return { text: result.text, annotations: result.article.annotations }
}
