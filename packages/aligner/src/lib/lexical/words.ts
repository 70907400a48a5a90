import { loadNlp } from '@parallax/annotate'

/**
 * Words and lemmas. Tokenising is a plain Unicode regex (fast, offset-free); each distinct word
 * form is lemmatised and stop-word-flagged once by wink-nlp (the NLP library the parser already
 * uses) and cached, so lemmatising 10,000 articles costs one wink call per distinct word.
 */

const cache = new Map<string, { lemma: string; stop: boolean }>()

const WORD = /\p{L}[\p{L}\p{M}'’-]*\p{L}|\p{L}|\d+(?:[.,]\d+)*/gu

/** Lower-cased words of `text`, in order, apostrophes folded ("Russia's" → "russia's"). */
export function words(text: string): string[] {
  return (text.normalize('NFC').toLowerCase().replace(/’/g, "'").match(WORD) ?? []).map((w) =>
    w.endsWith("'s") ? w.slice(0, -2) : w,
  )
}

function analyse(word: string): { lemma: string; stop: boolean } {
  let hit = cache.get(word)
  if (!hit) {
    if (/^\d/.test(word)) hit = { lemma: word, stop: false }
    else {
      const w = loadNlp({ pipe: ['pos'] })
      const tokens = w.readDoc(word).tokens()
      const lemma = String(tokens.out(w.its.lemma)[0] ?? word).toLowerCase()
      const stop = tokens.out<boolean>(w.its.stopWordFlag)[0] === true
      hit = { lemma: lemma || word, stop }
    }
    cache.set(word, hit)
  }
  return hit
}

/** The lemma of one lower-cased word (wink-nlp), cached. */
export function lemma(word: string): string {
  return analyse(word).lemma
}

/** True for a function word (wink-nlp's stop-word list). */
export function isStopWord(word: string): boolean {
  return analyse(word).stop
}

/** Lemmas of the content words of `text` (stop words dropped), in order. */
export function contentLemmas(text: string): string[] {
  const out: string[] = []
  for (const w of words(text)) {
    const a = analyse(w)
    if (!a.stop && w.length > 1) out.push(a.lemma)
  }
  return out
}
