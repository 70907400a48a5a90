import { readdirSync, readFileSync } from 'node:fs'
import Handlebars from 'handlebars'
import { formatDate, formatDateTime } from '../format.js'
import { sectionRenderers } from '../sections/index.js'
import type { SectionRenderers } from '../sections/types.js'
import type { CitedSentenceRef, CiteView, CoverageView, DiffRunView } from '../view-types.js'
import { coverageSvg } from './coverage-svg.js'
import { compileTemplate, type PrecompiledTemplates, prebuiltTemplates } from './precompiled.js'

/** Where the `.hbs` templates live: `templates/` at the package root (next to `src/`, `dist/`). */
const templatesDir = new URL('../../../templates/', import.meta.url)

export interface CompiledTemplates {
  readonly render: (context: object) => string
  readonly styles: string
}

/** The sources of the page's templates, exactly as they are compiled. */
export interface TemplateSources {
  /** Partials by name: each file of `templates/partials/`, then each section kind's. */
  readonly partials: readonly (readonly [name: string, source: string])[]
  /** The page (`templates/briefing.hbs`). */
  readonly main: string
}

/**
 * The template sources for a set of section renderers: the partial files, each section kind's
 * partial under the kind's name (its renderer's `partial`: a file stem or the source itself),
 * and the page. The build precompiles these same strings.
 */
export function templateSources(renderers: SectionRenderers = sectionRenderers): TemplateSources {
  const partialsDir = new URL('partials/', templatesDir)
  const partials: [string, string][] = []
  for (const file of readdirSync(partialsDir).sort()) {
    if (!file.endsWith('.hbs')) continue
    const source = readFileSync(new URL(file, partialsDir), 'utf8')
    partials.push([file.slice(0, -4), source.trimEnd()])
  }
  for (const [kind, renderer] of Object.entries(renderers)) {
    const partial = (renderer as SectionRenderers[keyof SectionRenderers]).partial
    const source =
      'source' in partial
        ? partial.source
        : readFileSync(new URL(`${partial.file}.hbs`, partialsDir), 'utf8')
    partials.push([kind, source.trimEnd()])
  }
  return { partials, main: readFileSync(new URL('briefing.hbs', templatesDir), 'utf8') }
}

const compiled = new WeakMap<SectionRenderers, CompiledTemplates>()

/**
 * The page's templates, made once per process (and set of section renderers): see
 * `createTemplates`; the build's precompiled templates are used where their sources match.
 */
export function templates(renderers: SectionRenderers = sectionRenderers): CompiledTemplates {
  const cached = compiled.get(renderers)
  if (cached) return cached
  const result = createTemplates(renderers, prebuiltTemplates())
  compiled.set(renderers, result)
  return result
}

/**
 * The briefing template and its partials in an isolated Handlebars environment (nothing is
 * registered on the global `Handlebars`), each from `precompiled` when it holds the template's
 * source, else compiled. Each section kind's partial is registered under the kind's name.
 */
export function createTemplates(
  renderers: SectionRenderers,
  precompiled: PrecompiledTemplates,
): CompiledTemplates {
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
  const sources = templateSources(renderers)
  for (const [name, source] of sources.partials)
    hbs.registerPartial(name, compileTemplate(hbs, source, precompiled))
  const main = compileTemplate(hbs, sources.main, precompiled)
  return {
    render: (context) => main(context),
    styles: readFileSync(new URL('styles.css', templatesDir), 'utf8').trim(),
  }
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
