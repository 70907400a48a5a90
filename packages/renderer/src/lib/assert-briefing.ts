import { Briefing, validate } from '@parallax/schema'

/**
 * Checks that `value` is a `Briefing` whose references resolve (every citation id used by a
 * section exists, every citation and exclusive names a listed source, ids are unique).
 * A bad briefing is a programming error upstream, so this throws a `TypeError` that lists the
 * JSON path of every problem.
 */
export function assertBriefing(value: unknown): Briefing {
  const result = validate(Briefing, value)
  if (!result.ok) {
    throw new TypeError(
      `Invalid briefing:\n${result.errors.map((error) => `  ${error.message}`).join('\n')}`,
    )
  }
  const briefing = result.value
  const problems = referenceProblems(briefing)
  if (problems.length > 0) {
    throw new TypeError(`Invalid briefing:\n${problems.map((p) => `  ${p}`).join('\n')}`)
  }
  return briefing
}

function referenceProblems(briefing: Briefing): string[] {
  const problems: string[] = []
  const sourceIds = new Set<string>()
  const numbers = new Set<number>()
  briefing.sources.forEach((source, index) => {
    if (sourceIds.has(source.id))
      problems.push(`$.sources[${index}].id: duplicate source id '${source.id}'`)
    if (numbers.has(source.number)) {
      problems.push(`$.sources[${index}].number: duplicate source number ${source.number}`)
    }
    sourceIds.add(source.id)
    numbers.add(source.number)
  })
  const citationIds = new Set<string>()
  briefing.citations.forEach((citation, index) => {
    if (citationIds.has(citation.id)) {
      problems.push(`$.citations[${index}].id: duplicate citation id '${citation.id}'`)
    }
    citationIds.add(citation.id)
    if (!sourceIds.has(citation.source)) {
      problems.push(`$.citations[${index}].source: no source with id '${citation.source}'`)
    }
  })
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        walk(item, `${path}[${index}]`)
      })
      return
    }
    if (typeof node !== 'object' || node === null) return
    for (const [key, child] of Object.entries(node)) {
      if (key === 'citations' && Array.isArray(child)) {
        child.forEach((id, index) => {
          if (typeof id === 'string' && !citationIds.has(id)) {
            problems.push(`${path}.citations[${index}]: no citation with id '${id}'`)
          }
        })
      } else if (key === 'source' && typeof child === 'string' && !sourceIds.has(child)) {
        problems.push(`${path}.source: no source with id '${child}'`)
      } else walk(child, `${path}.${key}`)
    }
  }
  briefing.sections.forEach((section, index) => {
    walk(section, `$.sections[${index}]`)
  })
  briefing.coverage.cells.forEach((cell, index) => {
    if (!sourceIds.has(cell.source)) {
      problems.push(`$.coverage.cells[${index}].source: no source with id '${cell.source}'`)
    }
    if (!briefing.coverage.topics.some((topic) => topic.id === cell.topic)) {
      problems.push(`$.coverage.cells[${index}].topic: no topic with id '${cell.topic}'`)
    }
  })
  return problems
}
