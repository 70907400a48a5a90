import { readdirSync, readFileSync } from 'node:fs'
import Handlebars from 'handlebars'
import { formatDate, formatDateTime } from '../format.js'
import { sectionRenderers } from '../sections/index.js'
import type { SectionRenderers } from '../sections/types.js'
import type { CitedSentenceRef, CiteView, CoverageView, DiffRunView } from '../view-types.js'
import { coverageSvg } from './coverage-svg.js'

/** Where the `.hbs` templates live: `templates/` at the package root (next to `src/`, `dist/`). */
const templatesDir = new URL('../../../templates/', import.meta.url)

export interface CompiledTemplates {
  readonly render: (context: object) => string
  readonly styles: string
}

const compiled = new WeakMap<SectionRenderers, CompiledTemplates>()

/**
 * Compiles the briefing template and its partials once per process (and set of section
 * renderers), in an isolated Handlebars environment (nothing is registered on the global
 * `Handlebars`). Each section kind's partial is registered under the kind's name, from its
 * renderer's `partial`.
 */
export function templates(renderers: SectionRenderers = sectionRenderers): CompiledTemplates {
  const cached = compiled.get(renderers)
  if (cached) return cached
  const hbs = Handlebars.create()
  const esc = hbs.escapeExpression
  hbs.registerHelper('formatDate', (value: string) => formatDate(value))
  hbs.registerHelper('formatDateTime', (value: string) => formatDateTime(value))
  hbs.registerHelper(
    'cites',
    (cites: readonly CiteView[]) => new hbs.SafeString(citeMarkup(cites, esc)),
  )
  hbs.registerHelper(
    'diff',
    (runs: readonly DiffRunView[]) => new hbs.SafeString(diffMarkup(runs, esc)),
  )
  hbs.registerHelper(
    'coverageSvg',
    (coverage: CoverageView) => new hbs.SafeString(coverageSvg(coverage)),
  )
  const partials = new URL('partials/', templatesDir)
  for (const file of readdirSync(partials).sort()) {
    if (!file.endsWith('.hbs')) continue
    const source = readFileSync(new URL(file, partials), 'utf8')
    hbs.registerPartial(file.slice(0, -4), hbs.compile(source.trimEnd(), { strict: true }))
  }
  for (const [kind, renderer] of Object.entries(renderers)) {
    const partial = (renderer as SectionRenderers[keyof SectionRenderers]).partial
    const source =
      'source' in partial
        ? partial.source
        : readFileSync(new URL(`${partial.file}.hbs`, partials), 'utf8')
    hbs.registerPartial(kind, hbs.compile(source.trimEnd(), { strict: true }))
  }
  const main = hbs.compile(readFileSync(new URL('briefing.hbs', templatesDir), 'utf8'), {
    strict: true,
  })
  const result: CompiledTemplates = {
    render: (context) => main(context),
    styles: readFileSync(new URL('styles.css', templatesDir), 'utf8').trim(),
  }
  compiled.set(renderers, result)
  return result
}

/**
 * Citation markers: one link `[n]` per source (in source order) to the source's first cited
 * sentence under its entry, and a tooltip with every sentence of that source the statement
 * cites, shown in place on hover and keyboard focus by CSS alone, each with links to the
 * sentence in the source's text (appendix) and on the live page. Each marker carries an id the
 * source list links back to. Source-derived text sits in `<bdi>`.
 */
export function citeMarkup(cites: readonly CiteView[], esc: (text: string) => string): string {
  if (cites.length === 0) return ''
  // A word joiner glues the markers to the last word; the group itself never wraps.
  const markers = cites
    .map(
      (cite) =>
        `<span class="cite"><a id="${esc(cite.anchor)}" href="#${esc(cite.target)}" aria-describedby="tip-${cite.key}">[${cite.number}]</a>` +
        `<span class="tip" role="tooltip" id="tip-${cite.key}"><b>[${cite.number}] <bdi>${esc(cite.outlet)}</bdi></b>` +
        cite.sentences
          .map(
            (sentence) =>
              `<span class="tip-sentence"><bdi>${esc(sentence.excerpt)}</bdi>${tipLinks(sentence, esc)}</span>`,
          )
          .join('') +
        '</span></span>',
    )
    .join('')
  return `\u2060<span class="cites">${markers}</span>`
}

/** A quote variant with the words that differ from the other variants in `<mark>`. */
export function diffMarkup(runs: readonly DiffRunView[], esc: (text: string) => string): string {
  return runs.map((run) => (run.changed ? `<mark>${esc(run.text)}</mark>` : esc(run.text))).join('')
}

function tipLinks(cite: CitedSentenceRef, esc: (text: string) => string): string {
  const links: string[] = []
  if (cite.textTarget) links.push(`<a href="#${esc(cite.textTarget)}">in the source text</a>`)
  if (cite.liveHref)
    links.push(`<a href="${esc(cite.liveHref)}" rel="noopener noreferrer">on the live page ↗</a>`)
  return links.length > 0 ? `<span class="tip-links">Read it ${links.join(' · ')}</span>` : ''
}
