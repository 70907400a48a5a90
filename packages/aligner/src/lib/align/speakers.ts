import type { Actor } from '@parallax/schema'
import { words } from '../lexical/words.js'
import type { ClaimFeatures } from './features.js'

/**
 * True when the body named as the speaker in its own sentence ('Norsea Lines called …') is
 * named in the other speaker's title ('Norsea Lines chief executive Anders Hallgren'): words
 * given to a company or an office are spoken through its people, so the two are one source.
 * A body resolved from a pronoun ('he told …') is no body speaking: that stays a person.
 */
export function speaksFor(
  body: { m: ClaimFeatures; actor: Actor },
  officer: { actor: Actor },
): boolean {
  if (!officer.actor.role || !body.m.claim.text.includes(body.actor.name)) return false
  const name = words(body.actor.name)
  const role = words(officer.actor.role)
  if (name.length === 0) return false
  for (let i = 0; i + name.length <= role.length; i++)
    if (name.every((w, k) => role[i + k] === w)) return true
  return false
}

/** Verbs that attribute words to the name next to them ('Petr Lind said', 'said Petr Lind'). */
const SAID = 'said|says|told|added|explained|insisted|warned|stated'

/**
 * For a quote with no speaker, the person its sentence names in full when the name stands right
 * before or after a verb of saying ('"…," mission manager Petr Lind said'): the sentence's own
 * words make that person the speaker. Else null (a name elsewhere may be whom the words are
 * about).
 */
export function saidBy(m: ClaimFeatures): Actor | null {
  if (m.claim.kind !== 'quote' || !m.named) return null
  const name = m.named.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const next = new RegExp(`${name}\\s+(?:${SAID})\\b|\\b(?:${SAID})\\s+${name}`, 'u')
  return next.test(m.claim.text) ? m.named : null
}
