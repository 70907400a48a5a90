/**
 * Latin letters that Unicode does not decompose into a base letter and a mark (so NFD leaves
 * them), with their usual ASCII transliteration: Nordic, Icelandic, Polish, Croatian, German.
 */
const undecomposed: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  å: 'a',
  ð: 'd',
  þ: 'th',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ı: 'i',
}

/** Printable ASCII only: nothing for NFD, mark stripping or the table above to change. */
const ascii = /^[ -~]*$/u

/** Lower-case, strip accents and transliterate letters NFD leaves alone ("Þórðar" → "thordar"). */
export function asciiLetters(name: string): string {
  if (ascii.test(name)) return name.toLowerCase()
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[øæœåðþßłđı]/gu, (c) => undecomposed[c] ?? c)
}

/**
 * Fold a name for matching across spellings and transliterations: strip accents and
 * apostrophes, lower-case, and merge common transliteration endings ("Zelenskyy",
 * "Zelenskiy", "Zelenski" → "zelensky"; "Dmitriyev" → "dmitriev").
 */
export function foldName(name: string): string {
  let s = asciiLetters(name).replace(/['’.\s-]/gu, '')
  s = s.replace(/(?:yy|iy|ii|yi|ij)$/u, 'y').replace(/ski$/u, 'sky')
  s = s.replace(/iye/gu, 'ie')
  return s
}

/** A slug for keys: accents stripped, lower-case, words joined by hyphens. */
export function slug(name: string): string {
  return asciiLetters(name)
    .replace(/['’]/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '')
}

const suffixes = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])

/** The surname of a personal name: its last word, skipping generational suffixes. */
export function surnameOf(words: readonly string[]): string {
  // Family name first before a hyphenated given name ("Choo Kyung-ho", "Lee Jae-myung").
  const lastWord = words[words.length - 1] ?? ''
  if (words.length === 2 && /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{2,5}$/u.test(lastWord)) return words[0]!
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!
    if (!suffixes.has(w.toLowerCase().replace(/\.$/u, '')) || i === 0) return w
  }
  return words[words.length - 1] ?? ''
}
