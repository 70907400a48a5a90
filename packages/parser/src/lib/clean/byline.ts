import type { CleaningRule, RuleRemoval } from '../types.js'

const NAME =
  "[\\p{Lu}][\\p{L}'’.-]*(?:\\s+(?:(?:de|van|von|der|da|di|del|la|le|bin|al)\\s+)?[\\p{Lu}][\\p{L}'’.-]*){0,3}"
const BYLINE = new RegExp(
  `^(?:by|written by|words by|reporting by|story by|author:)\\s+(${NAME}(?:\\s*(?:,|and|&)\\s*${NAME}){0,4})(?:\\s*(?:[,|•·–—-]|\\bin\\b)\\s*.{0,60})?$`,
  'iu',
)

/** The author names of a byline line ("By Jane Roe and John Doe" → "Jane Roe and John Doe"), or `null`. */
export function bylineNames(text: string): string | null {
  const t = text.trim()
  if (t.length > 120) return null
  const m = BYLINE.exec(t)
  if (!m) return null
  const names = m[1]!.trim()
  // "By Wednesday the talks…": a byline's names are capitalised words only.
  return /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|This|Then|Now)\b/.test(
    names,
  )
    ? null
    : names
}

/** Removes byline lines ("By Anthony Roe", at the start or end) and records the names (reason `byline`). */
export default function bylineRule(): CleaningRule {
  return {
    name: 'byline',
    apply(blocks) {
      const out: RuleRemoval[] = []
      blocks.forEach((block, index) => {
        if (block.kind === 'timeline-entry') return
        const names = bylineNames(block.text)
        if (names === null) return
        const first = !out.some((r) => r.metadata?.byline)
        out.push({
          index,
          reason: 'byline',
          detail: 'byline: author line',
          ...(first ? { metadata: { byline: { value: names, origin: 'text' as const } } } : {}),
        })
      })
      return out
    },
  }
}
