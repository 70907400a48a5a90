/**
 * A passage between quotation marks: “…”, "…", «…» or „…“, on one line, up to 800 characters
 * (a longer one is more likely two quotes and the text between them).
 */
const quotation = /“([^”\n]{1,800})”|"([^"\n]{1,800})"|«([^»\n]{1,800})»|„([^“”\n]{1,800})[“”]/g

/**
 * The passages of `text` between quotation marks, one a line, in order: the words the quotes
 * section draws in italics, which the PDF worker shapes in the italic faces ahead of the briefing.
 */
export function quotedPassages(text: string): string {
  let out = ''
  for (const match of text.matchAll(quotation)) {
    const passage = match[1] ?? match[2] ?? match[3] ?? match[4] ?? ''
    out = out === '' ? passage : `${out}\n${passage}`
  }
  return out
}
