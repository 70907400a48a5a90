import { foldName, surnameOf } from '../fold-name.js'

/**
 * Person keys. A person's key is the folded surname (`person:kushner`), so one article's
 * spellings are one entity and the same surname in another outlet's article (with another first
 * name: "Rustem" or "Dmytro Umerov") is the same person with a disputed first name. Only when one
 * article names two people with that surname and different first names ("Jared Kushner",
 * "Charles Kushner") does each get a key from the full name (`person:jared-kushner`,
 * `person:charles-kushner`), so they never collide.
 */

/** The given name of a personal name's words: the first word, unless the surname is first ("Choo Kyung-ho"). */
export function givenNameOf(words: readonly string[]): string | undefined {
  if (words.length < 2) return undefined
  const surname = surnameOf(words)
  const given = words[0] === surname ? words[1] : words[0]
  return given
}

const initialOf = (name: string) => /^(\p{Lu})\.?$/u.exec(name)?.[1]

/** Two given names of one person: the same when folded, or an initial of the other ("J." / "Jared"). */
export function sameGivenName(a: string, b: string): boolean {
  if (foldName(a) === foldName(b)) return true
  const ia = initialOf(a)
  const ib = initialOf(b)
  if (ia && ib) return ia === ib
  if (ia) return b.startsWith(ia)
  if (ib) return a.startsWith(ib)
  return false
}

/** A personal name as the article writes it, with the roles it is given there. */
export interface NamedPerson {
  words: readonly string[]
  roles: readonly string[]
}

/** Honorifics say nothing about which of two people is meant. */
const honorificTitles = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'lady', 'lord', 'dame'])

/** The title words of a person's roles ("Ukrainian negotiator" → negotiator). */
function titlesOf(roles: readonly string[], isTitleWord: (lower: string) => boolean): string[] {
  return roles
    .flatMap((r) => r.toLowerCase().split(/\s+/u))
    .map((w) => w.replace(/['’]s$|\.$/gu, ''))
    .filter((w) => isTitleWord(w) && !honorificTitles.has(w))
}

/**
 * The key of each person named with two words or more: `person:<surname>`, or
 * `person:<given>-<surname>` where the article gives that surname to people with different given
 * names. Two given names of one surname that share a role title ("Ukrainian negotiator Dmytro
 * Umerov", "Ukrainian negotiator Rustem Umerov", as an aggregator quoting two outlets writes)
 * are one person with a disputed first name, not two people. `keyOf(words)` answers for any name
 * of the article.
 */
export function personKeys(
  names: Iterable<NamedPerson>,
  isTitleWord: (lower: string) => boolean,
): (words: readonly string[]) => string {
  /** Per folded surname: groups of given names that are one person, with their role titles. */
  const groups = new Map<string, Array<{ givens: string[]; titles: Set<string> }>>()
  for (const { words, roles } of names) {
    const given = givenNameOf(words)
    if (!given || initialOf(given)) continue
    const surname = foldName(surnameOf(words))
    const titles = titlesOf(roles, isTitleWord)
    const list = groups.get(surname) ?? []
    const same = list.filter(
      (g) => g.givens.some((x) => sameGivenName(x, given)) || titles.some((t) => g.titles.has(t)),
    )
    const merged = { givens: [given], titles: new Set(titles) }
    for (const g of same) {
      for (const x of g.givens)
        if (!merged.givens.some((y) => sameGivenName(x, y))) merged.givens.push(x)
      for (const t of g.titles) merged.titles.add(t)
    }
    groups.set(surname, [...list.filter((g) => !same.includes(g)), merged])
  }
  return (words) => {
    const surname = foldName(surnameOf(words))
    const list = groups.get(surname) ?? []
    const given = givenNameOf(words)
    if (list.length < 2 || !given) return `person:${surname}`
    const own = list.find((g) => g.givens.some((x) => sameGivenName(x, given)))
    return `person:${foldName(own?.givens[0] ?? given)}-${surname}`
  }
}

/** A person named so far, as a bare surname may refer to them. */
export interface SurnameHolder {
  key: string
  gender: 'male' | 'female' | 'unknown'
  /** Document positions of the person's full-name mentions. */
  positions: readonly number[]
}

/**
 * The one of several people sharing a surname that a bare surname at `at` refers to: those whose
 * gender fits an honorific ("Mr.", "Mrs.") first, then the one named in full most recently
 * before it, else the first named after it.
 */
export function chooseHolder(
  holders: readonly SurnameHolder[],
  at: number,
  gender: 'male' | 'female' | undefined,
): string | undefined {
  const fit = gender ? holders.filter((h) => h.gender === gender) : holders
  const pool = fit.length > 0 ? fit : holders
  let best: { key: string; before: number; after: number } | undefined
  for (const h of pool) {
    let before = -1
    let after = Number.POSITIVE_INFINITY
    for (const p of h.positions) {
      if (p < at && p > before) before = p
      if (p >= at && p < after) after = p
    }
    if (
      !best ||
      before > best.before ||
      (before === best.before && before < 0 && after < best.after)
    )
      best = { key: h.key, before, after }
  }
  return best?.key
}

/** The gender an honorific right before a name gives ("Mr. Trump", "Mrs May"), if any. */
export function honorificGender(textBefore: string): 'male' | 'female' | undefined {
  const m = /\b(Mr|Mrs|Ms|Miss|Mme|Sir|Dame|Lord|Lady)\.?\s+$/u.exec(textBefore)
  if (!m) return undefined
  return m[1] === 'Mr' || m[1] === 'Sir' || m[1] === 'Lord' ? 'male' : 'female'
}

/**
 * Person candidates of two words or more that are really other people's surnames run together
 * with the next words ("Zelensky Criticizes Trump", "Zelenskyy London talks" in a headline):
 * the first word is the surname of someone else the article names in full, and not a known first
 * name. They are read again word by word, as `split` gives them.
 */
export function splitRunTogetherNames<C extends { kind: string; words: readonly string[] }>(
  perBlock: readonly (readonly C[])[],
  isFirstName: (word: string) => boolean,
  split: (c: C) => C[],
): C[][] {
  const surnames = new Set<string>()
  for (const list of perBlock)
    for (const c of list)
      if (c.kind === 'person' && c.words.length >= 2) surnames.add(foldName(surnameOf(c.words)))
  return perBlock.map((list) =>
    list.flatMap((c) => {
      if (c.kind !== 'person' || c.words.length < 2) return [c]
      const first = c.words[0]!
      const own = foldName(surnameOf(c.words))
      return surnames.has(foldName(first)) && foldName(first) !== own && !isFirstName(first)
        ? split(c)
        : [c]
    }),
  )
}
