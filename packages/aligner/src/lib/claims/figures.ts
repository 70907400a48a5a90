import type { Quantity } from '@parallax/schema'
import type { Placed, SentenceView } from './context.js'
import type { ClaimLanguage } from './lang/types.js'
import { normalise, nounPhraseFrom } from './phrases.js'

/** A figure the rules read from the words where no quantity annotation covers them. */
export interface WordFigure {
  readonly placed: Placed<Quantity>
  /** The subject when the rule knows it (a rank); otherwise `measuredBy` finds it. */
  readonly subject?: string
}

/**
 * Figures without a quantity annotation: (1) a rank, an ordinal after a verb of ranking
 * ('finished seventh in the league' → 7 place, subject 'finished in league'); (2) a level, a
 * bare number after a verb of change and 'to'/'at' ('the toll rose to 14 on Tuesday', where
 * the date annotation took the number). Digits and the language's number words.
 */
export function wordFigures(lang: ClaimLanguage, view: SentenceView): WordFigure[] {
  const out: WordFigure[] = []
  const covered = (t: { start: number; end: number }) =>
    view.quantities.some((q) => !q.item.ordinal && q.start < t.end && q.end > t.start)
  for (let i = 0; i < view.tokens.length; i++) {
    if (covered(view.tokens[i]!)) continue
    const found =
      rankAt(lang, view, i) ??
      levelAt(lang, view, i) ??
      partitiveAt(lang, view, i) ??
      fractionAt(lang, view, i)
    if (found) out.push(found)
  }
  return out
}

/** 'finished seventh in the league': an ordinal right after a verb of ranking. */
function rankAt(lang: ClaimLanguage, view: SentenceView, i: number): WordFigure | undefined {
  const tokens = view.tokens
  const t = tokens[i]!
  const verb = tokens[i - 1]
  if (!verb) return undefined
  const rank = lang.ordinalWords[t.lower] ?? ordinalDigits(t.lower)
  if (rank === undefined || verb.pos !== 'VERB' || !lang.rankVerbs.includes(verb.lemma))
    return undefined
  let where = ''
  if (tokens[i + 1]?.lower === 'in') {
    const np = nounPhraseFrom(tokens, i + 2, { ofChain: 0 })
    if (np) where = ` in ${normalise(view.text, tokens, np[0], np[1], lang.dropLeading)}`
  }
  return { placed: figure(view, t, rank, lang.rankUnit), subject: `${verb.lower}${where}` }
}

/** 'rose to 14 on Tuesday': a bare number after a verb of change and 'to' or 'at'. */
function levelAt(lang: ClaimLanguage, view: SentenceView, i: number): WordFigure | undefined {
  const tokens = view.tokens
  const t = tokens[i]!
  const value = lang.numberWords[t.lower] ?? digits(t.value)
  if (value === undefined || t.pos !== 'NUM' || i === 0) return undefined
  const direct = tokens[i - 1]!.pos === 'VERB' && lang.levelVerbs.includes(tokens[i - 1]!.lemma)
  const change = /^(to|at)$/.test(tokens[i - 1]!.lower) ? tokens[i - 2] : undefined
  if (!direct && (change?.pos !== 'VERB' || !lang.changeVerbs.includes(change.lemma)))
    return undefined
  // '14 people' counts a noun: annotated, or no level
  if (tokens[i + 1] && /^(NOUN|PROPN)$/.test(tokens[i + 1]!.pos)) return undefined
  return { placed: figure(view, t, value, null) }
}

/**
 * 'Five of the seven members', 'fourteen of its cheeses': a number, then `of`, a determiner or
 * possessive, an optional second number and the counted noun. The first number counts the noun;
 * the span runs through the noun.
 */
function partitiveAt(lang: ClaimLanguage, view: SentenceView, i: number): WordFigure | undefined {
  const tokens = view.tokens
  const t = tokens[i]!
  const value = lang.numberWords[t.lower] ?? digits(t.value)
  if (value === undefined || t.pos !== 'NUM' || tokens[i + 1]?.lower !== 'of') return undefined
  let k = i + 2
  if (!/^(DET|PRON)$/.test(tokens[k]?.pos ?? '')) return undefined
  k++
  if (tokens[k]?.pos === 'NUM') k++
  const np = nounPhraseFrom(tokens, k, { ofChain: 0 })
  if (!np || tokens[np[1]]!.pos !== 'NOUN') return undefined
  const head = tokens[np[1]]!
  // a part of a plural whole, not a name with a number ('day one of his presidency')
  if (head.lemma === head.lower || /^(NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? '')) return undefined
  const placed = figure(
    view,
    { start: t.start, end: head.end, value: view.text.slice(t.start, head.end) },
    value,
    head.lemma,
  )
  return { placed: { ...placed, item: { ...placed.item, ordinal: false } } }
}

/**
 * 'a quarter of a percentage point', 'a quarter point', 'half a point': a fraction word and the
 * unit it measures.
 */
function fractionAt(lang: ClaimLanguage, view: SentenceView, i: number): WordFigure | undefined {
  const tokens = view.tokens
  const t = tokens[i]!
  const value = lang.fractionWords[t.lower]
  if (value === undefined || !/^(a|one|an)$/.test(tokens[i - 1]?.lower ?? '')) return undefined
  let k = i + 1
  if (tokens[k]?.lower === 'of') k++
  if (tokens[k]?.pos === 'DET') k++
  const np = nounPhraseFrom(tokens, k, { ofChain: 0 })
  if (!np || tokens[np[1]]!.pos !== 'NOUN' || np[1] - k > 2) return undefined
  const unit = tokens
    .slice(np[0], np[1] + 1)
    .filter((w) => w.pos === 'NOUN')
    .map((w) => w.lemma)
    .join(' ')
  const from = tokens[i - 1]!
  const end = tokens[np[1]]!
  const placed = figure(
    view,
    { start: from.start, end: end.end, value: view.text.slice(from.start, end.end) },
    value,
    unit,
  )
  return { placed: { ...placed, item: { ...placed.item, ordinal: false } } }
}

function figure(
  view: SentenceView,
  t: { start: number; end: number; value: string },
  value: number,
  unit: string | null,
): Placed<Quantity> {
  const span = view.toSource(t.start, t.end)
  const item: Quantity = {
    id: `${view.sentence.id}:w${t.start}`,
    block: view.block.id,
    span,
    raw: t.value,
    text: t.value,
    value,
    unit,
    hedge: null,
    ordinal: unit !== null,
  }
  return { item, start: t.start, end: t.end }
}

function ordinalDigits(word: string): number | undefined {
  const m = /^(\d+)(st|nd|rd|th)$/.exec(word)
  return m ? Number.parseInt(m[1]!, 10) : undefined
}

function digits(word: string): number | undefined {
  if (!/^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/.test(word)) return undefined
  return Number.parseFloat(word.replace(/,/g, ''))
}
