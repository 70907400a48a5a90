import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Alignment, Article, Briefing } from '@parallax/schema'
import Database from 'better-sqlite3'
import { ARCHIVE_VERSION, TABLES } from './tables.js'

/** A briefing run as the archive keeps it. */
export interface ArchivedRun {
  /** The briefing date, `YYYY-MM-DD`. */
  readonly date: string
  /** When the run was generated (RFC 3339). */
  readonly generatedAt: string
  /** The briefing as written. */
  readonly briefing: Briefing
  /** The aligner's output the briefing was composed from. */
  readonly alignment: Alignment
}

/** One article of a run to archive: the Article, its source text, and the file it came from. */
export interface ArchivedArticle {
  readonly article: Article
  readonly text: string | null
  readonly file: string | null
}

/** A run's summary line, for listings. */
export interface RunSummary {
  readonly date: string
  readonly generatedAt: string
  readonly title: string
  readonly articles: number
  readonly claims: number
  readonly clusters: number
}

/** A run written by `Archive.stageRun`, not yet stored: `commit` stores it, `rollback` drops it (each once). */
export interface StagedRun {
  commit(): void
  rollback(): void
}

/** A file that is not a usable archive (not SQLite, a newer schema, or damaged). */
export class ArchiveError extends Error {}

/**
 * The embedded archive of briefing runs: one SQLite file (better-sqlite3, WAL journal), written
 * in one transaction per run, so a process killed mid-write leaves the previous state.
 */
export class Archive {
  readonly #db: Database.Database

  private constructor(db: Database.Database) {
    this.#db = db
  }

  /** Opens (creating when missing) the archive at `path`; `:memory:` for a throwaway one. */
  static open(path: string): Archive {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
    let db: Database.Database | null = null
    try {
      db = new Database(path)
      db.pragma('journal_mode = WAL')
      db.pragma('foreign_keys = ON')
      db.pragma('busy_timeout = 5000')
      const version = db.pragma('user_version', { simple: true }) as number
      if (version > ARCHIVE_VERSION)
        throw new ArchiveError(
          `${path}: archive schema ${version} is newer than this parallax (${ARCHIVE_VERSION})`,
        )
      db.exec(TABLES)
      db.pragma(`user_version = ${ARCHIVE_VERSION}`)
      return new Archive(db)
    } catch (error) {
      db?.close()
      if (error instanceof ArchiveError) throw error
      throw new ArchiveError(`${path}: not a usable parallax archive: ${(error as Error).message}`)
    }
  }

  /** Stores a run under its briefing date, replacing that date's previous run, in one transaction. */
  saveRun(run: ArchivedRun, articles: readonly ArchivedArticle[]): void {
    this.stageRun(run, articles).commit()
  }

  /**
   * Writes a run as `saveRun` does, in a transaction left open: nothing of it is stored (nor
   * seen by another connection) until `commit`; `rollback`, or a process killed before `commit`,
   * leaves the archive as it was. `parallax brief` stages its run while the PDF is drawn, and
   * commits once the PDF is written. Until then the archive is locked for writing: other
   * connections read the last stored state, and one that writes waits (5 s at most, then fails).
   * Use no other method of this archive until `commit` or `rollback`.
   */
  stageRun(run: ArchivedRun, articles: readonly ArchivedArticle[]): StagedRun {
    const db = this.#db
    const insertRun = db.prepare(
      'INSERT INTO runs (date, generated_at, title, briefing, aligned_articles, reports) VALUES (?, ?, ?, ?, ?, ?)',
    )
    const upsertArticle = db.prepare(
      'INSERT OR REPLACE INTO articles (id, outlet, title, published, format, article, text) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    const insertRunArticle = db.prepare(
      'INSERT OR IGNORE INTO run_articles (run, article, position, file) VALUES (?, ?, ?, ?)',
    )
    const insertClaim = db.prepare(
      'INSERT INTO claims (run, id, position, article, kind, claim) VALUES (?, ?, ?, ?, ?, ?)',
    )
    const insertCluster = db.prepare(
      'INSERT INTO clusters (run, id, position, kind, relation, severity, cluster) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    db.exec('BEGIN IMMEDIATE')
    try {
      db.prepare('DELETE FROM runs WHERE date = ?').run(run.date)
      const { briefing, alignment } = run
      insertRun.run(
        run.date,
        run.generatedAt,
        briefing.title,
        JSON.stringify(briefing),
        JSON.stringify(alignment.articles),
        JSON.stringify(alignment.reports),
      )
      articles.forEach(({ article, text, file }, position) => {
        const published = article.published.status === 'known' ? article.published.date : null
        upsertArticle.run(
          article.id,
          article.outlet,
          article.title,
          published,
          article.format,
          JSON.stringify(article),
          text,
        )
        insertRunArticle.run(run.date, article.id, position, file)
      })
      alignment.claims.forEach((claim, position) => {
        insertClaim.run(
          run.date,
          claim.id,
          position,
          claim.provenance.article,
          claim.kind,
          JSON.stringify(claim),
        )
      })
      alignment.clusters.forEach((cluster, position) => {
        insertCluster.run(
          run.date,
          cluster.id,
          position,
          cluster.kind,
          cluster.relation,
          cluster.severity ?? null,
          JSON.stringify(cluster),
        )
      })
      db.prepare('DELETE FROM articles WHERE id NOT IN (SELECT article FROM run_articles)').run()
    } catch (error) {
      db.exec('ROLLBACK')
      throw error
    }
    let open = true
    const end = (statement: 'COMMIT' | 'ROLLBACK') => {
      if (!open) return
      open = false
      db.exec(statement)
    }
    return { commit: () => end('COMMIT'), rollback: () => end('ROLLBACK') }
  }

  /** The run of exactly this date, or `null`. */
  run(date: string): ArchivedRun | null {
    const row = this.#db.prepare('SELECT * FROM runs WHERE date = ?').get(date) as
      | RunRow
      | undefined
    return row ? this.#load(row) : null
  }

  /** The most recent run strictly before `date`, or `null` when there is none. */
  previousRun(date: string): ArchivedRun | null {
    const row = this.#db
      .prepare('SELECT * FROM runs WHERE date < ? ORDER BY date DESC LIMIT 1')
      .get(date) as RunRow | undefined
    return row ? this.#load(row) : null
  }

  /** Every run, oldest first, with counts. */
  runs(): RunSummary[] {
    return this.#db
      .prepare(
        `SELECT date, generated_at AS generatedAt, title,
           (SELECT COUNT(*) FROM run_articles WHERE run = date) AS articles,
           (SELECT COUNT(*) FROM claims WHERE run = date) AS claims,
           (SELECT COUNT(*) FROM clusters WHERE run = date) AS clusters
         FROM runs ORDER BY date`,
      )
      .all() as RunSummary[]
  }

  /** An archived article by content hash, with its source text. */
  article(id: string): { article: Article; text: string | null } | null {
    const row = this.#db.prepare('SELECT article, text FROM articles WHERE id = ?').get(id) as
      | { article: string; text: string | null }
      | undefined
    return row ? { article: JSON.parse(row.article) as Article, text: row.text } : null
  }

  /** `PRAGMA integrity_check`: `'ok'` for a sound file. */
  integrity(): string {
    return String(this.#db.pragma('integrity_check', { simple: true }))
  }

  close(): void {
    this.#db.close()
  }

  #load(row: RunRow): ArchivedRun {
    const claims = this.#db
      .prepare('SELECT claim FROM claims WHERE run = ? ORDER BY position')
      .all(row.date) as {
      claim: string
    }[]
    const clusters = this.#db
      .prepare('SELECT cluster FROM clusters WHERE run = ? ORDER BY position')
      .all(row.date) as { cluster: string }[]
    return {
      date: row.date,
      generatedAt: row.generated_at,
      briefing: JSON.parse(row.briefing) as Briefing,
      alignment: {
        articles: JSON.parse(row.aligned_articles),
        reports: JSON.parse(row.reports),
        claims: claims.map((c) => JSON.parse(c.claim)),
        clusters: clusters.map((c) => JSON.parse(c.cluster)),
      },
    }
  }
}

interface RunRow {
  date: string
  generated_at: string
  title: string
  briefing: string
  aligned_articles: string
  reports: string
}
