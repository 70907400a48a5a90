/** A quotation found in a block's text; offsets are block-text offsets. */
export interface QuoteDraft {
  /** Offset of the opening mark. */
  open: number
  /** Offset of the closing mark, or -1 when the quote runs to the end of the block unclosed. */
  close: number
  /** The quoted words: inside the marks, surrounding spaces trimmed. */
  start: number
  end: number
  /** The quote continues a quote left open at the end of the previous block. */
  continued: boolean
}

const pairs: Record<string, string> = {
  '“': '”',
  '„': '“',
  '«': '»',
  '‘': '’',
  '‹': '›',
  '"': '"',
  "'": "'",
}
const doubles = new Set(['“', '„', '«', '"'])

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch)
}

/** Whether `ch` at `i` can open a quotation (not an apostrophe or a closing mark). */
function canOpen(text: string, i: number): boolean {
  const ch = text[i]!
  const before = text[i - 1]
  const after = text[i + 1]
  if (after === undefined || /\s/u.test(after)) return false
  if (ch === '‘' || ch === "'" || ch === '"')
    return before === undefined || /[\s([{—–\-“"/]/u.test(before)
  return true
}

/** Whether `ch` at `i` can close a quotation opened with `open`. */
function canClose(text: string, i: number, open: string): boolean {
  const ch = text[i]!
  if (ch !== pairs[open]) return false
  // A single closing mark followed by a letter is an apostrophe ("don’t").
  if (ch === '’' || ch === "'") return !isWordChar(text[i + 1])
  if (ch === '"') return !/\s/u.test(text[i - 1] ?? ' ') && !isWordChar(text[i + 1])
  return true
}

function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/u.test(text[start]!)) start++
  while (end > start && /\s/u.test(text[end - 1]!)) end--
  return [start, end]
}

/**
 * Find the quotations of a block's text: curly, straight and guillemet marks, single quotes
 * inside none; a double quote left open at the end of a paragraph is a quote that continues
 * in the next paragraph (the convention of multi-paragraph quotes). Quotes nested inside a
 * quote are part of it, not separate quotations.
 */
export function findQuotations(text: string, continuedFromPrevious: boolean): QuoteDraft[] {
  const out: QuoteDraft[] = []
  const state: ScanState = { openAt: -1, openMark: '', nestedOpen: '' }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (!(ch in pairs) && ch !== '”' && ch !== '’' && ch !== '»' && ch !== '›') continue
    const closed = advanceScan(state, text, i)
    if (closed) out.push(closed)
  }
  if (state.openAt >= 0 && doubles.has(state.openMark)) {
    const [start, end] = trimmed(text, state.openAt + 1, text.length)
    if (end > start) out.push({ open: state.openAt, close: -1, start, end, continued: false })
  }
  const first = out[0]
  if (continuedFromPrevious && first && text.slice(0, first.open).trim() === '')
    out[0] = { ...first, continued: true }
  return out
}

/** Where a scan of quotation marks stands: the open quote's mark and offset, a nested quote's mark. */
interface ScanState {
  openAt: number
  openMark: string
  nestedOpen: string
}

/**
 * Read the quotation mark at `i`, advancing `state` (opened, closed, nested); returns the
 * quotation it closes, if any.
 */
function advanceScan(state: ScanState, text: string, i: number): QuoteDraft | undefined {
  const ch = text[i]!
  if (state.openAt < 0) {
    if (ch in pairs && canOpen(text, i)) {
      state.openAt = i
      state.openMark = ch
    }
    return undefined
  }
  if (state.nestedOpen) {
    if (ch === pairs[state.nestedOpen] && (ch !== '’' || !isWordChar(text[i + 1])))
      state.nestedOpen = ''
    return undefined
  }
  if (canClose(text, i, state.openMark)) {
    const [start, end] = trimmed(text, state.openAt + 1, i)
    const open = state.openAt
    state.openAt = -1
    return end > start ? { open, close: i, start, end, continued: false } : undefined
  }
  // A different opening mark inside a quote opens a nested quote.
  if (
    ch in pairs &&
    ch !== state.openMark &&
    canOpen(text, i) &&
    (doubles.has(state.openMark) ? !doubles.has(ch) : doubles.has(ch))
  )
    state.nestedOpen = ch
  return undefined
}

/** Whether a block's text ends inside an open double quotation (so the next paragraph continues it). */
export function endsOpen(quotes: readonly QuoteDraft[]): boolean {
  const last = quotes[quotes.length - 1]
  return last !== undefined && last.close < 0
}
