import type { ClaimLanguage } from './lang/types.js'
import type { Token } from './nlp.js'
import { tokenize } from './nlp.js'

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
  const score = new Map<string, number>()
  const count = (tokens: readonly Token[], weight: number) => {
    for (const t of tokens) {
      for (const [topic, words] of Object.entries(language.topics)) {
        if (words.includes(t.lemma) || words.includes(t.lower))
          score.set(topic, (score.get(topic) ?? 0) + weight)
      }
    }
  }
  if (focus) count(tokenize(focus), 2)
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
