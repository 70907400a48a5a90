/** The archive's schema version, kept in `PRAGMA user_version`. */
export const ARCHIVE_VERSION = 1

/**
 * One row per briefing date (a second run for a date replaces the first); articles by content
 * hash, shared by the runs that used them; each run's claims and clusters, in alignment order.
 */
export const TABLES = `
CREATE TABLE IF NOT EXISTS runs (
  date TEXT PRIMARY KEY,
  generated_at TEXT NOT NULL,
  title TEXT NOT NULL,
  briefing TEXT NOT NULL,
  aligned_articles TEXT NOT NULL,
  reports TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY,
  outlet TEXT,
  title TEXT,
  published TEXT,
  format TEXT NOT NULL,
  article TEXT NOT NULL,
  text TEXT
);
CREATE TABLE IF NOT EXISTS run_articles (
  run TEXT NOT NULL REFERENCES runs(date) ON DELETE CASCADE,
  article TEXT NOT NULL REFERENCES articles(id),
  position INTEGER NOT NULL,
  file TEXT,
  PRIMARY KEY (run, article)
);
CREATE TABLE IF NOT EXISTS claims (
  run TEXT NOT NULL REFERENCES runs(date) ON DELETE CASCADE,
  id TEXT NOT NULL,
  position INTEGER NOT NULL,
  article TEXT NOT NULL,
  kind TEXT NOT NULL,
  claim TEXT NOT NULL,
  PRIMARY KEY (run, id)
);
CREATE TABLE IF NOT EXISTS clusters (
  run TEXT NOT NULL REFERENCES runs(date) ON DELETE CASCADE,
  id TEXT NOT NULL,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  relation TEXT NOT NULL,
  severity TEXT,
  cluster TEXT NOT NULL,
  PRIMARY KEY (run, id)
);
CREATE INDEX IF NOT EXISTS run_articles_article ON run_articles(article);
`
