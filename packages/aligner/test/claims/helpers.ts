import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { loadManifest, parse } from '@parallax/parser'
import type { Article, Claim, ManifestEntry } from '@parallax/schema'
import { claimsFromArticle } from '../../src/index.js'

export const fixtures = new URL('fixtures/', import.meta.url)
const seeds = new URL('../../../../seeds/', import.meta.url)

/** A parsed article with the source text its spans index (null for a pre-parsed JSON input). */
export interface Parsed {
  readonly name: string
  readonly article: Article
  readonly text: string | null
}

/** Parses a fixture folder: `input.json` is a ready Article, else `input.*` with `manifest.json`. */
export async function loadFixture(name: string): Promise<Parsed> {
  const dir = new URL(`${name}/`, fixtures)
  if (existsSync(new URL('input.json', dir))) {
    const article = JSON.parse(readFileSync(new URL('input.json', dir), 'utf8')) as Article
    return { name, article, text: null }
  }
  const input = readdirSync(dir).find((f) => f.startsWith('input.'))
  if (!input) throw new Error(`fixture ${name}: no input.* file`)
  const manifestUrl = new URL('manifest.json', dir)
  const manifest = existsSync(manifestUrl)
    ? (JSON.parse(readFileSync(manifestUrl, 'utf8')) as ManifestEntry)
    : null
  const path = `test/claims/fixtures/${name}/${input}`
  const result = await parse({ bytes: readFileSync(new URL(input, dir)), path, manifest })
  if (!result.article) throw new Error(`fixture ${name}: the parser gave no article`)
  return { name, article: result.article, text: result.text }
}

/** The five seeds, parsed with their manifest entries. */
export async function loadSeeds(): Promise<Parsed[]> {
  const { entries } = loadManifest(readFileSync(new URL('manifest.yaml', seeds), 'utf8'))
  const out: Parsed[] = []
  for (const entry of [...entries].sort((a, b) => a.file.localeCompare(b.file))) {
    const file = entry.file
    const bytes = readFileSync(new URL(file, seeds))
    const result = await parse({ bytes, path: `seeds/${file}`, manifest: entry })
    if (result.article) out.push({ name: file, article: result.article, text: result.text })
  }
  return out
}

export function fixtureNames(): string[] {
  return readdirSync(fixtures).sort()
}

/**
 * Claims of one small English article dated 2025-05-06 (a Tuesday), read from `body` as the text
 * file `path`.
 */
export async function claimsOf(body: string, path: string): Promise<Claim[]> {
  const text = `Test story\n\n${body}\n`
  const manifest = { file: path, published: '2025-05-06', language: 'en' }
  const { article } = await parse({ bytes: new TextEncoder().encode(text), path, manifest })
  if (!article) throw new Error('no article')
  return claimsFromArticle(article)
}

/** The claims of one kind, typed as that kind. */
export const pick = <K extends Claim['kind']>(claims: Claim[], kind: K) =>
  claims.filter((c): c is Extract<Claim, { kind: K }> => c.kind === kind)
