import type { Article, Diagnostic } from '@parallax/schema'
import { type ParseResult, parseResolved, resolveOptions } from './parse.js'
import type { ParseInput, ParseOptions } from './types.js'

/** One input that gave no Article, with why. */
export interface ParseFailure {
  path: string | null
  diagnostics: Diagnostic[]
}

/** What `parseMany` returns. */
export interface ParseManyResult {
  /** The Articles of the inputs that parsed, in input order. */
  articles: Article[]
  /** Inputs that gave no Article. */
  failures: ParseFailure[]
  /** For every input, in order: its result (`article` may be `null`). */
  results: ParseResult[]
}

/**
 * Parse many inputs one after another with the same options. One bad input never sinks the
 * batch: it becomes a failure with its diagnostics (an unexpected exception included, as
 * `parse/internal-error`), and the rest are parsed.
 */
export async function parseMany(
  inputs: Iterable<ParseInput>,
  options?: Readonly<ParseOptions> | null,
): Promise<ParseManyResult> {
  const resolved = resolveOptions(options)
  const out: ParseManyResult = { articles: [], failures: [], results: [] }
  for (const input of inputs) {
    let result: ParseResult
    try {
      result = await parseResolved(input, resolved)
    } catch (error) {
      result = {
        article: null,
        text: null,
        diagnostics: [
          {
            file: input.path ?? null,
            line: null,
            column: null,
            offset: null,
            severity: 'error',
            code: 'parse/internal-error',
            message: `the parser failed on this input: ${(error as Error).message}`,
          },
        ],
      }
    }
    out.results.push(result)
    if (result.article) out.articles.push(result.article)
    else out.failures.push({ path: input.path ?? null, diagnostics: result.diagnostics })
  }
  return out
}
