import { rawText } from './element-text.js'
import type { ElementNode as Element } from './tree.js'

/** Article facts read from a page's JSON-LD (schema.org) blocks; `null` where absent. */
export interface JsonLdFacts {
  headline: string | null
  author: string | null
  datePublished: string | null
  publisher: string | null
  articleBody: string | null
  /** The `<script>` element the article body was read from. */
  articleBodySource: Element | null
  inLanguage: string | null
  url: string | null
  description: string | null
}

/** A JSON-LD block that could not be read: the script element and the parser's message. */
export interface JsonLdProblem {
  element: Element
  message: string
}

const ARTICLE_TYPE = /article|posting|report|review/i

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function types(object: JsonObject): string[] {
  const type = object['@type']
  if (typeof type === 'string') return [type]
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string')
  return []
}

function text(value: Json | undefined): string | null {
  if (typeof value === 'string') {
    const trimmed = value.replace(/\s+/g, ' ').trim()
    return trimmed === '' ? null : trimmed
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = text(item)
      if (found !== null) return found
    }
    return null
  }
  if (isObject(value)) return text(value.name ?? value['@value'] ?? value['@id'])
  return null
}

function names(value: Json | undefined): string | null {
  const found: string[] = []
  const add = (item: Json | undefined) => {
    if (typeof item === 'string') {
      const trimmed = item.replace(/\s+/g, ' ').trim()
      if (trimmed !== '' && !/^https?:/.test(trimmed) && !found.includes(trimmed))
        found.push(trimmed)
    } else if (Array.isArray(item)) {
      for (const element of item) add(element)
    } else if (isObject(item)) {
      add(item.name)
    }
  }
  add(value)
  return found.length === 0 ? null : found.join(', ')
}

function urlOf(value: Json | undefined): string | null {
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? value : null
  if (isObject(value)) return urlOf(value['@id'] ?? value.url)
  return null
}

function collectObjects(value: Json, into: JsonObject[], depth: number): void {
  if (depth > 6) return
  if (Array.isArray(value)) {
    for (const item of value) collectObjects(item, into, depth + 1)
  } else if (isObject(value)) {
    into.push(value)
    const graph = value['@graph']
    if (graph !== undefined) collectObjects(graph, into, depth + 1)
    const main = value.mainEntity
    if (main !== undefined && isObject(main)) collectObjects(main, into, depth + 1)
  }
}

function parseLoose(source: string): Json {
  try {
    return JSON.parse(source) as Json
  } catch (error) {
    const cleaned = source
      .replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[)/, '')
      .replace(/(-->|\/\/\s*\]\]>)\s*$/, '')
      .replace(/;\s*$/, '')
      // Raw control characters inside strings are a common authoring error.
      .replace(/[\u0000-\u001f]+/g, ' ')
    if (cleaned === source) throw error
    return JSON.parse(cleaned) as Json
  }
}

/** Reads article facts from `<script type="application/ld+json">` elements. */
export function readJsonLd(scripts: Element[]): { facts: JsonLdFacts; problems: JsonLdProblem[] } {
  const facts: JsonLdFacts = {
    headline: null,
    author: null,
    datePublished: null,
    publisher: null,
    articleBody: null,
    articleBodySource: null,
    inLanguage: null,
    url: null,
    description: null,
  }
  const problems: JsonLdProblem[] = []
  const objects: JsonObject[] = []
  const sources = new Map<JsonObject, Element>()
  for (const script of scripts) {
    const source = rawText(script).trim()
    if (source === '') continue
    try {
      const before = objects.length
      collectObjects(parseLoose(source), objects, 0)
      for (let i = before; i < objects.length; i++) sources.set(objects[i] as JsonObject, script)
    } catch (error) {
      problems.push({
        element: script,
        message: error instanceof Error ? error.message : String(error),
      })
    }
  }
  const articles = objects.filter((object) => types(object).some((type) => ARTICLE_TYPE.test(type)))
  const pages = objects.filter((object) => types(object).some((type) => /page/i.test(type)))
  for (const object of [...articles, ...pages]) {
    facts.headline ??=
      text(object.headline) ?? (articles.includes(object) ? text(object.name) : null)
    facts.author ??= names(object.author ?? object.creator)
    facts.datePublished ??= text(object.datePublished ?? object.dateCreated)
    facts.publisher ??= names(object.publisher)
    if (facts.articleBody === null && typeof object.articleBody === 'string') {
      facts.articleBody = object.articleBody
      facts.articleBodySource = sources.get(object) ?? null
    }
    facts.inLanguage ??= text(object.inLanguage)
    facts.url ??= urlOf(object.url) ?? urlOf(object.mainEntityOfPage)
    facts.description ??= text(object.description)
  }
  if (facts.publisher === null) {
    const site = objects.find((object) =>
      types(object).some((type) => type === 'WebSite' || type === 'NewsMediaOrganization'),
    )
    if (site !== undefined) facts.publisher = text(site.name)
  }
  return { facts, problems }
}
