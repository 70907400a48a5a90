/** Elements whose content is never readable article text. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'title',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'picture',
  'img',
  'button',
  'input',
  'select',
  'textarea',
  'option',
  'datalist',
  'dialog',
  'map',
])

/** Elements that start a new block of text: their content never runs into their neighbours'. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
])

/** Heading level of `h1`…`h6`, or 0. */
export function headingLevel(tagName: string): number {
  if (tagName.length === 2 && tagName.charCodeAt(0) === 104 /* h */) {
    const level = tagName.charCodeAt(1) - 48
    if (level >= 1 && level <= 6) return level
  }
  return 0
}
