import { readPlainText } from '../read-plain.js'
import type { SourcePlugin } from '../types.js'

/** Options of the plain-text plugin. */
export interface PlainTextOptions {
  /** Turn numeric `[n]` markers into references. Default: `true`. */
  citations?: boolean
}

/**
 * Plain pasted text: an optional title line, short heading lines, a byline, paragraphs separated
 * by blank lines or one per line. The fallback for any text (detect score 0.1).
 */
export default function sourcePlainText(options?: Readonly<PlainTextOptions> | null): SourcePlugin {
  const citations = options?.citations ?? true
  return {
    id: 'plain-text',
    detect: () => 0.1,
    read: (text) => readPlainText(text, { citations }),
  }
}
