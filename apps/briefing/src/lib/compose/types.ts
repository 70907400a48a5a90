import type {
  Alignment,
  Article,
  Claim,
  ClaimCluster,
  DateRange,
  Section,
  SectionKind,
  SkippedInput,
  Statement,
} from '@parallax/schema'
import type { Edition } from './editions.js'

/** Everything `composeBriefing` reads. */
export interface ComposeInput {
  /** The briefing date, `YYYY-MM-DD`. */
  readonly date: string
  /** RFC 3339; an input, so the same input gives the same bytes. */
  readonly generatedAt: string
  /** Title override; default: derived from the most shared event and entities. */
  readonly title?: string | null
  /** Articles in the briefing (deduplicated, on-topic), input order. */
  readonly articles: readonly Article[]
  /** Article id → source text (`ParseResult.text`): what every span indexes. */
  readonly texts: ReadonlyMap<string, string>
  /** The aligner's output over exactly these articles. */
  readonly alignment: Alignment
  /** Inputs not used, with reasons. */
  readonly skipped: readonly SkippedInput[]
}

/** Section limits and switches. `null` or a missing field means the default. */
export interface ComposeOptions {
  /** Fewest bottom-line statements when there are enough clusters. Default `3`. */
  readonly bottomLineMin?: number | null
  /** Most bottom-line statements. Default `6`. */
  readonly bottomLineMax?: number | null
  /** Most conflict clusters shown. Default `12`. */
  readonly conflictsMax?: number | null
  /** Most speakers in "who said what". Default `8`. */
  readonly speakersMax?: number | null
  /** Most statements per speaker. Default `4`. */
  readonly quotesPerSpeakerMax?: number | null
  /** Most statements in "who said what" in all, the most important first. Default `32`. */
  readonly quotesMax?: number | null
  /** Most parties in "positions". Default `6`. */
  readonly partiesMax?: number | null
  /** Most positions per party. Default `4`. */
  readonly positionsPerPartyMax?: number | null
  /** Most figure rows. Default `12`. */
  readonly figuresMax?: number | null
  /** Most timeline entries. Default `15`. */
  readonly timelineMax?: number | null
  /** Most outlets in "only in one report". Default `8`. */
  readonly exclusiveOutletsMax?: number | null
  /** Most items per outlet in "only in one report". Default `3`. */
  readonly exclusivesPerOutletMax?: number | null
  /** Most variants (distinct wordings) shown per quote or position. Default `6`. */
  readonly wordingsMax?: number | null
  /** Most topics in the coverage matrix. Default `12`. */
  readonly topicsMax?: number | null
  /**
   * The edition: `'dossier'` (every section) or `'brief'` (the reader edition, two pages; see
   * `editions`), which sets the sections, the limits and the appendix; the options here still
   * win. Default `'dossier'`.
   */
  readonly edition?: Edition | null
  /**
   * Most sources whose clean text is added to the appendix: those cited most, then in source
   * order; the other cited sources are listed without their text. Default `40`.
   */
  readonly appendixMax?: number | null
  /** Add each cited source's clean text (the sources appendix). Default: the edition's (`true` for the dossier). */
  readonly appendix?: boolean | null
  /** Briefing language (BCP 47). Default: the most common article language, else `'en'`. */
  readonly language?: string | null
}

export type ResolvedComposeOptions = {
  readonly [K in keyof ComposeOptions]-?: Exclude<ComposeOptions[K], null | undefined>
}

/** What every section composer may use: lookups and the one citation book of the briefing. */
export interface ComposeContext {
  readonly options: ResolvedComposeOptions
  /** The briefing date, `YYYY-MM-DD`. */
  readonly date: string
  readonly clusters: readonly ClaimCluster[]
  claim(id: string): Claim
  /** The claims of a cluster, in member order. */
  claimsOf(cluster: ClaimCluster): Claim[]
  article(id: string): Article
  /** The source's number in the source list (1-based). */
  sourceNumber(article: string): number
  /**
   * The name the briefing gives the article's source (its `label`): its outlet, else its byline,
   * else a short form of its title or first sentence, unique in the briefing (`sourceNames`).
   */
  outlet(article: string): string
  /** The readable text of the sentence a claim rests on. */
  sentenceText(claim: Claim): string
  /** A statement citing every claim (one citation per distinct sentence, first use numbers it). */
  statement(text: string, claims: readonly Claim[]): Statement
  /** True when some claim's sentence stands alone as a fact (whole, 6–45 words, no `such`). */
  standsAlone(claims: readonly Claim[]): boolean
  /** True when some claim's sentence is whole: no open quotation, a closing stop (`fragmentReason`). */
  isWhole(claims: readonly Claim[]): boolean
  /**
   * True when the claim is background to the briefing's date: an event, or a date its sentence
   * names, more than a month before it (`isBackground`).
   */
  background(claim: Claim): boolean
  /** The single day the claim's sentence gives for it, nearest its words (`claimDay`). */
  day(claim: Claim): DateRange | null
  /** When the claim's sentence places it, at any precision (`claimDate`). */
  when(claim: Claim): DateRange | null
  /** A statement whose text is the readable sentence of the best claim, citing all of them. */
  extract(claims: readonly Claim[]): Statement
}

/** A section and how many ranked items were cut from it. */
export type Composed<K extends SectionKind> = Extract<Section, { kind: K }>

/**
 * Composes one kind of section from the alignment, or `null` when there is nothing to say.
 * It cites only what it shows: rank, cut, then build statements.
 */
export type SectionComposer<K extends SectionKind> = (context: ComposeContext) => Composed<K> | null
