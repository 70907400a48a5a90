import type { Word } from '../../words.js'
import { wordIndexAt } from '../../words.js'
import type { QuoteSite } from '../types.js'

/** The first word after a quotation's closing mark, in the same sentence. */
export interface AfterClose {
  /** Offset of that word (after spaces and punctuation following the closing mark). */
  at: number
  /** Its index among the block's words. */
  i: number
  word: Word
}

/**
 * The word right after the closing mark ("…,” he said"), when the quotation is closed and the
 * sentence goes on: not after a full stop between them, nor when the quoted words end the
 * sentence and a capitalised word opens the next ("….” Zelensky told …").
 */
export function wordAfterClose(site: QuoteSite): AfterClose | undefined {
  const { quote: q, state: st } = site
  if (q.close < 0) return undefined
  const text = st.ctx.text
  const skip = /^[\s,.!?;:—–-]*/u.exec(text.slice(q.close + 1))![0].length
  const at = q.close + 1 + skip
  const i = wordIndexAt(st.words, at)
  const word = st.words[i]
  const endsSentence = /[.!?…]$/u.test(text.slice(q.start, q.end)) && word?.capitalised === true
  if (!word || word.start !== at || /[.!?]/u.test(text.slice(q.close + 1, at)) || endsSentence)
    return undefined
  return { at, i, word }
}
