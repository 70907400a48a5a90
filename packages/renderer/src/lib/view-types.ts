import type { SectionKind } from '@parallax/schema'

/** One citation marker as rendered: a link to the cited sentence under its source entry. */
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
  /** The exact source sentence, white space collapsed. */
  readonly excerpt: string
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
    readonly accounts: readonly AccountView[]
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

/** A section as rendered: its title, anchor and body. */
export type SectionView = SectionBody & {
  readonly title: string
  /** Anchor of the section: `section-conflicts` (a suffix when a kind repeats). */
  readonly anchor: string
  readonly kind: SectionKind
}

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
  readonly cited: readonly {
    readonly anchor: string
    readonly id: string
    readonly excerpt: string
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
  readonly coverage: CoverageView | null
  readonly skipped: readonly SkippedView[]
  /** Section titles of the back matter. */
  readonly labels: {
    readonly sources: string
    readonly coverage: string
    readonly skipped: string
    readonly citedSentences: string
  }
}
