import { type ParseResult, parse } from '@parallax/parser'
import type { Claim } from '@parallax/schema'
import { failed } from './failed.js'
import type { ParseReply, ParseTask } from './messages.js'

/**
 * Parses one task (and extracts its claims when asked). Never throws: an unexpected failure
 * becomes a result without an article and a `parse/internal-error` diagnostic naming the file.
 */
export async function parseOne(task: ParseTask): Promise<ParseReply> {
  const { options } = task
  let result: ParseResult
  try {
    result = await parse(
      { bytes: task.bytes, path: task.path, manifest: task.manifest },
      {
        ...(options.format ? { format: options.format } : {}),
        ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
        annotate: options.annotate !== false,
      },
    )
  } catch (error) {
    result = failed(task.path, `the parser failed on this input: ${(error as Error).message}`)
  }
  let claims: Claim[] | null = null
  if (options.claims && result.article) {
    try {
      // The aligner loads only when claims are asked for (`brief`, `claims`), never for `parse`.
      const { claimsFromArticle } = await import('@parallax/aligner')
      claims = claimsFromArticle(result.article)
    } catch (error) {
      result = failed(task.path, `claim extraction failed: ${(error as Error).message}`)
    }
  }
  return { index: task.index, result, claims }
}
