import type { Claim } from '@parallax/schema'

const MAX = 80

function clip(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim()
  return t.length <= MAX ? t : `${t.slice(0, MAX - 1).replace(/\s+\S*$/, '')}…`
}

/** What a cluster is about, for people, from its first member. */
export function clusterLabel(c: Claim): string {
  switch (c.kind) {
    case 'quote':
      return clip(`${c.speaker?.name ?? 'Unattributed'}: “${c.quote}”`)
    case 'quantity':
      return clip(
        `${c.subject}: ${c.hedge ? `${c.hedge} ` : ''}${c.value}${c.unit ? ` ${c.unit}` : ''}`,
      )
    case 'event':
      return clip(c.when ? `${c.event} (${c.when.start})` : c.event)
    case 'position':
      return clip(`${c.party.name} ${c.stance}${c.topic ? ` on ${c.topic}` : ''}: ${c.object}`)
    case 'characterisation':
      return clip(`${c.by?.name ?? 'Someone'} on ${c.subject}: ${c.descriptors.join(', ')}`)
  }
}

/** The most frequent member topic (ties: alphabetical), or undefined. */
export function clusterTopic(claims: readonly Claim[]): string | undefined {
  const counts = new Map<string, number>()
  for (const c of claims) if (c.topic) counts.set(c.topic, (counts.get(c.topic) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0]
}
