import type { RemovalReason } from '@parallax/schema'
import { attribute, type ElementNode as Element, hasAttribute } from './tree.js'

/** What kind of boilerplate an element holds, judged from its tag, role, class and id. */
export type BoilerplateKind =
  | 'navigation'
  | 'share'
  | 'related'
  | 'comments'
  | 'caption'
  | 'notice'
  | 'promotion'
  | 'byline'
  | 'credit'
  | 'sidebar'
  | 'footer'
  | 'header'
  | 'meta'
  | 'hidden'

/** Removal reason and explanation of each boilerplate kind. */
export const BOILERPLATE_REASONS: Readonly<
  Record<BoilerplateKind, { reason: RemovalReason; detail: string }>
> = {
  navigation: { reason: 'navigation', detail: 'navigation menu' },
  share: { reason: 'promotion', detail: 'share or follow bar' },
  related: { reason: 'related-links', detail: 'related or recommended links' },
  comments: { reason: 'boilerplate', detail: 'comments section' },
  caption: { reason: 'caption', detail: 'image or media caption' },
  notice: { reason: 'promotion', detail: 'cookie, subscription or newsletter notice' },
  promotion: { reason: 'promotion', detail: 'advertisement or promotion' },
  byline: { reason: 'byline', detail: 'byline or author box' },
  credit: { reason: 'credit', detail: 'photo credit or copyright line' },
  sidebar: { reason: 'boilerplate', detail: 'sidebar' },
  footer: { reason: 'boilerplate', detail: 'footer' },
  header: { reason: 'boilerplate', detail: 'page or article header' },
  meta: { reason: 'boilerplate', detail: 'tags, dates or other article metadata' },
  hidden: { reason: 'markup', detail: 'hidden element' },
}

const TAG_KINDS: Readonly<Record<string, BoilerplateKind>> = {
  nav: 'navigation',
  menu: 'navigation',
  aside: 'sidebar',
  footer: 'footer',
  header: 'header',
  figcaption: 'caption',
}

const ROLE_KINDS: Readonly<Record<string, BoilerplateKind>> = {
  navigation: 'navigation',
  menu: 'navigation',
  menubar: 'navigation',
  complementary: 'sidebar',
  contentinfo: 'footer',
  banner: 'header',
  dialog: 'notice',
  alertdialog: 'notice',
}

/** Name parts (of class and id tokens) that mark boilerplate when a part starts with them. */
const NEGATIVE_PREFIXES: ReadonlyArray<readonly [string, BoilerplateKind]> = [
  ['share', 'share'],
  ['sharing', 'share'],
  ['social', 'share'],
  ['follow', 'share'],
  ['related', 'related'],
  ['recommend', 'related'],
  ['trending', 'related'],
  ['popular', 'related'],
  ['outbrain', 'related'],
  ['taboola', 'related'],
  ['comment', 'comments'],
  ['disqus', 'comments'],
  ['sidebar', 'sidebar'],
  ['newsletter', 'notice'],
  ['subscri', 'notice'],
  ['cookie', 'notice'],
  ['consent', 'notice'],
  ['gdpr', 'notice'],
  ['signup', 'notice'],
  ['popup', 'notice'],
  ['modal', 'notice'],
  ['promo', 'promotion'],
  ['advert', 'promotion'],
  ['sponsor', 'promotion'],
  ['banner', 'promotion'],
  ['breadcrumb', 'navigation'],
  ['navbar', 'navigation'],
  ['navigation', 'navigation'],
  ['menu', 'navigation'],
  ['pagination', 'navigation'],
  ['pager', 'navigation'],
  ['toolbar', 'navigation'],
  ['masthead', 'header'],
  ['footer', 'footer'],
  ['byline', 'byline'],
  ['dateline', 'meta'],
  ['timestamp', 'meta'],
  ['caption', 'caption'],
  ['credit', 'credit'],
  ['copyright', 'credit'],
  ['widget', 'sidebar'],
]

/** Name parts that mark boilerplate only when the whole part is the word. */
const NEGATIVE_WORDS: ReadonlyMap<string, BoilerplateKind> = new Map([
  ['nav', 'navigation'],
  ['subnav', 'navigation'],
  ['ad', 'promotion'],
  ['ads', 'promotion'],
  ['adv', 'promotion'],
  ['tag', 'meta'],
  ['tags', 'meta'],
  ['meta', 'meta'],
  ['date', 'meta'],
  ['pubdate', 'meta'],
  ['author', 'byline'],
  ['authors', 'byline'],
  ['header', 'header'],
  ['tools', 'share'],
  ['bio', 'byline'],
  ['rss', 'share'],
])

const HIDDEN_TOKENS: ReadonlySet<string> = new Set([
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  'screen-reader-text',
  'screen-reader-only',
  'd-none',
  'hidden',
  'hide',
  'invisible',
])

const POSITIVE_PARTS: ReadonlySet<string> = new Set([
  'article',
  'articlebody',
  'content',
  'entry',
  'post',
  'story',
  'storybody',
  'body',
  'text',
  'main',
  'blog',
  'hentry',
  'prose',
])

/** Hints read from one element's class and id. */
export interface NameHints {
  /** Boilerplate kind the names point to, or `null`. */
  negative: BoilerplateKind | null
  /** Whether a name points to article content (`article-body`, `entry-content`, `story`…). */
  positive: boolean
}

const NO_HINTS: NameHints = { negative: null, positive: false }
const cache = new Map<string, NameHints>()

function classifyPart(part: string): BoilerplateKind | null {
  const word = NEGATIVE_WORDS.get(part)
  if (word !== undefined) return word
  for (const [prefix, kind] of NEGATIVE_PREFIXES) {
    if (part.startsWith(prefix)) {
      if (prefix === 'comment' && part.startsWith('commentary')) continue
      if (prefix === 'menu' && part !== 'menu' && !part.startsWith('menu-')) {
        if (part.length > 6) continue
      }
      return kind
    }
  }
  return null
}

/** Reads boilerplate and content hints from a class/id string (cached: names repeat a lot). */
export function nameHints(names: string): NameHints {
  if (names === '') return NO_HINTS
  const cached = cache.get(names)
  if (cached !== undefined) return cached
  let negative: BoilerplateKind | null = null
  let positive = false
  for (const token of names.split(/\s+/)) {
    if (token === '') continue
    const lower = token.toLowerCase()
    if (HIDDEN_TOKENS.has(lower)) {
      negative = 'hidden'
      continue
    }
    let tokenNegative: BoilerplateKind | null = null
    let tokenPositive = false
    for (const part of token
      .replace(/([a-z])([A-Z])/g, '$1-$2')
      .toLowerCase()
      .split(/[-_:.]+/)) {
      if (part === '') continue
      const kind = classifyPart(part)
      if (kind !== null) tokenNegative ??= kind
      else if (POSITIVE_PARTS.has(part)) tokenPositive = true
    }
    if (tokenNegative !== null) negative ??= tokenNegative
    else if (tokenPositive) positive = true
  }
  const hints: NameHints = negative === null && !positive ? NO_HINTS : { negative, positive }
  if (cache.size > 5000) cache.clear()
  cache.set(names, hints)
  return hints
}

/** True when inline style or attributes hide the element from readers. */
export function isHidden(element: Element): boolean {
  if (hasAttribute(element, 'hidden')) return true
  if (attribute(element, 'aria-hidden').trim().toLowerCase() === 'true') return true
  const style = attribute(element, 'style')
  if (style.length > 0) {
    const compact = style.replace(/\s+/g, '').toLowerCase()
    if (compact.includes('display:none') || compact.includes('visibility:hidden')) return true
  }
  return false
}

/**
 * Boilerplate kind of an element, from (in order) hidden state, tag, ARIA role and class/id
 * names; `null` when nothing marks it. A class or id that points to article content wins over a
 * boilerplate name on the same element.
 */
export function boilerplateKind(element: Element): BoilerplateKind | null {
  const tag = element.tagName
  if (tag === 'body' || tag === 'html' || tag === 'main') return null
  if (isHidden(element)) return 'hidden'
  const byTag = TAG_KINDS[tag]
  if (byTag !== undefined) return byTag
  const role = attribute(element, 'role')
  if (role !== '') {
    const byRole = ROLE_KINDS[role.trim().toLowerCase()]
    if (byRole !== undefined) return byRole
  }
  const names = `${attribute(element, 'class')} ${attribute(element, 'id')}`
  const hints = nameHints(names.trim())
  if (hints.negative === null || (hints.positive && hints.negative !== 'hidden')) return null
  return hints.negative
}

/** Whether the element's class or id points to article content. */
export function hasContentHint(element: Element): boolean {
  const names = `${attribute(element, 'class')} ${attribute(element, 'id')}`
  return nameHints(names.trim()).positive
}
