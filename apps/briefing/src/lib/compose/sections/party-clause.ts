import type { PositionClaim } from '@parallax/schema'

/** Most words a party's clause may have: a summary is one line. */
const maxWords = 22

/** Most words between the party's name and the object it takes a stance on. */
const maxGap = 8

/** Clause bounds: commas, stops, semicolons, colons, dashes, quotation marks and brackets. */
const bounds = /[,;:–—“”"()[\]]|[.!?](?=\s|$)/g

/**
 * The names a sentence may give a position's holder by, each with the full name it stands for:
 * the party's and the speaker's names, and their last words ('Demirel' for 'Yusuf Demirel').
 */
function namesOf(claim: PositionClaim): Array<{ text: string; full: string }> {
  const names: Array<{ text: string; full: string }> = []
  for (const name of [claim.party.name, claim.by?.name ?? '']) {
    const full = name.trim().replace(/\s+/g, ' ')
    if (!full) continue
    names.push({ text: full, full })
    const last = full.split(' ').pop() as string
    if (last !== full && last.length > 2 && /^\p{Lu}/u.test(last)) names.push({ text: last, full })
  }
  return names
}

/**
 * The position as the sentence tells it, from its holder's name to the end of the object's
 * clause, as a reader would say it: 'Northvale Power denied that its equipment had caused the
 * fire', 'Marta Lobo asked the three-judge panel to send Sarmento to prison for nine years',
 * 'Paulo Azevedo said the defence would challenge the ruling' (the apposition's commas and a
 * relative 'who' dropped). The stance verb is the outlet's own; a party named far from its object
 * keeps only the clause that holds the object ('Demirel … promised to repay the club's trust'
 * → 'Demirel promised to repay the club's trust with goals'). `null` when the sentence names the
 * holder nowhere before the object, or the clause would run past one line.
 */
export function partyClause(claim: PositionClaim, sentence: string): string | null {
  const object = claim.object.trim()
  const at = sentence.toLowerCase().indexOf(object.toLowerCase())
  if (at < 0 || object.length === 0) return null
  const end = clauseEnd(sentence, at + object.length)
  const name = nearestName(claim, sentence.slice(0, at))
  if (!name) return null
  // An opening article stays with a common noun ('The company denied …'); a surname is said in
  // full ('Lobo' → 'Marta Lobo').
  const article = /(?:^|\s)(the)\s+$/i.exec(sentence.slice(0, name.start))
  const holder = article && /^\p{Ll}/u.test(name.text) ? `the ${name.text}` : name.full
  let between: string | null = sentence.slice(name.end, at)
  // A name used as a modifier ('the Trump administration', 'Trump’s envoy') or as an object
  // ('meets Trump at Davos') does not hold the position.
  if (article && /^\p{Lu}/u.test(name.text)) return null
  if (/^(?:['’]s\b|\s+\p{Lu}|\s+(?:at|in|on|of|for|with|to|from|by|and|or)\b)/u.test(between))
    return null
  between = gap(between)
  if (between === null) return null
  const rest = sentence.slice(at, end).trim()
  const clause = `${holder}${between.replace(/\s+/g, ' ').replace(/^(?! )/, ' ')}${rest}`
    .replace(/\s+/g, ' ')
    .replace(/[,\s]+$/u, '')
    .trim()
  if (words(clause) > maxWords || /[“”"]/.test(clause)) return null
  return clause.replace(/^\p{Ll}/u, (c) => c.toUpperCase())
}

/** Where the object's clause ends: the first bound at or after `from`, else the sentence's end. */
function clauseEnd(sentence: string, from: number): number {
  for (const found of sentence.matchAll(bounds)) {
    const index = found.index ?? 0
    if (index >= from) return index
  }
  return sentence.length
}

/**
 * The holder's mention nearest the object in the text before it; of two that end there, the
 * longer ('Northvale Power', not 'Power').
 */
function nearestName(
  claim: PositionClaim,
  before: string,
): { start: number; end: number; text: string; full: string } | null {
  let name: { start: number; end: number; text: string; full: string } | null = null
  for (const { text, full } of namesOf(claim)) {
    const index = before.lastIndexOf(text)
    if (index < 0) continue
    const end = index + text.length
    if (!name || end > name.end || (end === name.end && text.length > name.text.length))
      name = { start: index, end, text, full }
  }
  return name
}

/**
 * The words between the holder and the object, without apposition and relative commas ('Donal
 * Brennan, rejected', 'Dale Rourke, who urged'); far from the object or across a quotation, only
 * the clause that holds it ('… and promised to repay …'); `null` when that is still too far.
 */
function gap(between: string): string | null {
  let rest = between.replace(/^\s*,\s*(?:who\s+|which\s+)?/u, ' ').replace(/\s*,\s*$/u, ' ')
  const far = (text: string) => words(text) > maxGap || /[“”"]/.test(text)
  if (!far(rest)) return rest
  const join = /(?:,|\band\b|\bbut\b)\s+(?=[^,]*$)/iu.exec(rest)
  if (!join) return null
  rest = ` ${rest.slice((join.index ?? 0) + join[0].length)}`
  return far(rest) ? null : rest
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length
