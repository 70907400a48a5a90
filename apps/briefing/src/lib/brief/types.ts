import type { PageSize } from '@parallax/renderer'
import type {
  Alignment,
  Article,
  Briefing,
  Claim,
  Diagnostic,
  SkippedInput,
} from '@parallax/schema'
import type { Edition } from '../compose/editions.js'
import type { ComposeInput, ComposeOptions } from '../compose/types.js'
import type { RenderPdfFn } from '../render/pdf-thread.js'

/** The output formats of `parallax brief`. */
export const BRIEF_FORMATS = ['html', 'pdf', 'json'] as const
export type BriefFormat = (typeof BRIEF_FORMATS)[number]

export type { ComposeInput } from '../compose/types.js'

/** The part of the aligner's options the command fills in. */
export interface AlignClaims {
  readonly claims?: ReadonlyMap<string, readonly Claim[]> | null
}

/** The aligner and the composition, injected so the command's machinery can be tested alone. */
export interface BriefDeps {
  /**
   * `@parallax/aligner`'s `align`. `options.claims` hands it each article's claims, already
   * extracted in the parse workers (by article id).
   */
  readonly align: (articles: readonly Article[], options?: AlignClaims | null) => Alignment
  /** The composition's `composeBriefing`; the command passes `options.edition`. */
  readonly composeBriefing: (input: ComposeInput, options?: ComposeOptions | null) => Briefing
  /** The composition's `selectStory`: the articles of the story, and those off it with why. */
  readonly selectStory: (articles: readonly Article[]) => {
    story: Article[]
    offTopic: Array<{ article: string; reason: string }>
  }
}

/** Loads the `BriefDeps` when a command needs them (so `--help` and `parse` never load the aligner). */
export type LoadDeps = () => Promise<BriefDeps>

/** Options of `runBrief`. */
export interface BriefOptions {
  /** Files, folders (the files directly inside) and globs. */
  readonly inputs: readonly string[]
  /** Folder for briefing.html/pdf/json. Default `'out'`. */
  readonly out?: string | null
  /** Formats to write. Default: all three. */
  readonly formats?: readonly BriefFormat[] | null
  /** Briefing date `YYYY-MM-DD`. Default: the latest publication date among the story's articles, else the day of `generatedAt` (UTC). */
  readonly date?: string | null
  /** Title override. Default: the composition's. */
  readonly title?: string | null
  /** A manifest path, `false` for none. Default: `manifest.yaml` in each input folder. */
  readonly manifest?: string | boolean | null
  /** Archive path, or `false` for none. Default: `<out>/parallax.sqlite`. */
  readonly archive?: string | false | null
  /** `'dossier'` (every section) or `'brief'` (the reader edition, two pages). Default `'dossier'`. */
  readonly edition?: Edition | null
  /** PDF paper size. Default `'A4'`. */
  readonly pageSize?: PageSize | null
  /**
   * Draws `briefing.pdf`. Default: `@parallax/renderer`'s `renderPdf` in this thread; the
   * command passes a worker thread's (`startPdfThread`), which draws it while this thread writes
   * the HTML and the JSON.
   */
  readonly renderPdf?: RenderPdfFn | null
  /**
   * Called once the story's articles are known, with their clean texts, before aligning, when a
   * PDF is asked for: the command's PDF worker shapes their words meanwhile (`preparePdf`).
   * Default: none.
   */
  readonly preparePdf?: ((texts: readonly string[]) => void) | null
  /** Parse worker threads. Default: all cores; `0` parses on the main thread. */
  readonly workers?: number | null
  /** RFC 3339 generation time. Default: `SOURCE_DATE_EPOCH` when set, else now. */
  readonly generatedAt?: string | null
  /** Called as inputs are parsed. */
  readonly onProgress?: ((done: number, total: number, path: string) => void) | null
  /** Called as the run enters each stage (`read`, `parse`, `dedupe`, `align`, `compose`, `render`, `write`, `archive`). */
  readonly onStage?: ((stage: string) => void) | null
  /** Called once the inputs are gathered, with how many files there are (the command sets its V8 flags from it). */
  readonly onInputs?: ((files: number) => void) | null
}

/** Exit status of a command: 0 written; 1 written, some inputs skipped; 2 usage; 3 nothing usable. */
export const EXIT = { ok: 0, skipped: 1, usage: 2, nothing: 3 } as const
export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

/** What `runBrief` did. */
export interface BriefResult {
  readonly exitCode: ExitCode
  /** A one-line reason when nothing was written. */
  readonly error: string | null
  readonly date: string | null
  readonly inputs: number
  readonly articles: number
  readonly skipped: readonly SkippedInput[]
  readonly claims: number
  readonly clusters: number
  readonly conflicts: number
  /** Paths written, in format order (and the archive, when written). */
  readonly written: readonly string[]
  /** Problems not tied to one input (a manifest's), with file and line. */
  readonly diagnostics: readonly Diagnostic[]
  /** The earlier run compared with, if any. */
  readonly previous: string | null
  readonly elapsedMs: number
}
