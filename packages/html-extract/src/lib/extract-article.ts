import type { Diagnostic, Removal } from '@parallax/schema'
import { analyzeTree, type TreeAnalysis, visibleLength } from './analyze-tree.js'
import { BOILERPLATE_REASONS } from './boilerplate-hints.js'
import { buildTree, MAX_DEPTH } from './build-tree.js'
import { collectBlocks, elementSpan } from './collect-blocks.js'
import { extractMetadata } from './extract-metadata.js'
import { filterBlocks } from './filter-blocks.js'
import { blocksFromJsonLdBody } from './json-ld-body.js'
import { readJsonLd } from './read-json-ld.js'
import { selectContainer } from './select-container.js'
import { type ElementNode as Element, lineColumn, type TreeRoot } from './tree.js'
import type { Extraction, ExtractOptions } from './types.js'

/** Default of {@link ExtractOptions.minTextLength}. */
const MIN_TEXT_LENGTH = 80

function placeOf(
  html: string,
  element: Element | null,
): Pick<Diagnostic, 'line' | 'column' | 'offset'> {
  if (element === null) return { line: 1, column: 1, offset: 0 }
  return { ...lineColumn(html, element.start), offset: element.start }
}

function emptyMetadata(): Extraction['metadata'] {
  return {
    title: null,
    byline: null,
    published: null,
    siteName: null,
    language: null,
    url: null,
    description: null,
    origins: {},
  }
}

/** Records the outermost boilerplate elements outside the content container. */
function recordOuterBoilerplate(
  analysis: TreeAnalysis,
  container: Element,
  removed: Removal[],
): void {
  const inside = elementSpan(container)
  for (const element of analysis.order) {
    const stats = element.stats
    if (stats === null || !stats.boilerplate || stats.kind === null || stats.text === 0) continue
    if (stats.parent?.inBoilerplate) continue
    const span = elementSpan(element)
    if (span.start >= inside.start && span.end <= inside.end) continue
    const { reason, detail } = BOILERPLATE_REASONS[stats.kind]
    removed.push({ span, reason, detail })
  }
}

/** The result for a page whose tree is too deep to walk: no article, one error. */
function tooDeepResult(): Extraction {
  return {
    metadata: emptyMetadata(),
    blocks: [],
    removed: [],
    diagnostics: [
      {
        file: null,
        line: 1,
        column: 1,
        offset: 0,
        severity: 'error',
        code: 'html/too-deep',
        message: `The page could not be read: its elements are nested more than ${MAX_DEPTH} deep.`,
        expected: `HTML nested at most ${MAX_DEPTH} elements deep`,
      },
    ],
  }
}

/**
 * Extracts the main article and its metadata from an HTML page.
 *
 * `html` is the decoded page with line endings normalised to `\n`; every span and map offset in
 * the result counts UTF-16 code units of that string. Never throws on content: a page without an
 * article body yields an `html/no-article` error diagnostic, one nested too deeply to walk an
 * `html/too-deep` error.
 */
export function extractArticle(html: string, options: ExtractOptions = {}): Extraction {
  const { root, tooDeep } = buildTree(html)
  if (tooDeep) return tooDeepResult()
  try {
    return extractFromTree(html, root, options)
  } catch (error) {
    // The walks recurse once per level; under the depth limit only a caller's own deep stack
    // can exhaust it, and that is the same content problem.
    if (error instanceof RangeError) return tooDeepResult()
    throw error
  }
}

function extractFromTree(html: string, root: TreeRoot, options: ExtractOptions): Extraction {
  const pageUrl = options.url ?? null
  const minTextLength = options.minTextLength ?? MIN_TEXT_LENGTH
  const diagnostics: Diagnostic[] = []
  const removed: Removal[] = []
  const analysis = analyzeTree(root)
  const { facts, problems } = readJsonLd(analysis.nodes.jsonLd)
  for (const problem of problems) {
    diagnostics.push({
      file: null,
      ...placeOf(html, problem.element),
      severity: 'warning',
      code: 'html/invalid-json-ld',
      message: `JSON-LD block could not be read: ${problem.message}`,
      expected: 'a JSON object or array',
    })
  }
  const metadata = extractMetadata({ nodes: analysis.nodes, jsonLd: facts, pageUrl })

  const container = selectContainer(analysis)
  let raw = container === null ? [] : collectBlocks(container, removed)
  let visible = 0
  for (const block of raw) visible += block.text.visibleLength
  // Pages that render their body with JavaScript: fall back on JSON-LD articleBody.
  const jsonLdBody = facts.articleBody === null ? 0 : visibleLength(facts.articleBody)
  if (facts.articleBodySource !== null && jsonLdBody >= minTextLength && visible < jsonLdBody / 3) {
    const fromJsonLd = blocksFromJsonLdBody(facts.articleBodySource, html)
    if (fromJsonLd.length > 0) {
      raw = fromJsonLd
      visible = jsonLdBody
      diagnostics.push({
        file: null,
        ...placeOf(html, facts.articleBodySource),
        severity: 'info',
        code: 'html/json-ld-body',
        message:
          'The page markup holds little article text; the body was read from JSON-LD articleBody.',
      })
    }
  }
  if (container !== null) recordOuterBoilerplate(analysis, container, removed)
  const blocks = filterBlocks(raw, { title: metadata.title }, removed)
  if (blocks.length === 0 || visible < minTextLength) {
    const where = container ?? analysis.nodes.body
    diagnostics.push({
      file: null,
      ...placeOf(html, where),
      severity: 'error',
      code: 'html/no-article',
      message:
        blocks.length === 0
          ? 'No article body found: the page has no run of paragraph text outside navigation and other boilerplate.'
          : `No article body found: the best candidate holds only ${visible} characters of text.`,
      expected: `at least ${minTextLength} characters of paragraph text`,
    })
  }
  removed.sort((a, b) => a.span.start - b.span.start)
  return { metadata, blocks, removed, diagnostics }
}
