import type { Article } from '@parallax/schema'

/** What `selectStory` returns: the story's articles (input order) and the rest, with why. */
export interface StorySelection {
  story: Article[]
  offTopic: Array<{ article: string; reason: string }>
}

/**
 * Splits articles into the story and the off-topic ones. Two articles are linked when they name
 * an entity with the same key (a person, organisation, place or party); the story is the largest
 * group of linked articles (on a tie, the one with the earliest article in input order). Every
 * other article shares no entity key with the story and is off-topic, with a reason naming what it
 * is about instead.
 */
export function selectStory(articles: readonly Article[]): StorySelection {
  const keys = articles.map((article) => new Set(article.annotations.entities.map((e) => e.key)))
  const parent = articles.map((_, index) => index)
  const find = (i: number): number => {
    let root = i
    while (parent[root] !== root) root = parent[root] as number
    parent[i] = root
    return root
  }
  const owner = new Map<string, number>()
  keys.forEach((set, index) => {
    for (const key of set) {
      const other = owner.get(key)
      if (other === undefined) owner.set(key, index)
      else {
        const [a, b] = [find(other), find(index)]
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b)
      }
    }
  })
  const size = new Map<number, number>()
  for (let index = 0; index < articles.length; index += 1)
    size.set(find(index), (size.get(find(index)) ?? 0) + 1)
  let story = -1
  for (const [root, count] of [...size].sort(([a], [b]) => a - b))
    if (story === -1 || count > (size.get(story) ?? 0)) story = root
  const storyKeys = new Set<string>()
  articles.forEach((_, index) => {
    if (find(index) === story) for (const key of keys[index] as Set<string>) storyKeys.add(key)
  })
  const selection: StorySelection = { story: [], offTopic: [] }
  articles.forEach((article, index) => {
    if (find(index) === story) selection.story.push(article)
    else
      selection.offTopic.push({
        article: article.id,
        reason: offTopicReason(article, size.get(story) ?? 0),
      })
  })
  return selection
}

function offTopicReason(article: Article, storySize: number): string {
  const names = article.annotations.entities.slice(0, 3).map((e) => e.name)
  const about =
    names.length > 0
      ? `; it names ${names.join(', ')}`
      : '; it names no person, organisation, place or party'
  return `off-topic: shares no person, organisation, place or party with the other ${storySize} article${storySize === 1 ? '' : 's'} of the story${about}`
}
