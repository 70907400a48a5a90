import type { SourcePlugin } from '../types.js'
import sourceDigest from './digest.js'
import sourceHtml from './html.js'
import sourceMarkdownClip from './markdown-clip.js'
import sourcePdf from './pdf.js'
import sourcePdfText from './pdf-text.js'
import sourcePlainText from './plain-text.js'

/**
 * The built-in source plugins, the one place they are registered. Order breaks ties between
 * equal detection scores (earlier wins).
 */
export function builtinPlugins(): SourcePlugin[] {
  return [
    sourceMarkdownClip(),
    sourceHtml(),
    sourceDigest(),
    sourcePdfText(),
    sourcePdf(),
    sourcePlainText(),
  ]
}

/**
 * `extra` plugins followed by the built-ins; an extra plugin with a built-in's id replaces it.
 * Extra plugins come first, so they win ties.
 */
export function registry(extra: readonly SourcePlugin[] = []): SourcePlugin[] {
  const ids = new Set(extra.map((plugin) => plugin.id))
  return [...extra, ...builtinPlugins().filter((plugin) => !ids.has(plugin.id))]
}
