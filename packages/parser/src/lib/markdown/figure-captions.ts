/**
 * Figure captions a crawl keeps apart from their image. An HTML figure sets its caption and the
 * photo credit in a `figcaption`; turned into Markdown, the caption and its credit become two
 * lines of their own ("Duck fluff and feathers drying." / "Photo: Getty Images"), often with a
 * lazy-loaded image lost above them. A credit line alone is read as such by the caption rule;
 * the caption beside it is recognised by its place: the line right before the credit, with no
 * image between them (a credit under an image below a paragraph belongs to that image, not to
 * the paragraph). The line after a credit is not read so: under a page's lead image and its
 * credit comes the article's first paragraph. Holds in any language that credits photos with a
 * "Photo:" label or a photographer and agency.
 */
import { hasCreditTail, isPureCredit } from '../clean/captions.js'
import type { DraftBlock } from '../types.js'
import { type Gone, proseWords, take } from './page-facts.js'

/** Longest caption (a caption names who, where and when in a sentence or two). */
const CAPTION_WORDS = 60
/** Longest credit line read by its credit tail ("Natalie Naccache | Bloomberg | Getty Images"). */
const CREDIT_WORDS = 8

/**
 * A credit that says it is one: a label ("Photo:", "Photo by") or a photographer and agency joined
 * by a bar, slash or dash; an agency's name alone may be a wire story's byline ("Associated Press").
 */
const NAMES_A_CREDIT =
  /[|/—–]|\b(?:photo|image|picture|illustration|credit|foto|bild|imagem|imagen)\w*\b/iu

const isCreditLine = (text: string) =>
  isPureCredit(text) || (proseWords(text) <= CREDIT_WORDS && hasCreditTail(text))

/**
 * Marks as `caption` the paragraph right before a credit line with no image between them.
 * `images` are the source spans of the page's images.
 */
export function figureCaptions(
  blocks: readonly DraftBlock[],
  gone: Gone,
  images: readonly { start: number; end: number }[],
): void {
  const imageBetween = (from: number, to: number) =>
    images.some((s) => s.start >= from && s.end <= to)
  const caption = (i: number) => {
    const block = blocks[i]
    return (
      block !== undefined &&
      !gone.has(i) &&
      block.kind === 'paragraph' &&
      proseWords(block.text) <= CAPTION_WORDS &&
      !isCreditLine(block.text) &&
      // A caption with its own credit keeps the caption rule's reason.
      !hasCreditTail(block.text)
    )
  }
  slideCaptions(blocks, gone, caption)
  for (let i = 1; i < blocks.length; i++) {
    const text = blocks[i]!.text.trim()
    if (!isCreditLine(text) || !NAMES_A_CREDIT.test(text)) continue
    if (caption(i - 1) && !imageBetween(blocks[i - 1]!.span.end, blocks[i]!.span.start))
      take(gone, i - 1, 'caption', 'caption: the line above a photo credit')
  }
}

/** A slideshow's counter ("Image 1 of 8", "Photo 3 / 12"). */
const SLIDE_COUNTER = /^(?:image|photo|picture|slide)\s+\d+\s*(?:of|\/)\s*\d+$/i
/**
 * A slide's caption with its counter run into it, as converters join a gallery's counter and
 * caption elements ("2of4A shopper looks at extension cords …"): prose never writes "2of4".
 */
const GLUED_SLIDE = /^(\d{1,3})of(\d{1,3})(?=[^\s\d])/
/** Most lines of a slide's caption between its counter and its credit. */
const SLIDE_LINES = 3

/**
 * Marks as `caption` the lines of a slideshow's slide: from its counter ("Image 1 of 8") to the
 * photo credit that closes it, when one does within a few lines (without a credit, nothing: the
 * article may go on under a gallery).
 */
function slideCaptions(
  blocks: readonly DraftBlock[],
  gone: Gone,
  caption: (i: number) => boolean,
): void {
  for (let i = 0; i < blocks.length; i++) {
    const glued = GLUED_SLIDE.exec(blocks[i]!.text.trim())
    if (glued && Number(glued[1]) <= Number(glued[2])) {
      take(gone, i, 'caption', 'caption: a slide of a slideshow, its counter run into it')
      continue
    }
    if (!SLIDE_COUNTER.test(blocks[i]!.text.trim())) continue
    let j = i + 1
    while (j <= i + SLIDE_LINES && caption(j)) j++
    const credit = blocks[j]
    if (j === i + 1 || !credit || !isCreditLine(credit.text.trim())) continue
    for (let k = i + 1; k < j; k++) take(gone, k, 'caption', 'caption: a slide of a slideshow')
  }
}
