import { describe, expect, it } from 'vitest'
import { builtinClaimExtractors, type ClaimExtractor, claimsFromArticle } from '../../src/index.js'
import { loadFixture } from './helpers.js'

/**
 * A claim rule written outside the package: every resolved date that follows 'by' or 'until'
 * is a deadline event. It reads the shared context (sentences with placed annotations) and
 * returns drafts; claimsFromArticle fills in ids, text, provenance and topic.
 */
const deadlines: ClaimExtractor = {
  linguistic: true,
  extract(context) {
    return context.sentences.flatMap((view) =>
      view.dates
        .filter((d) => d.item.value && /\b(by|until)\s+$/i.test(view.text.slice(0, d.start)))
        .map((d) => ({
          claim: {
            kind: 'event' as const,
            event: 'deadline',
            when: d.item.value,
            where: null,
            participants: [],
          },
          span: d.item.span,
          sentence: view,
          text: view.text,
          focus: 'deadline',
        })),
    )
  },
}

describe('adding a claim rule from outside', () => {
  it('runs beside the built-in ones and its claims get ids, provenance and order', async () => {
    const { article, text } = await loadFixture('port-strike')
    const claims = claimsFromArticle(article, {
      extractors: { ...builtinClaimExtractors, deadlines },
    })
    const added = claims.filter((c) => c.kind === 'event' && c.event === 'deadline')
    expect(added).toHaveLength(1)
    const [deadline] = added
    expect(text?.slice(deadline!.provenance.span.start, deadline!.provenance.span.end)).toBe(
      'Friday morning',
    )
    expect(deadline!.id).toBe(`${article.id}:event:${deadline!.provenance.span.start}`)
    expect(claims.length).toBe(claimsFromArticle(article).length + 1)
    expect(claimsFromArticle(article, { extractors: { deadlines } })).toEqual(added)
  })
})
