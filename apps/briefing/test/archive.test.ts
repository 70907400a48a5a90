import { join } from 'node:path'
import type { Alignment, Article } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { Archive, ArchiveError } from '../src/lib/archive/archive.js'
import { tempDir } from './helpers/paths.js'
import { DAY1, DAY2, day2Briefing } from './helpers/runs.js'

const article = (id: string): Article =>
  ({
    id,
    format: 'plain-text',
    outlet: 'Outlet',
    title: `Title ${id}`,
    published: { status: 'known', date: '2026-03-04', datetime: null, origin: 'manifest' },
  }) as unknown as Article

const run = (date: string, alignment: Alignment) => ({
  date,
  generatedAt: `${date}T18:00:00Z`,
  briefing: { ...day2Briefing(), date },
  alignment,
})

describe('Archive', () => {
  it('keeps runs by date, with their articles, claims and clusters; finds the most recent earlier date', () => {
    const path = join(tempDir(), 'nested', 'parallax.sqlite')
    const archive = Archive.open(path)
    archive.saveRun(run('2026-03-04', DAY1), [
      { article: article('a1'), text: 'text 1', file: 'a.txt' },
    ])
    archive.saveRun(run('2026-03-06', DAY2), [
      { article: article('a2'), text: null, file: 'b.txt' },
    ])
    archive.close()
    const again = Archive.open(path)
    expect(again.runs().map((r) => [r.date, r.articles, r.claims, r.clusters])).toEqual([
      ['2026-03-04', 1, 4, 3],
      ['2026-03-06', 1, 6, 5],
    ])
    expect(again.previousRun('2026-03-05')?.alignment).toEqual(DAY1)
    expect(again.previousRun('2026-03-07')?.date).toBe('2026-03-06')
    expect(again.previousRun('2026-03-04')).toBeNull()
    expect(again.run('2026-03-06')?.briefing.date).toBe('2026-03-06')
    expect(again.article('a1')).toEqual({ article: article('a1'), text: 'text 1' })
    expect(again.integrity()).toBe('ok')
    again.close()
  })

  it('replaces a date’s run when it runs again, and drops articles no run uses', () => {
    const archive = Archive.open(':memory:')
    archive.saveRun(run('2026-03-04', DAY1), [{ article: article('a1'), text: null, file: null }])
    archive.saveRun(run('2026-03-04', DAY2), [{ article: article('a2'), text: null, file: null }])
    expect(archive.runs().map((r) => [r.date, r.claims, r.clusters])).toEqual([
      ['2026-03-04', 6, 5],
    ])
    expect(archive.run('2026-03-04')?.alignment).toEqual(DAY2)
    expect(archive.article('a1')).toBeNull()
    archive.close()
  })

  it('a run that fails half-way leaves the previous one as it was (one transaction)', () => {
    const archive = Archive.open(':memory:')
    archive.saveRun(run('2026-03-04', DAY1), [{ article: article('a1'), text: null, file: null }])
    const broken = { ...DAY2, clusters: [...DAY2.clusters, ...DAY2.clusters] } // duplicate cluster ids
    expect(() =>
      archive.saveRun(run('2026-03-04', broken), [
        { article: article('a2'), text: null, file: null },
      ]),
    ).toThrow(/UNIQUE/)
    expect(archive.run('2026-03-04')?.alignment).toEqual(DAY1)
    expect(archive.article('a1')).not.toBeNull()
    archive.close()
  })

  it('says which file is not an archive', async () => {
    const { writeFileSync } = await import('node:fs')
    const path = join(tempDir(), 'not.sqlite')
    writeFileSync(
      path,
      'this is not a database, just some text that is long enough to look like a header',
    )
    expect(() => Archive.open(path)).toThrow(ArchiveError)
    expect(() => Archive.open(path)).toThrow(new RegExp(`^${path}: not a usable parallax archive`))
  })
})
