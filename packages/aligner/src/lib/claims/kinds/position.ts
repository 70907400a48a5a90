import type { PositionClaim, Stance } from '@parallax/schema'
import type { ClaimContext, SentenceView } from '../context.js'
import type { ClaimLanguage } from '../lang/types.js'
import { type PlacedMention, possessorAt, subjectBefore } from '../mentions.js'
import type { Token } from '../nlp.js'
import { objectAfter } from '../objects.js'
import { clauseAround, isBoundary, normalise, nounPhraseFrom } from '../phrases.js'
import { readinessAt } from '../readiness.js'
import { subjectOfVerb } from '../subjects.js'
import type { ClaimDraft, ClaimExtractor } from '../types.js'

type Body = Omit<PositionClaim, 'id' | 'text' | 'provenance' | 'topic'>

/**
 * A party's demand, refusal, offer, support, opposition or condition, from (1) a stance verb
 * with a named subject ('Kyiv rejected…', 'the union called for…'), negated where the language
 * says what that means ('did not support' → opposition); (2) a negated verb of giving something
 * up ('will not cede any territory' → refusal); (3) a stance noun with a possessor ('Russia’s
 * demand for…'); (4) a condition ('only if…') on a named subject's clause. `party` is the side:
 * a party entity, or the party a person or organisation acts for (who is then `by`).
 */
export const positionExtractor: ClaimExtractor = {
  linguistic: true,
  extract(context) {
    const drafts: ClaimDraft[] = []
    context.sentences.forEach((view, index) => {
      const tokens = view.tokens
      for (let i = 0; i < tokens.length; i++) {
        const found = stanceAt(context, index, tokens, i) ?? readinessAt(context, index, i)
        if (!found) continue
        const { stance, actor, object } = found
        const text = normalise(
          view.text,
          tokens,
          object[0],
          object[1],
          context.language.dropLeading,
        )
        // 'declined to answer further questions' is no position
        if (context.language.talkVerbs.includes(tokens[object[0]]!.lemma)) continue
        if (
          !text ||
          !tokens.slice(object[0], object[1] + 1).some((t) => /NOUN|PROPN|VERB/.test(t.pos))
        )
          continue
        // 'urged Ukraine' with nothing urged: no position.
        const from = tokens[object[0]]!.start
        const to = tokens[object[1]]!.end
        const addressee = (m: (typeof view.mentions)[number]) =>
          m.entity.kind !== 'place' && m.start <= from && m.end >= to
        if (stance === 'demand' && view.mentions.some(addressee)) continue
        const claim: Body = {
          kind: 'position',
          party: actor ? context.side(actor.entity) : { name: found.name ?? '', key: null },
          stance,
          object: text,
        }
        if (!claim.party.name) continue
        if (actor && claim.party.key !== actor.entity.key) {
          claim.by = byOf(actor)
        } else if (actor) {
          const voice =
            spokesperson(context.language, view, actor) ??
            sayer(context.language, view, actor, tokens[i]!.start)
          if (voice) claim.by = voice
        }
        const span = view.toSource(tokens[i]!.start, tokens[object[1]]!.end)
        const place = view.mentions.some(
          (m) =>
            m.entity.kind === 'place' &&
            m.start >= tokens[object[0]]!.start &&
            m.end <= tokens[object[1]]!.end,
        )
        drafts.push({
          claim,
          span,
          sentence: view,
          text: view.text,
          focus: text,
          ...(place && (stance === 'demand' || stance === 'refusal') ? { topic: 'territory' } : {}),
        })
      }
    })
    return drafts
  },
}

interface Found {
  readonly stance: Stance
  /** The named subject; absent when the subject is a proper name no mention covers. */
  readonly actor?: PlacedMention
  /** That proper name ('Karadeniz are insisting on…'): the party, with no key. */
  readonly name?: string
  readonly object: [number, number]
}

function stanceAt(
  context: ClaimContext,
  index: number,
  tokens: readonly Token[],
  i: number,
): Found | undefined {
  const lang = context.language
  const view = context.sentences[index]!
  const t = tokens[i]!
  const [cs] = clauseAround(tokens, i)
  const possessed = tokens[i - 1]?.pos === 'PART' && /^['’]s$/.test(tokens[i - 1]!.value)
  if ((t.pos === 'VERB' && !possessed) || verbTaggedAsNoun(lang, tokens, i)) {
    const phrasal = lang.stancePhrasalVerbs[`${t.lemma} ${tokens[i + 1]?.lower ?? ''}`]
    let stance: Stance | undefined = phrasal ?? lang.stanceVerbs[t.lemma]
    // 'asked the government to send…': a demand only with an addressee and an infinitive.
    const addressed = stance ? undefined : addresseeObject(lang, tokens, i)
    if (addressed) stance = 'demand'
    const negated = negatedBefore(lang, tokens, cs, i)
    let objectFrom = phrasal ? i + 2 : i + 1
    if (!stance && negated && lang.yieldVerbs.includes(t.lemma)) {
      stance = 'refusal'
      objectFrom = i
    } else if (stance && negated) stance = lang.negatedStance[stance]
    if (!stance) return undefined
    if (tokens[i - 1]?.lemma === 'be' && /ed$/.test(t.lower)) return undefined // passive
    // Someone else's wish: 'urged X to accept'; but 'Moscow continues to insist' is Moscow's.
    const aspect =
      tokens[i - 1]?.lower === 'to' && lang.aspectVerbs.includes(tokens[i - 2]?.lemma ?? '')
    if (tokens[i - 1]?.lower === 'to' && !aspect) return undefined
    // 'said the defence would appeal' reports an intention; 'could', 'might', 'if' stay unreal.
    const speech = speechVerbBefore(lang, tokens, i)
    const intent = speech >= 0 && !hypothetical(lang, tokens, cs, i, ['would', 'will', "'ll"])
    if (objectFrom !== i && hypothetical(lang, tokens, cs, i) && !intent) return undefined
    if (tokens[i + 1]?.pos === 'NOUN' && /ed$/.test(t.lower) && tokens[i - 1]?.pos === 'DET')
      return undefined
    // A place as subject speaks for its side: 'Moscow rejected…', a club named for its city.
    let actor = subjectBefore(view, tokens[cs]!.start, t.start, true)
    // A verb between them ('the spokesperson said vessels had sought…'): not its subject.
    const between = (w: Token) =>
      w.start >= actor!.end &&
      w.end <= t.start &&
      w.pos === 'VERB' &&
      !(aspect && w === tokens[i - 2])
    // …unless the verbs share it: 'declared an emergency and asked the government for…'
    const coordinated = tokens[i - 1]?.lower === 'and'
    if (actor && !coordinated && tokens.some(between)) return undefined
    // A name the parser did not know, a pronoun, a group, a participle's main subject.
    const other = actor ? undefined : subjectOfVerb(context, index, cs, i)
    if (other?.actor) actor = other.actor
    let name = other?.name
    // 'His lawyer said the defence would challenge…': the speaker voices the intention (and
    // speaks for a group named only by a noun).
    if (!actor && (!name || other?.group) && speech >= 0 && (intent || speech >= cs)) {
      actor = subjectBefore(view, 0, tokens[speech]!.start)
      if (actor) name = undefined
    }
    // 'The company's director, Ana Lopes, rejected…': a name set off by commas just before the
    // verb is its subject's apposition, so the subject.
    if (!actor && !name) {
      const set = appositionBefore(view, tokens, i)
      actor = set?.actor
      name = set?.name
    }
    if (!actor && !name) return undefined
    // An intransitive stance ends its clause: 'Sarmento would appeal.'
    const bare =
      tokens[i + 1] === undefined || isBoundary(tokens[i + 1]!) || tokens[i + 1]!.pos === 'PUNCT'
    if (addressed) return { stance, ...who(actor, name), object: addressed }
    const object =
      objectAfter(tokens, objectFrom, objectFrom === i) ??
      (bare && objectFrom !== i ? ([i, i] as [number, number]) : undefined)
    if (!object) return undefined
    // 'rejected France’s proposal for a fund': a stance noun keeps its complement.
    const head = tokens[object[1]]!
    if (lang.stanceNouns[head.lemma] && /^(for|on|to)$/.test(tokens[object[1] + 1]?.lower ?? '')) {
      const more = nounPhraseFrom(tokens, object[1] + 2)
      if (more) return { stance, ...who(actor, name), object: [object[0], more[1]] }
    }
    // 'rejected claims that it had ignored warnings': the stance is on what the claims say.
    if (lang.contentNouns.includes(head.lemma) && tokens[object[1] + 1]?.lower === 'that') {
      const said = objectAfter(tokens, object[1] + 1, false)
      if (said) return { stance, ...who(actor, name), object: said }
    }
    // 'urged Kyiv to accept the plan': the object runs through the infinitive.
    if (tokens[object[1] + 1]?.lower === 'to' && tokens[object[1] + 2]?.pos === 'VERB') {
      const more = objectAfter(tokens, object[1] + 1, false)
      if (more) return { stance, ...who(actor, name), object: [object[0], more[1]] }
    }
    return { stance, ...who(actor, name), object }
  }
  if ((t.pos === 'NOUN' || possessed) && lang.stanceNouns[t.lemma]) {
    const stance = lang.stanceNouns[t.lemma]!
    const prev = tokens[i - 1]
    let actor: PlacedMention | undefined
    if (prev?.pos === 'PART' && /^['’]s$/.test(prev.value)) actor = possessorAt(view, prev.start)
    else if (prev && /^(its|their)$/.test(prev.lower)) actor = subjectBefore(view, 0, prev.start)
    if (!actor || actor.entity.kind === 'place') return undefined
    const link = tokens[i + 1]
    if (!link || !/^(for|of|to|on|that)$/.test(link.lower)) return undefined
    const object = objectAfter(tokens, link.lower === 'that' ? i + 1 : i + 2, false)
    return object ? { stance, actor, object } : undefined
  }
  const cue = lang.conditionCues.find((c) => {
    const words = c.split(' ')
    return words.every((w, k) => tokens[i + k]?.lower === w)
  })
  if (cue && i > 0) {
    const actor = subjectBefore(view, 0, t.start)
    if (!actor) return undefined
    const from = i + cue.split(' ').length
    let b = from
    while (b + 1 < tokens.length && b - from < 16) {
      const w = tokens[b + 1]!
      if (w.value === '(') {
        // skip a parenthesis: 'unless about R25 billion ($1.4 billion) in maintenance is approved'
        const close = tokens.findIndex((x, k) => k > b && x.value === ')')
        if (close < 0) break
        b = close
        continue
      }
      if (isBoundary(w)) break
      b++
    }
    if (tokens[from]?.pos === 'PRON' && tokens[from]?.lower === 'it') return undefined
    return b > from ? { stance: 'condition', actor, object: [from, b] } : undefined
  }
  return undefined
}

/** 'The union demands a rise': a present-tense stance verb the tagger read as a plural noun. */
function verbTaggedAsNoun(lang: ClaimLanguage, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!
  const prev = tokens[i - 1]
  const next = tokens[i + 1]
  if (t.pos !== 'NOUN' || !t.lower.endsWith('s') || !lang.stanceVerbs[t.lemma]) return false
  if (!prev || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN')) return false
  return next !== undefined && (/^(DET|NUM|ADJ)$/.test(next.pos) || next.lower === 'to')
}

function hypothetical(
  lang: ClaimLanguage,
  tokens: readonly Token[],
  cs: number,
  i: number,
  except: readonly string[] = [],
): boolean {
  for (let k = Math.max(0, cs - 1); k < i; k++) {
    const w = tokens[k]!.lower
    if (except.includes(w)) continue
    if (lang.irrealis.includes(w) || w === 'will' || w === "'ll") return true
  }
  return false
}

/** Index of the last speech verb before token `i` ('said', 'told'), or -1. */
function speechVerbBefore(lang: ClaimLanguage, tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0; k--)
    if (tokens[k]!.pos === 'VERB' && lang.speechVerbs.includes(tokens[k]!.lemma)) return k
  return -1
}

function who(actor: PlacedMention | undefined, name: string | undefined) {
  return actor ? { actor } : { name: name ?? '' }
}

function negatedBefore(
  lang: ClaimLanguage,
  tokens: readonly Token[],
  cs: number,
  i: number,
): boolean {
  for (let k = Math.max(cs, i - 3); k < i; k++)
    if (lang.negations.includes(tokens[k]!.lower)) return true
  return false
}

/**
 * For a verb of `addresseeVerbs`: the infinitive that says what is asked, after an addressee
 * ('asked the government to [send prefabricated houses]'), within ten tokens and one clause.
 */
function addresseeObject(
  lang: ClaimLanguage,
  tokens: readonly Token[],
  i: number,
): [number, number] | undefined {
  if (!lang.addresseeVerbs.includes(tokens[i]!.lemma) || tokens[i]!.pos !== 'VERB') return undefined
  for (let k = i + 2; k < tokens.length && k <= i + 10; k++) {
    const w = tokens[k]!
    if (isBoundary(w) || (w.pos === 'VERB' && tokens[k - 1]!.lower !== 'to')) return undefined
    // 'asked the federal government for a disaster declaration'
    if (w.lower === 'for' && k > i + 2) {
      const np = nounPhraseFrom(tokens, k + 1)
      if (np) return [k + 1, np[1]]
    }
    if (w.lower !== 'to' || tokens[k + 1]?.pos !== 'VERB') continue
    // what is asked, without whom: 'send prefabricated houses'
    return objectAfter(tokens, k, false)
  }
  return undefined
}

/** A person of the party's side who voices it in this sentence ('…, Smith said'). */
function spokesperson(
  lang: ClaimLanguage,
  view: SentenceView,
  actor: PlacedMention,
): { name: string; key: string | null; role?: string } | undefined {
  const speaks = (from: number, to: number) =>
    view.tokens.some(
      (t) =>
        t.start >= from && t.end <= to && t.pos === 'VERB' && lang.speechVerbs.includes(t.lemma),
    )
  for (const m of view.mentions) {
    if (m === actor || m.entity.party !== actor.entity.key) continue
    if (!speaks(m.end, m.end + 24) && !speaks(Math.max(0, m.start - 14), m.start)) continue
    return byOf(m)
  }
  return undefined
}

/**
 * The person whose words report an organisation's position in this sentence: the subject of a
 * verb of saying before the stance ('Deputy Governor Tomas Reyes said the bank would…'), or
 * named right after one ('…, said Reyes').
 */
function sayer(
  lang: ClaimLanguage,
  view: SentenceView,
  actor: PlacedMention,
  stanceAt: number,
): { name: string; key: string | null; role?: string } | undefined {
  if (actor.entity.kind === 'person') return undefined
  const speech = (from: number, to: number) =>
    view.tokens.some(
      (t) =>
        t.start >= from && t.end <= to && t.pos === 'VERB' && lang.speechVerbs.includes(t.lemma),
    )
  for (const m of view.mentions) {
    if (m.entity.kind !== 'person' || m.entity.key === actor.entity.key) continue
    const before = m.end <= actor.start && speech(m.end, Math.min(m.end + 24, actor.start))
    const after = m.start >= stanceAt && speech(Math.max(0, m.start - 14), m.start)
    if (before || after) return byOf(m)
  }
  return undefined
}

/**
 * Who voiced a position: the name as written in full (a surname alone is the full name the
 * article gives that person, so first names can be compared across outlets), key and first role.
 */
function byOf(m: PlacedMention): { name: string; key: string | null; role?: string } {
  const surnameOnly =
    m.item.form === 'surname' &&
    m.entity.name.endsWith(m.item.text) &&
    m.entity.name !== m.item.text
  const name =
    (m.item.form === 'full' || m.item.form === 'surname' || m.item.form === 'alias') && !surnameOnly
      ? m.item.text
      : m.entity.name
  const by: { name: string; key: string | null; role?: string } = { name, key: m.entity.key }
  if (m.entity.roles[0]) by.role = m.entity.roles[0]
  return by
}

/**
 * A name set off by commas right before the verb at `i` ('X's director, Ana Lopes, said'): a
 * mention, or else a run of two or more proper nouns (a name the parser did not know).
 */
function appositionBefore(
  view: SentenceView,
  tokens: readonly Token[],
  i: number,
): { actor?: PlacedMention; name?: string } | undefined {
  const comma = tokens[i - 1]
  if (comma?.value !== ',') return undefined
  let k = i - 2
  while (k >= 0 && tokens[k]!.pos === 'PROPN') k--
  if (tokens[k]?.value !== ',' || i - 2 - k < 1) return undefined
  const start = tokens[k + 1]!.start
  const m = view.mentions.find(
    (x) => x.start === start && x.end === comma.start && x.entity.kind !== 'place',
  )
  if (m) return { actor: m }
  return i - 2 - k >= 2 ? { name: view.text.slice(start, comma.start) } : undefined
}
