import type { Briefing } from '@parallax/schema'
import { assertBriefing } from '../assert-briefing.js'
import { buildView } from '../build-view.js'
import { type RenderHtmlOptions, resolvePageSize, resolveSections } from '../options.js'
import type { SectionRenderers } from '../sections/types.js'
import { coverageList } from './coverage-list.js'
import { type CompiledTemplates, templates } from './handlebars-env.js'
import { fontFaceCss, usedCodePoints } from './web-fonts.js'

/** Where the `@font-face` rules go in the first drawing of the page (ASCII: no code point added). */
const fontsMarker = '<parallax-fonts/>'

/**
 * Renders a briefing as one self-contained HTML page: inline CSS, no script, no external
 * requests, every citation a link to its source entry with the cited sentence on hover/focus.
 * The same briefing always gives the same string.
 *
 * @throws {TypeError} when `briefing` is not a valid `Briefing` (the message lists JSON paths).
 */
export function renderHtml(
  briefing: Briefing,
  options?: Readonly<RenderHtmlOptions> | null,
): string {
  return htmlPage(briefing, options, templates)
}

/** `renderHtml` with the templates made by `make` (tests compare precompiled and compiled ones). */
export function htmlPage(
  briefing: Briefing,
  options: Readonly<RenderHtmlOptions> | null | undefined,
  make: (sections: SectionRenderers) => CompiledTemplates,
): string {
  const pageSize = resolvePageSize(options?.pageSize)
  const sections = resolveSections(options?.sections)
  const view = buildView(assertBriefing(briefing), sections)
  const { render, styles } = make(sections)
  const brief = view.edition === 'brief'
  const context = {
    ...view,
    styles,
    pageSize,
    brief,
    // The reader edition keeps to two pages: no coverage chart, no source texts.
    showCoverage: view.coverage !== null && !brief,
    showAppendix: view.hasAppendix && !brief,
    coverageList: view.coverage ? coverageList(view.coverage) : [],
  }
  // Rendered once with a marker where the fonts go, to learn which characters the page shows;
  // the fonts cut to those characters then take the marker's place. The marker holds '<', which
  // Handlebars escapes in every value, so it is only ever the one the template put there.
  const page = render({ ...context, fonts: fontsMarker })
  const at = page.indexOf(fontsMarker)
  const html =
    at < 0
      ? page
      : `${page.slice(0, at)}${fontFaceCss(usedCodePoints(page))}${page.slice(at + fontsMarker.length)}`
  // Collapse the blank lines left by block helpers; the markup stays readable.
  return `${html.replace(/\n\s*\n/g, '\n').trim()}\n`
}
