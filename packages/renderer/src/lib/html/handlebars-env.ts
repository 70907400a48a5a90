import { readdirSync, readFileSync } from 'node:fs'
import Handlebars from 'handlebars'
import { formatDate, formatDateTime } from '../format.js'
import type { CiteView, CoverageView, DiffRunView } from '../view-types.js'
import { coverageSvg } from './coverage-svg.js'

/** Where the `.hbs` templates live: `templates/` at the package root (next to `src/`, `dist/`). */
const templatesDir = new URL('../../../templates/', import.meta.url)

export interface CompiledTemplates {
  readonly render: (context: object) => string
  readonly styles: string
}

let compiled: CompiledTemplates | undefined

/**
 * Compiles the briefing template and its partials once per process, in an isolated Handlebars
 * environment (nothing is registered on the global `Handlebars`).
 */
export function templates(): CompiledTemplates {
  if (compiled) return compiled
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
  const main = hbs.compile(readFileSync(new URL('briefing.hbs', templatesDir), 'utf8'), {
    strict: true,
  })
  compiled = {
    render: (context) => main(context),
    styles: readFileSync(new URL('styles.css', templatesDir), 'utf8').trim(),
  }
  return compiled
}

/**
 * Citation markers: a link `[n]` to the cited sentence under its source entry, and a tooltip
 * with the sentence, shown on hover and keyboard focus by CSS alone.
 */
export function citeMarkup(cites: readonly CiteView[], esc: (text: string) => string): string {
  if (cites.length === 0) return ''
  // A word joiner glues the markers to the last word; the group itself never wraps.
  const markers = cites
    .map(
      (cite) =>
        `<span class="cite"><a href="#${esc(cite.target)}" aria-describedby="tip-${cite.key}">[${cite.number}]</a>` +
        `<span class="tip" role="tooltip" id="tip-${cite.key}"><b>[${cite.number}] ${esc(cite.outlet)}</b>${esc(cite.excerpt)}</span></span>`,
    )
    .join('')
  return `\u2060<span class="cites">${markers}</span>`
}

/** A quote variant with the words that differ from the other variants in `<mark>`. */
export function diffMarkup(runs: readonly DiffRunView[], esc: (text: string) => string): string {
  return runs.map((run) => (run.changed ? `<mark>${esc(run.text)}</mark>` : esc(run.text))).join('')
}
