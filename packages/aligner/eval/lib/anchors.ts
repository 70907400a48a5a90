import { allMembers } from './labels.js'
import type { GoldMember, GoldSet, LocatedMember } from './types.js'

/** The key one mention has in every label that names it. */
export function mentionKey(member: GoldMember, start: number): string {
  return `${member.file}\u0000${member.kind}\u0000${start}`
}

/**
 * Finds each member's anchor in its file's source text (the text every claim span indexes).
 * An anchor must occur exactly once: throws one Error listing every anchor that is missing or
 * repeated, and every file the labels name that the set lacks, each naming the file and anchor.
 */
export function locateMembers(
  gold: GoldSet,
  texts: ReadonlyMap<string, string>,
): Map<GoldMember, LocatedMember> {
  const located = new Map<GoldMember, LocatedMember>()
  const problems = new Set<string>()
  for (const member of allMembers(gold)) {
    const text = texts.get(member.file)
    if (text === undefined) {
      problems.add(
        `${gold.set}: ${member.file}: no such file in the set (labelled by anchor ${JSON.stringify(member.anchor)})`,
      )
      continue
    }
    const offsets = occurrences(text, member.anchor)
    if (offsets.length !== 1) {
      const found =
        offsets.length === 0
          ? 'not found'
          : `found ${offsets.length} times (at offsets ${offsets.join(', ')})`
      problems.add(
        `${gold.set}: ${member.file}: anchor ${JSON.stringify(member.anchor)} ${found} (expected exactly one occurrence in the source text)`,
      )
      continue
    }
    const start = offsets[0]!
    located.set(member, {
      ...member,
      key: mentionKey(member, start),
      span: { start, end: start + member.anchor.length },
    })
  }
  if (problems.size > 0) throw new Error([...problems].join('\n'))
  return located
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = []
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at)
  return found
}
