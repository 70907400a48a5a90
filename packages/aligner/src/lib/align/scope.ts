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
