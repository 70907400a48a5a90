import { createRequire } from 'node:module'

/**
 * Deciding whether a word broken at a line end with a hyphen is one word (`negoti-` + `ations`)
 * or a true compound (`ultra-` + `conservative`). In order:
 *
 * 1. The document itself: if the joined form appears elsewhere, join; if the hyphenated form
 *    does, keep the hyphen.
 * 2. Prefixes that English writes with a hyphen (`ultra-`, `self-`, `non-`, `anti-`, `ex-`…): keep.
 * 3. Prefixes written solid (`inter`, `under`, `trans`…) and second halves that are only
 *    suffixes (`-ations`, `-ment`, `-ing`…): join.
 * 4. An English word list (an-array-of-english-words, ~275,000 words): the joined form is a
 *    word (`nego` + `tiations`): join; both halves are words but the joined form is not (`long` +
 *    `term`): keep.
 * 5. Otherwise keep the hyphen when both halves look like words of their own (the left at
 *    least 4 letters, the right at least 5), else join: a syllable break leaves a fragment.
 */
const require = createRequire(import.meta.url)
let wordList: ReadonlySet<string> | undefined

/** The English word list, loaded on first use (about 40 ms) and kept for the process. */
function englishWords(): ReadonlySet<string> {
  wordList ??= new Set(require('an-array-of-english-words') as string[])
  return wordList
}

export function shouldJoinHyphenated(
  left: string,
  right: string,
  vocabulary?: ReadonlySet<string> | null,
): boolean {
  const l = left.toLowerCase()
  const r = right.toLowerCase()
  if (vocabulary) {
    if (vocabulary.has(`${l}-${r}`)) return false
    if (vocabulary.has(l + r)) return true
  }
  if (HYPHENATED_PREFIXES.has(l)) return false
  if (SOLID_PREFIXES.has(l)) return true
  if (SUFFIX_FRAGMENTS.has(r)) return true
  if (COMPOUND_HEADS.has(r)) return false
  const words = englishWords()
  if (words.has(l + r)) return true
  if (words.has(l) && words.has(r)) return false
  return !(l.length >= 4 && r.length >= 5)
}

const HYPHENATED_PREFIXES = new Set([
  'ultra',
  'self',
  'non',
  'anti',
  'ex',
  'all',
  'neo',
  'quasi',
  'pseudo',
  'well',
  'half',
  'cross',
  'semi',
  'pro',
  'vice',
  'long',
  'short',
  'high',
  'low',
  'full',
  'far',
  'near',
  'much',
  'so',
  'first',
  'second',
  'third',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'two',
  'three',
  'one',
])

const SOLID_PREFIXES = new Set([
  'inter',
  'intra',
  'trans',
  'under',
  'over',
  'super',
  'sub',
  'dis',
  'mis',
  'un',
  'in',
  'im',
  'con',
  'com',
  'de',
  're',
  'be',
  'en',
  'ac',
  'ad',
  'ap',
  'ar',
  'at',
  'ob',
  'op',
  'per',
])

const SUFFIX_FRAGMENTS = new Set([
  'ation',
  'ations',
  'tion',
  'tions',
  'sion',
  'sions',
  'ment',
  'ments',
  'ing',
  'ings',
  'ness',
  'ity',
  'ities',
  'ance',
  'ances',
  'ence',
  'ences',
  'ous',
  'ive',
  'ives',
  'ible',
  'able',
  'ably',
  'ally',
  'ial',
  'ical',
  'ically',
  'ism',
  'isms',
  'ist',
  'ists',
  'ized',
  'ised',
  'ize',
  'ise',
  'izes',
  'ises',
  'izing',
  'ising',
  'ure',
  'ures',
  'ture',
  'tures',
  'ly',
  'ed',
  'er',
  'ers',
  'est',
  'ful',
  'less',
  'ant',
  'ants',
  'ent',
  'ents',
  'ary',
  'ory',
  'ery',
  'ic',
  'ics',
  'al',
  'als',
  'ated',
  'ating',
  'ate',
  'ates',
  'ency',
  'ancy',
  'ician',
  'icians',
  'ative',
  'atives',
  'ular',
  'ulation',
  'ulations',
  'ional',
  'ionally',
  'ership',
  'erships',
  'ward',
  'wards',
  'ty',
  'ties',
  'ry',
  'ries',
  'ny',
  'nies',
  'cy',
  'cies',
  'gy',
  'gies',
])

/** Second halves that mostly stand as their own word after a hyphen (`Kremlin-backed`). */
const COMPOUND_HEADS = new Set([
  'based',
  'led',
  'backed',
  'owned',
  'run',
  'made',
  'born',
  'term',
  'scale',
  'level',
  'year',
  'old',
  'time',
  'wide',
  'free',
  'like',
  'style',
  'type',
  'controlled',
  'brokered',
  'mediated',
  'friendly',
  'known',
  'driven',
  'related',
  'linked',
  'focused',
  'oriented',
  'speaking',
  'up',
  'off',
  'out',
  'in',
  'on',
  'down',
  'over',
  'day',
  'week',
  'month',
  'hour',
  'point',
  'way',
])
