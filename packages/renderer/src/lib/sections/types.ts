import type { Section, SectionKind, Source, Statement } from '@parallax/schema'
import type { Flow } from '../pdf/flow.js'
import type { CiteView, SectionMeta, SectionViews, StatementView } from '../view-types.js'

/** Lookups a section's view builder may use; citation markers are numbered as they are made. */
export interface ViewContext {
  /** The briefing's language (ISO 639-1), for language-dependent wording rules. */
  readonly language: string
  statement(statement: Statement): StatementView
  /** One marker for one citation (prefer `cites`). */
  cite(citation: string): CiteView
  /** Markers for a list of citations: one per source, in source-number order. */
  cites(citations: readonly string[]): CiteView[]
  /** The source's outlets of these citations, each once, joined: `TIME, BBC News`. */
  outletsOf(citations: readonly string[]): string
  source(id: string): Source
  /** `3 more not shown` for a positive count, else null. */
  more(count: number | undefined, noun?: string): string | null
}

/**
 * How one section kind is shown: `view` turns the section into what both outputs show (or null
 * to leave it out); `partial` is the Handlebars partial that writes it in HTML (a file stem in
 * `templates/partials/` for the built-ins, or the template source itself); `pdf` draws its body
 * under the heading the renderer draws.
 */
export interface SectionRenderer<K extends SectionKind = SectionKind> {
  view(section: Extract<Section, { kind: K }>, context: ViewContext): SectionViews[K] | null
  readonly partial: { readonly file: string } | { readonly source: string }
  pdf(flow: Flow, view: SectionViews[K] & SectionMeta, outline: PDFKit.PDFOutline | undefined): void
}

/** One renderer per section kind, in the order sections are shown. */
export type SectionRenderers = { readonly [K in SectionKind]: SectionRenderer<K> }
