import { namesSite } from '../title-split.js'

/**
 * The subject of a sentence that describes an organisation: up to five capitalised words, an
 * optional company suffix, then "is a/an/the", "was founded", "employs" or "is headquartered"
 * (not any verb: "TIME has reached out to …" is the article speaking).
 */
const SUBJECT =
  /^(?:About\s+)?((?:\p{Lu}[\p{L}\p{N}&.'’-]*\s?){1,5}?)(?:,?\s+(?:Inc|Ltd|LLC|AG|GmbH|PLC|SA|NV|Corp)\.?,?)?\s+(?:(?:is|are)\s+(?:a|an|the|one of the)\s|was founded\b|employs\b|is headquartered\b)/u

/**
 * Whether a paragraph is the site describing itself ("Ascom is a global solutions provider …",
 * "About Acme: Acme, Inc. is …"): its subject names the site by its host or stated site name
 * (see `namesSite`). Press releases and company blogs close with such a paragraph, which is
 * not part of the news they carry.
 */
export function describesTheSite(text: string, host: string | null, site: string | null): boolean {
  const subject = SUBJECT.exec(text.trim())?.[1]?.trim()
  return subject !== undefined && namesSite(subject, host, site)
}
