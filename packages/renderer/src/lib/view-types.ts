import type { SectionKind } from '@parallax/schema'

/** One cited source sentence behind a marker. */
export interface CitedSentenceRef {
  readonly citation: string
  /** Anchor of the sentence inside the source entry: `cite-c12`. */
  readonly target: string
  /** The sentence as shown (see `excerpt` of `CiteView`). */
  readonly excerpt: string
  /** Its number in the source's list of cited sentences (source order, from 1). */
  readonly number: number
  readonly textTarget: string | null
  readonly liveHref: string | null
}

/**
 * One citation marker as rendered: one per source of a statement, in source-number order, a
 * link to the source's first cited sentence; `sentences` holds every sentence of that source
 * the statement cites. The single-sentence fields (`citation`, `target`, `excerpt`, …) are the
 * first sentence's.
 */
export interface CiteView {
  /** Unique per marker in the document (a citation can be cited more than once). */
  readonly key: string
  readonly citation: string
  /** The source's number, shown as the marker `[n]`. */
  readonly number: number
  /** Anchor of the cited sentence inside the source entry: `cite-c12`. */
  readonly target: string
  /** Anchor of the source entry: `source-1`. */
  readonly sourceTarget: string
  readonly outlet: string
  /**
   * The source sentence as shown: white space collapsed, the source's own reference markers
   * (`[1]`) removed, no quotation marks added (set it apart by layout).
   */
  readonly excerpt: string
  /** Anchor of the sentence highlighted in the source's clean text (appendix), when there is one. */
  readonly textTarget: string | null
  /** The sentence on the live page: the source URL with a text fragment, for http(s) sources. */
  readonly liveHref: string | null
  /** Id of the marker itself (`mark-m3`): where the source list's way back returns to. */
  readonly anchor: string
  /** Every sentence of this source the statement cites, in source order (at least one). */
  readonly sentences: readonly CitedSentenceRef[]
}

/** A sentence of the briefing with its citation markers. */
export interface StatementView {
  readonly text: string
  readonly cites: readonly CiteView[]
}

export interface DiffRunView {
  readonly text: string
  readonly changed: boolean
}

export interface AccountView {
  readonly value: string
  readonly statement: StatementView
}

export interface BottomLineView {
  readonly kind: 'bottom-line'
  readonly items: readonly StatementView[]
}

export interface SinceLastView {
  readonly kind: 'since-last'
  readonly previousLabel: string
  readonly items: readonly {
    readonly change: string
    readonly label: string
    readonly statement: StatementView
  }[]
}

export interface ConflictsView {
  readonly kind: 'conflicts'
  readonly rows: readonly {
    readonly topic: string
    readonly field: string
    /** `hard` or `soft`, or null when the briefing does not say. */
    readonly severity: string | null
    readonly severityLabel: string | null
    readonly accounts: readonly AccountView[]
    /** What may explain the difference. */
    readonly note: string | null
  }[]
}

export interface VariantView {
  readonly diff: readonly DiffRunView[]
  readonly attribution: string
  readonly context: string | null
  readonly cites: readonly CiteView[]
}

export interface QuotesView {
  readonly kind: 'quotes'
  readonly speakers: readonly {
    readonly name: string
    readonly role: string | null
    readonly moreLabel: string | null
    readonly statements: readonly {
      readonly note: string | null
      readonly variants: readonly VariantView[]
    }[]
  }[]
}

export interface PositionsView {
  readonly kind: 'positions'
  readonly parties: readonly {
    readonly party: string
    readonly moreLabel: string | null
    readonly positions: readonly {
      readonly stance: string
      readonly stanceLabel: string
      readonly summary: string
      readonly wordings: readonly StatementView[]
    }[]
  }[]
}

export interface FiguresView {
  readonly kind: 'figures'
  readonly rows: readonly {
    readonly label: string
    readonly value: string
    readonly agreement: string
    readonly agreementLabel: string
    readonly accounts: readonly AccountView[]
    /** One templated sentence over all accounts, when the briefing has it. */
    readonly summary: StatementView | null
  }[]
}

export interface TimelineView {
  readonly kind: 'timeline'
  readonly entries: readonly {
    readonly label: string
    /** Machine-readable date for `<time datetime>`, or null when the entry is undated. */
    readonly datetime: string | null
    readonly statement: StatementView
    readonly disputed: string | null
  }[]
}

export interface ExclusivesView {
  readonly kind: 'exclusives'
  readonly outlets: readonly {
    readonly outlet: string
    readonly number: number
    readonly sourceTarget: string
    readonly moreLabel: string | null
    readonly items: readonly StatementView[]
  }[]
}

export type SectionBody =
  | BottomLineView
  | SinceLastView
  | ConflictsView
  | QuotesView
  | PositionsView
  | FiguresView
  | TimelineView
  | ExclusivesView

/** The view of each section kind: what its HTML partial and PDF draw function receive. */
export interface SectionViews {
  readonly 'bottom-line': BottomLineView
  readonly 'since-last': SinceLastView
  readonly conflicts: ConflictsView
  readonly quotes: QuotesView
  readonly positions: PositionsView
  readonly figures: FiguresView
  readonly timeline: TimelineView
  readonly exclusives: ExclusivesView
}

/** What every section view carries besides its body. */
export interface SectionMeta {
  readonly title: string
  /** Anchor of the section: `section-conflicts` (a suffix when a kind repeats). */
  readonly anchor: string
  /** `4 more not shown`, when the briefing cut the section; else null. */
  readonly moreLabel: string | null
}

/** A section as rendered: its title, anchor and body. */
export type SectionView = SectionBody & SectionMeta & { readonly kind: SectionKind }

export interface SourceView {
  readonly id: string
  readonly number: number
  readonly anchor: string
  readonly outlet: string
  readonly outletKnown: boolean
  readonly title: string | null
  readonly byline: string | null
  readonly published: string
  /** Only http(s) URLs are linked; anything else is shown as text. */
  readonly href: string | null
  readonly url: string | null
  readonly format: string
  readonly article: string
  /** The source's cited sentences, in source order. */
  readonly cited: readonly {
    readonly anchor: string
    readonly id: string
    /** The sentence's one number: its place in this list, from 1. */
    readonly number: number
    readonly excerpt: string
    readonly textTarget: string | null
    readonly liveHref: string | null
    /** The way back: each marker that cites this sentence, labelled by its section. */
    readonly backlinks: readonly BacklinkView[]
  }[]
  /** Anchor of the source's clean text in the appendix, when the briefing carries it. */
  readonly textAnchor: string | null
  /** The source's clean text, block by block, cited sentences marked. */
  readonly appendix: readonly AppendixBlockView[]
}

/** A link back to a marker that cites a sentence: `#mark-m3`, labelled `Bottom line`. */
export interface BacklinkView {
  readonly href: string
  readonly label: string
}

/** A block of a source's clean text as runs, the cited sentences marked and anchored. */
export interface AppendixBlockView {
  readonly kind: string
  readonly heading: boolean
  readonly runs: readonly {
    readonly text: string
    /** For a cited sentence: its anchor (`text-c12`), citation id and the list entry it backs. */
    readonly mark: {
      readonly anchor: string
      readonly id: string
      readonly target: string
      /** The sentence's number in the source's list of cited sentences. */
      readonly number: number
    } | null
  }[]
}

export interface CoverageView {
  readonly topics: readonly { readonly id: string; readonly label: string }[]
  readonly rows: readonly {
    readonly number: number
    readonly outlet: string
    readonly counts: readonly number[]
  }[]
  readonly max: number
}

export interface SkippedView {
  readonly file: string
  readonly reason: string
  readonly diagnostics: readonly string[]
}

/** Everything both renderers show, computed once so the HTML and the PDF say the same. */
export interface BriefingView {
  /** `dossier` (everything) or `brief` (the reader edition: a compact two-page layout). */
  readonly edition: 'dossier' | 'brief'
  readonly title: string
  readonly language: string
  readonly date: string
  readonly dateLabel: string
  readonly generatedAt: string
  readonly generatedLabel: string
  /** `5 sources · 3 named outlets · 2 without a known outlet`. */
  readonly summary: string
  readonly sections: readonly SectionView[]
  readonly sources: readonly SourceView[]
  /** Whether any source carries its clean text (the appendix is drawn). */
  readonly hasAppendix: boolean
  readonly coverage: CoverageView | null
  readonly skipped: readonly SkippedView[]
  /** Section titles of the back matter. */
  readonly labels: {
    readonly sources: string
    readonly coverage: string
    readonly skipped: string
    readonly citedSentences: string
    readonly appendix: string
  }
}
