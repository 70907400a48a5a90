import type { SentenceView } from '../context.js'

/** Dates an event takes from around its phrase: a ', when' clause, a date after 'since', a bare year. */

/** The date a ', when …' clause hangs on: 'in September 1986, when an earthquake struck'. */
export function whenBefore(
  view: SentenceView,
  cs: number,
): SentenceView['dates'][number] | undefined {
  const tokens = view.tokens
  if (tokens[cs]?.lower !== 'when' || tokens[cs - 1]?.value !== ',') return undefined
  const comma = tokens[cs - 1]!.start
  return view.dates.find((d) => d.end <= comma && comma - d.end <= 1)
}

/**
 * A date right after an event's phrase, across a clause boundary: 'its first cut since
 * September 2024' (the date the event is measured from).
 */
export function dateAfter(
  view: SentenceView,
  to: number,
): SentenceView['dates'][number] | undefined {
  return view.dates.find(
    (d) =>
      d.start >= to &&
      /^\s*(since|after|before|until|in|on|of)\s+$/i.test(view.text.slice(to, d.start)),
  )
}

/**
 * A bare year inside or right after an event's noun phrase, which no date annotation covers:
 * 'the 2017 Ember Ridge fire', 'the fire of 2019'. The whole year, as a range.
 */
export function yearIn(
  tokens: SentenceView['tokens'],
  f: { readonly a: number; readonly b: number; readonly verb?: boolean },
):
  | { start: number; end: number; when: { start: string; end: string; granularity: 'year' } }
  | undefined {
  if (f.verb) return undefined
  for (let k = Math.max(0, f.a - 2); k <= Math.min(tokens.length - 1, f.b + 2); k++) {
    const t = tokens[k]!
    if (t.pos !== 'NUM' || !/^(1[89]|20)\d\d$/.test(t.value)) continue
    if (k > f.b && tokens[k - 1]!.lower !== 'of' && tokens[k - 1]!.lower !== 'in') continue
    if (k < f.a && tokens[k + 1] && !/^(NOUN|PROPN|ADJ)$/.test(tokens[k + 1]!.pos)) continue
    return {
      start: t.start,
      end: t.end,
      when: { start: `${t.value}-01-01`, end: `${t.value}-12-31`, granularity: 'year' },
    }
  }
  return undefined
}
