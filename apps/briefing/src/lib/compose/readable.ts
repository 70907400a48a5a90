import type { QuantityClaim } from '@parallax/schema'
import { capitalise, isDuration, pluralUnit } from './describe.js'

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length

/**
 * Openings that lean on the sentence before (a pronoun, a contrast, a continuation), a `such`
 * that points back ('any such concessions') and a `this`/`these`/`those` naming something said
 * before ('rejected this ultimatum'; not a time: 'this week'), and a quote given to a pronoun
 * (`“…,” he said.`): such a sentence reads badly alone.
 */
const leaning =
  /[”"’],?\s+(?:he|she|they|it)\s+(?:said|says|told|added|adds|wrote|warned|insisted)\b|^(?:[“"‘']?)(?:he|she|they|it|this|these|those|that|his|her|their|its|but|and|so|yet|however|meanwhile|conversely|nevertheless|instead|still|also|in contrast|in return|by contrast|at the same time|echoing that)\b|\bsuch\b(?!\s+as\b)|\b(?:this|these|those)\s+(?!(?:week|weekend|month|year|morning|afternoon|evening|night|time|season|spring|summer|autumn|fall|winter|decade|century|days?|weeks|months|years)\b)\p{Ll}/iu

/** True when the sentence leans on the one before it (see `leaning`). */
export function leansOnContext(sentence: string): boolean {
  return leaning.test(sentence.trim())
}

/**
 * Three or more words in capitals in a row at the start, not a dateline's place before its comma
 * or agency (`LISBON, …`, `LOS ANGELES COUNTY (AP) — …`).
 */
const masthead = /^[“"‘']?(?:\p{Lu}[\p{Lu}\p{M}'’&-]+\s+){2}\p{Lu}[\p{Lu}\p{M}'’&-]+\b(?!,|\s+\()/u

/**
 * Why a source sentence is not a whole sentence a reader can take alone, or `null`:
 * `'quote-open'` (a quotation opens or closes in another sentence: `“Russia greets… States.`,
 * `It’s easy,” Trump said.`), `'no-stop'` (no closing stop: a headline, a caption),
 * `'lower-case'` (it opens mid-sentence), `'masthead'` (it opens on a run of three or more
 * capitalised words, a page's masthead or section line run into the story: `THE DAILY POST WORLD
 * Monday …`).
 */
export function fragmentReason(
  sentence: string,
): 'quote-open' | 'no-stop' | 'lower-case' | 'masthead' | null {
  const text = sentence.trim()
  if (masthead.test(text)) return 'masthead'
  let depth = 0
  let broken = false
  for (const ch of text) {
    if (ch === '“') depth += 1
    else if (ch === '”') {
      if (depth === 0) broken = true
      else depth -= 1
    }
  }
  const straight = (text.match(/"/g) ?? []).length
  if (broken || depth !== 0 || straight % 2 === 1) return 'quote-open'
  if (!/[.!?…]["'”’)\]]*$/u.test(text)) return 'no-stop'
  if (/^["“‘']?\p{Ll}/u.test(text)) return 'lower-case'
  return null
}

/**
 * True when a sentence can stand alone in a list of facts: 6 to 45 words, whole (no
 * `fragmentReason`) and not leaning on the sentence before.
 */
export function standsAlone(sentence: string): boolean {
  const words = wordCount(sentence)
  return words >= 6 && words <= 45 && fragmentReason(sentence) === null && !leansOnContext(sentence)
}

/** Participles that end a subject which is a clause, not a noun ('investors lost'). */
const participles = new Set([
  'lost',
  'sent',
  'put',
  'run',
  'held',
  'paid',
  'won',
  'made',
  'given',
  'taken',
  'seen',
  'done',
  'spent',
  'left',
  'told',
  'said',
  'got',
  'kept',
  'brought',
  'found',
  'set',
  'cut',
  'hit',
  'sought',
  'gave',
  'took',
  'rose',
  'fell',
  'began',
  'bought',
  'caught',
  'thought',
  'grew',
  'saw',
])

/** Words that open a place or a relation, not a noun phrase ('west of Kalamata', 'of the talks'). */
const relationOpening =
  /^(?:of|in|on|at|to|from|for|by|with|into|over|under|near|(?:north|south)?(?:east|west)(?:ward)?|north|south)$/

/**
 * True when a figure's subject reads as the noun phrase a templated sentence needs ("put the
 * death toll at 9", "say the talks lasted 6 hours"): it names more than its unit (not 'years'
 * for 8 years, not 'investors lost' for 4,100 investors), and, unless the figure is a length of
 * time, it is two words or more that do not end on a verb ('put', 'received', 'investors lost').
 */
export function subjectReadsWell(claim: Pick<QuantityClaim, 'subject' | 'unit'>): boolean {
  const words = claim.subject
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w))
  // 'west of Kalamata' is a place, 'own savings' lacks whose.
  if (words.length === 0 || relationOpening.test(words[0] as string) || words[0] === 'own')
    return false
  const unit = claim.unit?.toLowerCase()
  if (unit && words.some((w) => w === unit || w === pluralUnit(unit))) return false
  if (isDuration(claim)) return true
  if (words.length < 2) return false
  return !endsOnVerb(claim.subject)
}

/** True when a phrase ends on a participle or past tense ('investors lost', 'delegations reconvened'). */
export function endsOnVerb(phrase: string): boolean {
  const last = phrase.trim().toLowerCase().split(/\s+/).pop() ?? ''
  return participles.has(last) || (/ed$/.test(last) && !/(?:ee|hundr)ed$/.test(last))
}

/** Month names and their short forms, for a date written before a digest's entry. */
const month =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?'

/**
 * A wire dateline before the story, with a date or an agency: `LISBON, March 12 (Reuters) - `,
 * `KYIV (AP) — `, `ATHENS, Greece (AP) — ` (not `US - China talks…`).
 */
const dateline = new RegExp(
  `^\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}(?:, ${month} \\d{1,2}(?: \\([^)]{1,40}\\))?|(?:, \\p{Lu}[\\p{L} .'’-]{1,30})? \\([^)]{1,40}\\)) [-–—] (?=\\p{Lu})`,
  'u',
)

/** A date that opens a digest's entry: `Dec 1 2025 – `, `Oct 2022 – `, `Dec 6-7 2025 – `. */
const datePrefix = new RegExp(
  `^(?:${month} (?:\\d{1,2}(?:[-–]\\d{1,2})?,? )?\\d{4}|\\d{1,2} ${month} \\d{4}|\\d{4}-\\d{2}(?:-\\d{2})?) [-–—:] (?=\\S)`,
  'u',
)

/**
 * A sentence without the furniture before it: a wire dateline always, and, when `dated` (the
 * row already shows the date), the date that opens a digest's entry. The rest is a substring of
 * the cited sentence, so the citation still leads to it.
 */
export function withoutLead(sentence: string, dated = false): string {
  let text = sentence.replace(dateline, '')
  if (dated) text = text.replace(datePrefix, '')
  return text.length > 0 && text !== sentence ? capitalise(text) : sentence
}
