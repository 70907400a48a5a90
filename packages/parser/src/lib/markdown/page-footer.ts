/**
 * What a crawled page sets after its article that no heading announces (genre rules, never a
 * site's name):
 * - the page's own title repeated below the headline (share cards, "next up" and pagination
 *   widgets print it again): the article's text never restates its headline word for word;
 * - keyword lists as the page's metadata writes them ("retire early,Early retirement,Personal
 *   Finance"): phrases joined by commas with no space after them, which no writer types;
 * - the newsletter sign-up form that closes many pages: its pitch, consent line and the
 *   messages of its states ("Thanks for signing up!", "You have been successfully subscribed!"),
 *   from its first line that names the sign-up to the page's end, read only in the page's last
 *   run of headings and short lines, so an article's own paragraph about a newsletter stays.
 */
import type { DraftBlock, FoundMetadata } from '../types.js'
import { fold, type Gone, isProse, proseWords, take } from './page-facts.js'

/** Phrases glued by commas without a space ("a,b,c"): at least this many commas. */
const GLUED_COMMAS = 3
/**
 * Words of a sign-up form (English and the stems of the other languages of the web's largest
 * sites: "Newsletter", "abonnieren", "s'abonner", "suscríbete", "inscreva-se", "iscriviti").
 */
const SIGN_UP =
  /\b(?:newsletters?|e-?mail (?:alerts|updates)|sign(?:ing)? up|signed up|unsubscribe|subscri(?:be|bed|bing)|opt-in|your inbox|no spam)\b|\b(?:abonn|suscr[ií]b|inscr[eé]v|iscriv|assine)\p{L}*/iu
/** Longest line of a sign-up form (its consent line can be long). */
const FORM_LINE_WORDS = 40
/** Blocks of the page's last run that are not sign-up lines are short: headings, labels, buttons. */
const SHORT_LINE_WORDS = 25

/** Whether `text` is phrases glued by commas with no space after them (a keyword list). */
export function isKeywordList(text: string): boolean {
  const t = text.trim()
  const glued = t.match(/[^\s,],(?=[^\s,\d])/gu)?.length ?? 0
  return glued >= GLUED_COMMAS && !/[.!?…。]\s*$/.test(t) && !/,\s/.test(t)
}

/** Whether a block is a line of a newsletter sign-up form. */
export const isSignUpLine = (block: DraftBlock) =>
  proseWords(block.text) <= FORM_LINE_WORDS && SIGN_UP.test(block.text)

/** The page's title repeated after the headline, keyword lists and the closing sign-up form. */
export function pageFooter(
  blocks: readonly DraftBlock[],
  gone: Gone,
  headline: number,
  metadata: FoundMetadata,
): void {
  const title = metadata.title ? fold(metadata.title.value) : ''
  for (let i = headline + 1; i < blocks.length; i++) {
    if (gone.has(i)) continue
    const text = blocks[i]!.text
    if (title.length > 0 && proseWords(text) >= 3 && fold(text) === title)
      take(gone, i, 'title', 'title: the page title repeated below the headline')
    else if (isKeywordList(text))
      take(gone, i, 'navigation', 'navigation: a keyword list (phrases glued by commas)')
  }
  signUpForm(blocks, gone, headline)
}

/**
 * The sign-up form closing the page: within the page's last run of sign-up lines, headings and
 * short lines (up to its last paragraph of other prose), everything from the first sign-up line on.
 */
function signUpForm(blocks: readonly DraftBlock[], gone: Gone, headline: number): void {
  let first = -1
  for (let i = blocks.length - 1; i > headline; i--) {
    if (gone.has(i)) continue
    const block = blocks[i]!
    if (isSignUpLine(block)) first = i
    else if (
      block.kind !== 'heading' &&
      (isProse(block) || proseWords(block.text) > SHORT_LINE_WORDS)
    )
      break
  }
  if (first < 0) return
  for (let i = first; i < blocks.length; i++)
    take(gone, i, 'promotion', 'promotion: the newsletter sign-up form closing the page')
}
