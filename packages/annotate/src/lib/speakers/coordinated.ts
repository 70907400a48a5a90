import type { MentionDraft } from '../resolve-entities.js'
import type { BlockState, SpeakerDraft } from './types.js'

const joined = /^\s+(?:and|or)\s+(?:\p{L}+(?:['’]s?)?\s+){0,2}$/u

/**
 * The speaker a named subject gives: the mention's entity, unless it is one of coordinated
 * speakers ("Moscow and Kyiv described", "both X and Y indicated"), which is ambiguous between
 * them. Not the clause conjunction ", and Y said".
 */
export function speakerOfMention(
  st: BlockState,
  m: MentionDraft,
  viaName: 'name' | 'according-to',
): SpeakerDraft {
  const text = st.ctx.text
  const before = text.slice(Math.max(0, m.start - 60), m.start)
  const coord = /[^,\s]\s+(?:and|or)\s+(?:\p{L}+(?:['’]s?)?\s+){0,2}$/u.test(before)
  const after = /^\s+(?:and|or)\s+/u.test(text.slice(m.end, m.end + 6))
  if (coord || after) {
    const others = st.mentions.filter(
      (o) =>
        o !== m &&
        !o.possessive &&
        Math.abs(o.start - m.start) < 80 &&
        joined.test(text.slice(Math.min(o.end, m.end), Math.max(o.start, m.start))),
    )
    const candidates = [...new Set([...others.map((o) => o.key), m.key])]
    const first = others[0]
    const phrase = text.slice(
      first ? Math.min(first.start, m.start) : m.start,
      first ? Math.max(first.end, m.end) : m.end,
    )
    return {
      status: 'ambiguous',
      reason: `said jointly by coordinated speakers ("${phrase}"${others.length === 0 ? ' and another' : ''})`,
      candidates,
    }
  }
  const via = viaName === 'according-to' ? 'according-to' : m.form === 'role' ? 'role' : 'name'
  return { status: 'attributed', key: m.key, via, mention: m }
}
