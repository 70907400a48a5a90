import type { CleaningRule, RuleRemoval } from '../types.js'

/** Photo agencies and picture desks that credit lines name. */
const AGENCY =
  '(?:Getty Images|AFP(?: via Getty Images)?|AP(?: Photo)?|Associated Press|Reuters|EPA(?:-EFE)?|Bloomberg|Shutterstock|Alamy|Anadolu(?: Agency)?|Xinhua|Sipa(?: USA)?|TASS|Sputnik|NurPhoto|Pool|SOPA Images|Zuma(?: Press)?|PA(?: Media| Wire)?|Kyodo|Yonhap|Imago|dpa|ANP|Redux|The Washington Post|The New York Times|Bloomberg via Getty Images|[\\p{Lu}][\\p{L}.&-]*(?: [\\p{Lu}][\\p{L}.&-]*){0,3} via Getty Images)'

/** "…Name—Getty Images", "… Name/AFP", "… (Getty Images) Source Full size" at the end of a caption. */
const CREDIT_TAIL = new RegExp(
  `(?:[\\s.)\\]]|\\p{Ll})(?:[\\p{Lu}][\\p{L}'’.-]*(?:\\s+[\\p{Lu}][\\p{L}'’.-]*){0,3})?\\s*[—–/|]\\s*${AGENCY}(?:\\s+via\\s+[\\p{L} ]{2,40})?\\.?$`,
  'u',
)
const PAREN_CREDIT = new RegExp(
  `\\((?:(?:photo|image|picture)s?:?\\s*)?${AGENCY}\\)(?:\\s+(?:Source\\s+)?(?:Full size|Enlarge|Expand|View gallery|Open gallery))?\\.?$`,
  'iu',
)
const LABEL =
  '(?:[Pp]hoto(?:graph)?s?|[Ii]mages?|[Pp]ictures?|[Ii]llustration|[Pp]hoto illustration|[Vv]ideo|[Cc]redit|[Pp]hoto credit|[Ii]mage credit|[Ii]mage source|PHOTO|IMAGE|CREDIT)'
/**
 * A labelled credit closing a caption: "… Photo: Reuters", "… Photograph: Jane Roe/AP",
 * "… Credit: Jane Roe", "… Photo by Jane Roe", "… (Photo by Jane Roe/Getty Images)".
 */
const LABELLED_CREDIT = new RegExp(
  `(?:^|\\s|(?<=\\p{Ll})(?=\\p{Lu}))(?:${LABEL}\\s*[:：]\\s*[\\p{Lu}\\p{N}][^.!?:\\n]{0,60}|${LABEL} by [\\p{Lu}][^.!?:\\n]{0,60}|\\(${LABEL}\\s*(?:[:：]|by)\\s*[^()\\n]{1,80}\\))\\.?$`,
  'u',
)

/** A line that is only a credit: "Image: BBC", "Photo: Reuters", "(Getty Images)", "Photograph by Jane Roe". */
const PURE_CREDIT = new RegExp(
  `^(?:(?:image|photo|photograph|picture|video|illustration|graphic|credit|photo credit|image source)s?\\s*[:：]\\s*\\S.{0,60}|(?:photo|image|photograph|picture|illustration)s? by \\S.{0,60}|\\(?${AGENCY}\\)?)$`,
  'iu',
)

/** A caption that carries a photo credit at its end. */
export function hasCreditTail(text: string): boolean {
  if (text.length > 500) return false
  // The credit is at the end: test only the tail, which keeps the patterns cheap on long blocks.
  const tail = text.length > 140 ? text.slice(-140) : text
  return CREDIT_TAIL.test(tail) || PAREN_CREDIT.test(tail) || hasLabelledCredit(tail)
}

/** A caption closed by a labelled credit ("… Photo: Reuters", "… (Photo by Jane Roe/AP)"). */
export function hasLabelledCredit(text: string): boolean {
  if (text.length > 500) return false
  const tail = text.length > 140 ? text.slice(-140) : text
  return LABELLED_CREDIT.test(tail)
}

/** A credit line alone. */
export function isPureCredit(text: string): boolean {
  return text.length <= 80 && PURE_CREDIT.test(text.trim())
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase()

/**
 * Removes photo captions and credits: a block ending with a credit ("…Sven Hoppe—Getty Images",
 * "… (Getty Images) Source Full size") is a `caption`; a credit alone ("Image: BBC") a `credit`;
 * a block that repeats the start of a nearby caption (the caption shown twice) a `caption`.
 */
export default function captionRule(): CleaningRule {
  return {
    name: 'caption',
    apply(blocks) {
      const out: RuleRemoval[] = []
      const captions = new Set<number>()
      blocks.forEach((block, index) => {
        if (block.kind === 'timeline-entry') return
        if (isPureCredit(block.text)) {
          captions.add(index)
          out.push({ index, reason: 'credit', detail: 'caption: photo credit line' })
        } else if (
          (block.kind !== 'heading' && hasCreditTail(block.text)) ||
          hasLabelledCredit(block.text)
        ) {
          captions.add(index)
          out.push({
            index,
            reason: 'caption',
            detail: 'caption: photo caption ending with a credit',
          })
        }
      })
      const foldedCaptions = new Map<number, string>()
      for (const r of out)
        if (r.reason === 'caption') foldedCaptions.set(r.index, fold(blocks[r.index]!.text))
      if (foldedCaptions.size === 0) return out
      blocks.forEach((block, index) => {
        if (captions.has(index) || block.kind === 'heading' || block.text.length > 500) return
        const text = fold(block.text)
        if (text.length < 20) return
        for (let k = Math.max(0, index - 3); k <= Math.min(blocks.length - 1, index + 3); k++) {
          const caption = foldedCaptions.get(k)
          if (k === index || caption === undefined) continue
          if (caption.startsWith(text)) {
            out.push({
              index,
              reason: 'caption',
              detail: 'caption: repeats the photo caption beside it',
            })
            break
          }
        }
      })
      return out
    },
  }
}
