import type { Token } from './nlp.js'

/** Light phrase analysis over part-of-speech tokens: noun phrases, clauses, normal forms. */

const NOMINAL = new Set(['NOUN', 'PROPN'])
const MODIFIER = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM'])
const BOUNDARY = new Set([',', ';', ':', '—', '–', '(', ')', '“', '”', '"', '[', ']'])
const CLAUSE_WORDS = new Set([
  'which',
  'who',
  'whom',
  'whose',
  'while',
  'whereas',
  'although',
  'though',
  'because',
  'but',
])

/** Index of the first token that ends after `offset`. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let i = 0
  while (i < tokens.length && tokens[i]!.end <= offset) i++
  return i
}

/** Whether a token separates clauses (punctuation, a subordinator, a relative pronoun). */
export function isBoundary(t: Token): boolean {
  return (
    (t.pos === 'PUNCT' && BOUNDARY.has(t.value)) || t.pos === 'SCONJ' || CLAUSE_WORDS.has(t.lower)
  )
}

/** `[first, last]` token indices of the clause around token `i`. */
export function clauseAround(tokens: readonly Token[], i: number): [number, number] {
  let a = i
  while (a > 0 && !isBoundary(tokens[a - 1]!)) a--
  let b = i
  while (b < tokens.length - 1 && !isBoundary(tokens[b + 1]!)) b++
  return [a, b]
}

/** Left edge of the noun phrase whose head is token `head`: modifiers, determiners, possessors. */
export function phraseStart(tokens: readonly Token[], head: number): number {
  let a = head
  while (a > 0) {
    const p = tokens[a - 1]!
    const joined =
      p.end === tokens[a]!.start && !BOUNDARY.has(p.value) && !/^['’]s$/.test(tokens[a]!.value)
    if (MODIFIER.has(p.pos) || joined) a--
    else if (p.pos === 'ADV' && a - 1 > 0 && tokens[a]!.pos === 'ADJ') a--
    else if (p.pos === 'PART' && /^['’]s$/.test(p.value)) a--
    else if (p.pos === 'DET') return a - 1
    else break
  }
  return a
}

/**
 * `[first, last]` of the noun phrase starting at or after token `i` (within `limit` tokens):
 * determiners, modifiers and the head, then `of` phrases (and `in`/`at` places when asked).
 */
export function nounPhraseFrom(
  tokens: readonly Token[],
  i: number,
  options: { readonly places?: boolean; readonly ofChain?: number } = {},
): [number, number] | undefined {
  let a = i
  while (
    a < tokens.length &&
    (tokens[a]!.pos === 'DET' ||
      tokens[a]!.pos === 'ADV' ||
      (tokens[a]!.pos === 'PRON' && /^(its|their|his|her|our|my|your)$/.test(tokens[a]!.lower)))
  )
    a++
  let b = a
  let head = -1
  while (b < tokens.length) {
    const t = tokens[b]!
    // a noun the tagger read as a verb closing a determined phrase after a figure: 'a 9% raise'
    const figureNoun = t.pos === 'VERB' && a > i && b > a && /^(NUM|SYM)$/.test(tokens[b - 1]!.pos)
    if (NOMINAL.has(t.pos) || figureNoun) head = b
    else if (
      !(
        MODIFIER.has(t.pos) ||
        t.value === '-' ||
        t.value === '%' ||
        (t.pos === 'PART' && /^['’]s$/.test(t.value)) ||
        (t.pos === 'ADV' && tokens[b + 1]?.pos === 'ADJ') ||
        (t.pos === 'ADP' && t.lower === 'than') ||
        // 'a 9 per cent increase'
        (t.pos === 'ADP' && t.lower === 'per' && tokens[b - 1]?.pos === 'NUM') ||
        // a word inside a hyphenated compound: the 'on' of 'a sell-on clause'
        (b > a &&
          tokens[b - 1]!.value === '-' &&
          tokens[b - 1]!.end === t.start &&
          tokens[b - 1]!.start === tokens[b - 2]?.end) ||
        // a noun the tagger read as a verb inside a phrase: 'a 7% pay rise'
        (t.pos === 'VERB' &&
          /^(NUM|SYM|ADJ)$/.test(tokens[b - 1]?.pos ?? '') &&
          b > a &&
          tokens[b + 1]?.pos === 'NOUN') ||
        // a participle modifying the noun: 'prefabricated houses', 'armed groups'
        // or its adjectives: 'a guaranteed minimum service'
        (t.pos === 'VERB' &&
          head < 0 &&
          /ed$/.test(t.lower) &&
          (tokens[b + 1]?.pos === 'NOUN' ||
            (tokens[b + 1]?.pos === 'ADJ' && tokens[b + 2]?.pos === 'NOUN')))
      )
    )
      break
    b++
  }
  if (head < 0) return undefined
  let end = head
  let links = options.ofChain ?? 2
  while (links > 0) {
    const p = tokens[end + 1]
    if (p?.pos !== 'ADP') break
    const place =
      options.places && (p.lower === 'in' || p.lower === 'at') && tokens[end + 2]?.pos === 'PROPN'
    if (p.lower !== 'of' && !place) break
    const next = nounPhraseFrom(tokens, end + 2, { ofChain: 0 })
    if (!next) break
    end = next[1]
    links--
  }
  return [i, end]
}

/** The noun phrase whose head is at `head`, with its modifiers and `of` phrases. */
export function nounPhraseAround(
  tokens: readonly Token[],
  head: number,
  options: { readonly places?: boolean } = {},
): [number, number] {
  const start = phraseStart(tokens, head)
  const tail = nounPhraseFrom(tokens, head, options)
  return [start, tail ? Math.max(tail[1], head) : head]
}

/**
 * A phrase in normal form: the sentence's own words from token `a` to `b`, leading determiners
 * and possessives dropped, lower case except proper nouns, spaces collapsed.
 */
export function normalise(
  text: string,
  tokens: readonly Token[],
  a: number,
  b: number,
  drop: readonly string[],
): string {
  while (a < b && (drop.includes(tokens[a]!.lower) || tokens[a]!.pos === 'PUNCT')) a++
  while (b > a && tokens[b]!.pos === 'PUNCT') b--
  if (a > b || !tokens[a] || !tokens[b]) return ''
  const out: string[] = []
  let last = tokens[a]!.start
  for (let k = a; k <= b; k++) {
    const t = tokens[k]!
    const gap = text.slice(last, t.start)
    const word = t.pos === 'PROPN' || /^[A-Z]{2,}/.test(t.value) ? t.value : t.lower
    out.push(gap.length > 0 ? ' ' : '', word)
    last = t.end
  }
  return out
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/ ?([’']s)\b/g, '$1')
    .trim()
}
