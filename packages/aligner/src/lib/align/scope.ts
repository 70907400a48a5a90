import { english } from '@parallax/annotate/english'
import type { QuantityClaim } from '@parallax/schema'
import { figuresCompatible } from './values.js'

/** Plurals that do not add -s or -es to the unit. */
const IRREGULAR: Readonly<Record<string, string>> = {
  person: 'people',
  child: 'children',
  man: 'men',
  woman: 'women',
}

/** Prepositions that narrow or widen what a count covers ('homes in X alone', 'across the region'). */
const SCOPE_PREPOSITION = 'with|in|across|throughout|outside'

/** Where the scope phrase ends: a verb of the clause, a comma, a clause word. */
const SCOPE_END =
  /\s+(?:were|was|are|is|have|has|had|will|would|could|may|might|stand|stood|remain|remained|according|who|which|that|after|when|as|and)\b|[,;:.()–—]/i

const DETERMINER = /^(?:a|an|the|its|their|his|her)$/i

/**
 * What a counted thing is narrowed to, as written right after its unit noun ('households with
 * variable-rate mortgages' → 'variable-rate mortgages', 'homes … in Ano Petalida alone' → 'ano
 * petalida alone'): lower-cased words without determiners, or null when the count names none.
 * Two figures of one fact given at different scopes ('with a mortgage' / 'with variable-rate
 * mortgages') are a soft conflict, not a contradiction.
 */
export function scopeOf(claim: QuantityClaim): string | null {
  if (!claim.unit) return null
  const unit = claim.unit.toLowerCase()
  const forms = [unit, `${unit}s`, `${unit}es`, IRREGULAR[unit]].filter(Boolean).join('|')
  const at = new RegExp(
    `\\b(?:${forms})\\s+(?:(?:were|was|are|is)\\s+\\w+ed\\s+)?(${SCOPE_PREPOSITION})\\b`,
    'i',
  ).exec(claim.text)
  if (!at) return null
  const rest = claim.text.slice(at.index + at[0].length)
  const phrase = rest.split(SCOPE_END)[0] ?? ''
  const words = phrase
    .trim()
    .split(/\s+/)
    .filter((w) => w && !DETERMINER.test(w))
    .map((w) => w.toLowerCase())
  if (words.length === 0 || words.length > 6) return null
  return `${at[1]!.toLowerCase()} ${words.join(' ')}`
}

/**
 * The figures of one cluster given at different scopes: when two figures differ beyond their
 * hedges and name different scopes, each figure with a scope as [shown value, claim id];
 * else null (no scope difference explains the figures).
 */
export function scopedFigures(
  figures: readonly QuantityClaim[],
  show: (c: QuantityClaim) => string,
): Array<[string, string]> | null {
  const scoped = figures.flatMap((c) => {
    const scope = scopeOf(c)
    return scope ? [{ c, scope }] : []
  })
  const differ = scoped.some((x) =>
    scoped.some((y) => x.scope !== y.scope && !figuresCompatible(x.c, y.c)),
  )
  return differ ? scoped.map((x): [string, string] => [`${show(x.c)} ${x.scope}`, x.c.id]) : null
}

/** Scale letters after a figure that are not in the language pack's scale words ('300k'). */
const SCALE_LETTERS: Readonly<Record<string, string>> = { k: 'thousand', mn: 'million' }

/** The factor of a scale word or letter written after a figure ('m', 'bn', 'million'). */
function scaleOf(word: string): number {
  const w = word.toLowerCase()
  return english.scaleWords[SCALE_LETTERS[w] ?? w] ?? 1
}

/**
 * A figure followed directly, with no comma, by what it includes or leaves out ('£50m including
 * add-ons', '$2bn excluding debt', '€3m plus bonuses'): each match as the figure's value and the
 * qualifier. A comma before 'including' lists parts of the whole ('assets worth €30 million,
 * including a house'): no qualifier.
 */
const QUALIFIED =
  /(\d[\d,]*(?:\.\d+)?)\s*(k|thousand|mn|m|million|bn|billion)?\s+((?:including|excluding|plus|inclusive of|exclusive of|before|after)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)/giu

/** What a figure's own words say it includes or leaves out ('including add-ons'), or null. */
export function qualifierOf(claim: QuantityClaim): string | null {
  for (const m of claim.text.matchAll(QUALIFIED)) {
    const n = Number(m[1]!.replace(/,/g, '')) * (m[2] ? scaleOf(m[2]) : 1)
    if (Math.abs(n - claim.value) <= 1e-9 * Math.max(1, Math.abs(n))) {
      return m[3]!.toLowerCase().replace(/\s+/g, ' ')
    }
  }
  return null
}

/**
 * The figures of one cluster that differ because one says what it includes: when a figure
 * qualified by what it includes or leaves out ('up to £50m including add-ons') and a different
 * figure without that qualifier ('£42 million') state one fact, each such figure as [shown value,
 * claim id], the qualified ones with their qualifier; else null.
 */
export function qualifiedFigures(
  figures: readonly QuantityClaim[],
  show: (c: QuantityClaim) => string,
): Array<[string, string]> | null {
  const q = figures.map((c) => ({ c, qualifier: qualifierOf(c) }))
  const qualified = q.filter((x) => x.qualifier)
  const others = q.filter((x) => !x.qualifier && qualified.some((y) => y.c.value !== x.c.value))
  if (qualified.length === 0 || others.length === 0) return null
  return [...qualified, ...others].map((x): [string, string] => [
    x.qualifier ? `${show(x.c)} ${x.qualifier}` : show(x.c),
    x.c.id,
  ])
}

/** A share and what it is a share of: '95% of Corvan's farmland', '40 per cent of the fleet'. */
const SHARE = /(\d[\d,]*(?:\.\d+)?)\s*(?:%|per\s*cent|percent)\s+of\s+([^,;:.()–—]+)/giu

/** Words that end the noun phrase of a share ('… farmland every six days', '… of the fleet by'). */
const SHARE_END =
  /^(?:every|each|by|in|on|at|for|from|to|over|within|than|per|and|or|but|were|was|are|is|will|would|has|have|had|who|which|that|after|before|since|until|according|said|says)$/i

/**
 * What a percentage is a share of, as its content words, lower-cased, without determiners or a
 * possessive 's ('95% of Corvan's farmland' → ['corvan', 'farmland']), or null when the figure
 * names none.
 */
export function shareOf(claim: QuantityClaim): string[] | null {
  if (claim.unit?.toLowerCase() !== 'percent') return null
  for (const m of claim.text.matchAll(SHARE)) {
    if (Math.abs(Number(m[1]!.replace(/,/g, '')) - claim.value) > 1e-9) continue
    const out: string[] = []
    for (const raw of m[2]!.trim().split(/\s+/)) {
      const w = raw.toLowerCase().replace(/['’]s$/, '')
      if (SHARE_END.test(w) || /\d/.test(w) || out.length === 4) break
      if (!DETERMINER.test(w) && w) out.push(w)
    }
    return out.length > 0 ? out : null
  }
  return null
}

/**
 * Equal shares of different wholes in one cluster ('95% of the farmland' / '95% of the
 * country'): one fact given at different scopes, a soft conflict. Two wholes differ when they
 * share no word ('the Donetsk region' and 'Donetsk' are one whole). Each figure with a whole as
 * [shown value, claim id], or null.
 */
export function shareScopes(
  figures: readonly QuantityClaim[],
  show: (c: QuantityClaim) => string,
): Array<[string, string]> | null {
  const shares = figures.flatMap((c) => {
    const of = shareOf(c)
    return of ? [{ c, of }] : []
  })
  const differ = shares.some((x) =>
    shares.some((y) => figuresCompatible(x.c, y.c) && x.of.every((w) => !y.of.includes(w))),
  )
  return differ
    ? shares.map((x): [string, string] => [`${show(x.c)} of ${x.of.join(' ')}`, x.c.id])
    : null
}
