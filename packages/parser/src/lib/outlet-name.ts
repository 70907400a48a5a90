import { english } from '@parallax/annotate/english'
import { OUTLETS_BY_HOST } from './outlets.js'

const KNOWN = new Set(
  [...english.newsAgencies, ...Object.values(OUTLETS_BY_HOST)].map((name) => name.toLowerCase()),
)

/** Head words of outlet names: "… News", "The … Times", "… Press", "… Agency". */
const OUTLET_WORD =
  /\b(?:News|Newswire|Times|Post|Journal|Press|Herald|Tribune|Guardian|Telegraph|Gazette|Chronicle|Observer|Independent|Daily|Weekly|Wire|Agency|Media|Radio|Television|TV|Magazine|Insider|Today|Standard|Mirror|Express|Examiner|Courier|Dispatch|Bulletin|Monitor)\b/

/**
 * Whether a short name reads as a news outlet: a known outlet or news agency, or 1–6
 * capitalised words with an outlet head word ("Bay City Herald", "Channel 9 News").
 */
export function isOutletName(text: string): boolean {
  const t = text.trim().replace(/[.]$/, '')
  if (t.length < 2 || t.length > 60) return false
  if (KNOWN.has(t.toLowerCase())) return true
  const words = t.split(/\s+/)
  if (words.length > 6) return false
  if (!words.every((w) => /^(?:[\p{Lu}\p{N}&]|of$|the$|and$|de$|la$|el$)/u.test(w))) return false
  return OUTLET_WORD.test(t)
}
