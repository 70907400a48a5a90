/**
 * Name spelling folds: transliteration variants of one name (Zelensky / Zelenskyy / Zelenskiy,
 * Kiril / Kirill) fold to one form, or lie one edit apart, and are never a conflict.
 */

/** Diacritics stripped, lower-cased, common transliteration differences folded. */
export function foldName(name: string): string {
  let hit = folds.get(name)
  if (hit === undefined) {
    hit = fold(name)
    if (folds.size > 100_000) folds.clear()
    folds.set(name, hit)
  }
  return hit
}

const folds = new Map<string, string>()

function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/kh/g, 'h')
    .replace(/[yj]/g, 'i')
    .replace(/w/g, 'v')
    .replace(/ck/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/(.)\1+/g, '$1')
}

/** Levenshtein distance (small strings: names). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    }
    prev = cur
  }
  return prev[b.length]!
}

const VOWEL = /[aeiou]/

/**
 * True when two written forms are spellings of one name: equal after folding, or one edit apart
 * where that edit adds or drops a letter or swaps one vowel for another (Kiril / Kirill,
 * Aleksandr / Alexandr), or the same consonants with up to two vowels written differently
 * (Mohammed / Muhammad). One consonant put for another makes a different name (Hakan / Hasan,
 * Mark / Mack), however close the letters.
 */
export function sameNameSpelling(a: string, b: string): boolean {
  const fa = foldName(a)
  const fb = foldName(b)
  if (fa === fb) return true
  if (vowelsOnly(fa, fb)) return true
  if (Math.min(fa.length, fb.length) < 4 || editDistance(fa, fb) > 1) return false
  if (fa.length !== fb.length) return true
  const i = [...fa].findIndex((ch, k) => ch !== fb[k])
  return VOWEL.test(fa[i]!) && VOWEL.test(fb[i]!)
}

/**
 * Transliterations that write a name's vowels differently (Mohammed / Muhammad, Aleksei /
 * Alexey): the same length (five letters or more), the same consonants in the same places, at
 * most two vowels put for other vowels, and never the last letter, which often marks another
 * name or gender (Maria / Mario).
 */
function vowelsOnly(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 5) return false
  let changed = 0
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue
    if (i === a.length - 1 || !VOWEL.test(a[i]!) || !VOWEL.test(b[i]!)) return false
    changed++
  }
  return changed <= 2
}

/** The first name of a full name ("Rustem Umerov" → "Rustem"), or null for one word. */
export function firstName(name: string): string | null {
  const parts = name.trim().split(/\s+/)
  return parts.length >= 2 ? parts[0]! : null
}

/** The last word of a name ("Rustem Umerov" → "Umerov"). */
export function surname(name: string): string {
  const parts = name.trim().split(/\s+/)
  return parts[parts.length - 1]!
}
