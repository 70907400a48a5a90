import { join } from 'node:path'
import { renderHtml, renderPdf } from '@parallax/renderer'
import { type Alignment, Briefing, type SkippedInput, validate } from '@parallax/schema'
import { Archive, type ArchivedRun, type StagedRun } from '../archive/archive.js'
import { editions } from '../compose/editions.js'
import { type StagedFile, stageFile } from '../output/staged-file.js'
import { addSinceLast } from '../since-last/add-since-last.js'
import { claimsById } from './claims-by-id.js'
import { type CollectedArticle, collectArticles } from './collect.js'
import { briefingDate, generationTime } from './dates.js'
import {
  BRIEF_FORMATS,
  type BriefDeps,
  type BriefFormat,
  type BriefOptions,
  type BriefResult,
  EXIT,
} from './types.js'

/**
 * The whole of `parallax brief`: inputs → parse (worker pool) → dedupe → `selectStory` → `align`
 * → `composeBriefing` → since the last briefing (from the archive) → validate → render → write
 * each file atomically and archive the run (one transaction), the HTML, the JSON and the archive
 * while the PDF is drawn, all put in place once it is. Never throws for bad content: every
 * input is in the briefing or in `skipped`; the exit code says how it went.
 */
export async function runBrief(options: BriefOptions, deps: BriefDeps): Promise<BriefResult> {
  const out = options.out ?? 'out'
  const archivePath =
    options.archive === false ? null : (options.archive ?? join(out, 'parallax.sqlite'))
  // Opened first, so a path that is not an archive fails before any work (it throws ArchiveError).
  const archive = archivePath ? Archive.open(archivePath) : null
  try {
    return await briefWith(options, deps, archive, archivePath)
  } finally {
    archive?.close()
  }
}

async function briefWith(
  options: BriefOptions,
  deps: BriefDeps,
  archive: Archive | null,
  archivePath: string | null,
): Promise<BriefResult> {
  const started = performance.now()
  const out = options.out ?? 'out'
  const formats = options.formats ?? BRIEF_FORMATS
  const stage = options.onStage ?? (() => {})
  const collected = await collectArticles({
    inputs: options.inputs,
    manifest: options.manifest ?? null,
    workers: options.workers ?? null,
    claims: true,
    onProgress: options.onProgress ?? null,
    onStage: stage,
    onInputs: options.onInputs ?? null,
  })
  const byId = new Map(collected.articles.map((a) => [a.article.id, a]))
  const skipped: SkippedInput[] = [...collected.skipped]
  const result = (partial: Partial<BriefResult> & Pick<BriefResult, 'exitCode'>): BriefResult => ({
    error: null,
    date: null,
    inputs: collected.inputs,
    articles: 0,
    skipped,
    claims: 0,
    clusters: 0,
    conflicts: 0,
    written: [],
    diagnostics: collected.diagnostics,
    previous: null,
    elapsedMs: Math.round(performance.now() - started),
    ...partial,
  })
  if (collected.articles.length === 0)
    return result({
      exitCode: EXIT.nothing,
      error: collected.inputs === 0 ? 'no input files' : 'no input gave an article',
    })

  stage('story')
  const { story, offTopic } = deps.selectStory(collected.articles.map((a) => a.article))
  for (const { article, reason } of offTopic) {
    const file = byId.get(article)?.file ?? article
    skipped.push({
      file,
      reason: reason.startsWith('off-topic') ? reason : `off-topic: ${reason}`,
      diagnostics: [],
    })
  }
  if (story.length === 0)
    return result({ exitCode: EXIT.nothing, error: 'no article belongs to a common story' })
  const used = story.map((a) => byId.get(a.id) as CollectedArticle)
  if (formats.includes('pdf')) options.preparePdf?.(used.map((a) => a.text))

  const generatedAt = options.generatedAt ?? generationTime()
  const date = options.date ?? briefingDate(story, generatedAt)
  stage('align')
  const alignment: Alignment = deps.align(story, { claims: claimsById(used) })
  stage('compose')
  const edition = options.edition ?? 'dossier'
  let briefing = deps.composeBriefing(
    {
      date,
      generatedAt,
      title: options.title ?? null,
      articles: story,
      texts: new Map(used.map((a) => [a.article.id, a.text])),
      alignment,
      skipped,
    },
    { edition },
  )
  const previous: ArchivedRun | null = archive?.previousRun(date) ?? null
  if (previous && editions[edition].sections.includes('since-last'))
    briefing = addSinceLast(briefing, alignment, previous)
  const checked = validate(Briefing, briefing)
  if (!checked.ok) {
    const list = checked.errors
      .slice(0, 5)
      .map((e) => e.message)
      .join('; ')
    return result({
      exitCode: EXIT.nothing,
      date,
      error: `the composed briefing is not valid, nothing written: ${list}`,
    })
  }
  stage('render')
  const pageSize = options.pageSize ?? 'A4'
  // The PDF is asked for first: drawn by `options.renderPdf` in a worker thread, it is made while
  // this thread draws the HTML and the JSON.
  const pdf = formats.includes('pdf')
    ? (options.renderPdf ?? renderPdf)(briefing, { pageSize })
    : null
  // Handled at once, so a failed PDF is never an unhandled rejection while the HTML is drawn.
  pdf?.catch(() => {})
  const made = new Map<BriefFormat, string | Uint8Array>()
  if (formats.includes('html')) made.set('html', renderHtml(briefing, { pageSize }))
  if (formats.includes('json')) made.set('json', `${JSON.stringify(briefing, null, 2)}\n`)
  // While the PDF is drawn (in its worker), the other files are written beside their targets
  // and the run is written to the archive in an open transaction; all are put in place only
  // once the PDF is drawn, so a PDF that fails still leaves the outputs and the archive as they were.
  stage('write')
  const staged = new Map<BriefFormat, StagedFile>()
  let run: StagedRun | null = null
  try {
    for (const format of BRIEF_FORMATS) {
      const data = made.get(format)
      if (data !== undefined)
        staged.set(format, await stageFile(join(out, `briefing.${format}`), data))
    }
    if (archive && archivePath) {
      stage('archive')
      run = archive.stageRun(
        { date, generatedAt, briefing, alignment },
        used.map((a) => ({ article: a.article, text: a.text, file: a.file })),
      )
    }
    if (pdf) {
      const pdfBytes = await pdf
      stage('pdf')
      staged.set('pdf', await stageFile(join(out, 'briefing.pdf'), pdfBytes))
    }
    // Put in place in the order of BRIEF_FORMATS, then the archive (as `writeAtomically` of each,
    // then `saveRun`). A failure on the way leaves the archive and every file not yet renamed as
    // they were (a file already renamed stays: its target holds the new bytes, whole).
    for (const format of BRIEF_FORMATS) await staged.get(format)?.commit()
  } catch (error) {
    run?.rollback()
    for (const file of staged.values()) await file.discard()
    throw error
  }
  run?.commit()
  const written = BRIEF_FORMATS.flatMap((format) => staged.get(format)?.target ?? [])
  if (run && archivePath) written.push(archivePath)
  stage('done')
  return result({
    // A manifest error (an entry outside its folder or naming no file, bad YAML) counts as a
    // skipped input: something the user named was not used as they meant.
    exitCode:
      skipped.length > 0 || collected.diagnostics.some((d) => d.severity === 'error')
        ? EXIT.skipped
        : EXIT.ok,
    date,
    articles: story.length,
    claims: alignment.claims.length,
    clusters: alignment.clusters.length,
    conflicts: alignment.clusters.filter((c) => c.relation === 'conflict').length,
    written,
    previous: previous?.date ?? null,
  })
}
