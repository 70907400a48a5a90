import type { ClaimLanguage } from './lang/types.js'
import type { Token } from './nlp.js'

/**
 * The topic key of a claim from the language's topic lexicon: lemmas of the key phrase count
 * twice, those of the sentence once; the highest score wins, ties go to the lexicon's order.
 * `undefined` when no topic word occurs.
 */
export function topicOf(
  language: ClaimLanguage,
  sentence: readonly Token[],
  focus: string | undefined,
): string | undefined {
  const index = topicIndex(language)
  const score = new Map<string, number>()
  const count = (tokens: readonly Token[], weight: number) => {
    for (const t of tokens) {
      const topics = index.get(t.lemma) ?? index.get(t.lower)
      if (topics) for (const topic of topics) score.set(topic, (score.get(topic) ?? 0) + weight)
    }
  }
  if (focus) count(wordsOf(focus), 2)
  count(sentence, 1)
  let best: string | undefined
  let top = 0
  for (const topic of Object.keys(language.topics)) {
    const s = score.get(topic) ?? 0
    if (s > top) {
      best = topic
      top = s
    }
  }
  return best
}

const indexes = new WeakMap<ClaimLanguage, Map<string, string[]>>()

/** Word → topics, built once per language. */
function topicIndex(language: ClaimLanguage): Map<string, string[]> {
  let index = indexes.get(language)
  if (!index) {
    index = new Map()
    for (const [topic, words] of Object.entries(language.topics))
      for (const w of words) index.set(w, [...(index.get(w) ?? []), topic])
    indexes.set(language, index)
  }
  return index
}

/** The focus phrase's words as tokens for counting: lower case, with a plural's singular as lemma. */
function wordsOf(text: string): Token[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => ({
    start: 0,
    end: 0,
    value: w,
    lower: w,
    lemma: w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w,
    pos: 'X',
  }))
}
