import type { Entity, Mention } from '@parallax/schema'
import type { Placed, SentenceView } from './context.js'

export type PlacedMention = Placed<Mention> & { readonly entity: Entity }

/** Mentions lying within `[start, end)` of the sentence's readable text, in order. */
export function mentionsWithin(view: SentenceView, start: number, end: number): PlacedMention[] {
  return view.mentions.filter((m) => m.start >= start && m.end <= end)
}

/**
 * The actor a clause is about: the last mention of a person, organisation or party that ends
 * before `offset` and starts at or after `from`, and is not the object of a preposition
 * ('according to X', 'with X').
 */
export function subjectBefore(
  view: SentenceView,
  from: number,
  offset: number,
  places = false,
): PlacedMention | undefined {
  let found: PlacedMention | undefined
  for (const m of view.mentions) {
    if (m.start < from || m.end > offset) continue
    if (m.entity.kind === 'place' && !places) continue
    const left = view.text.slice(Math.max(0, m.start - 12), m.start)
    if (/\b(to|with|by|from|against|on|for|of|in|at|between|and)\s+(the\s+)?$/i.test(left)) continue
    if (/^['’]s\b/.test(view.text.slice(m.end, m.end + 3))) continue
    found = m
  }
  return found
}

/** The mention that ends right before a possessive `’s` at `offset`, if any. */
export function possessorAt(view: SentenceView, offset: number): PlacedMention | undefined {
  return view.mentions.find((m) => m.end === offset || m.end === offset - 1)
}
