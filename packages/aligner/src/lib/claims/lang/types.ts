import type { Stance } from '@parallax/schema'

/**
 * Everything the claim rules know about one language, as data: the rules read only this, so a
 * language is one file of this shape and a missing word is a one-line data change.
 * Words are lower-case lemmas unless a field says otherwise.
 */
export interface ClaimLanguage {
  /** Verbs that voice a stance, by lemma ('demand' → demand, 'reject' → refusal). */
  readonly stanceVerbs: Readonly<Record<string, Stance>>
  /** Two-word stance verbs (verb lemma + particle): 'call for', 'insist on', 'rule out'. */
  readonly stancePhrasalVerbs: Readonly<Record<string, Stance>>
  /**
   * Verbs that voice a demand only with an addressee and an infinitive ('asked the government
   * to send…', 'is pushing its allies to provide…'), by lemma.
   */
  readonly addresseeVerbs: readonly string[]
  /**
   * Nouns of people and groups that may be the subject of a stance with no named entity
   * ('consumer groups called for…', 'residents demanded…'), by lemma.
   */
  readonly agentNouns: readonly string[]
  /**
   * Verbs of speaking whose refusal or wish is no position ('declined to comment', 'refused to
   * answer questions'): a stance whose object opens with one is dropped, by lemma.
   */
  readonly talkVerbs: readonly string[]
  /** Nouns that name a stance ('demand', 'refusal', 'proposal'), by lemma. */
  readonly stanceNouns: Readonly<Record<string, Stance>>
  /**
   * Nouns that only report what someone holds or says ('claims', 'allegations'): a stance on
   * one of them followed by a `that` clause is a stance on that clause ('rejected claims that
   * it had ignored warnings' says what 'denied that it had ignored warnings' says).
   */
  readonly contentNouns: readonly string[]
  /** Verbs of giving something up: negated ('will not cede') they voice a refusal. */
  readonly yieldVerbs: readonly string[]
  /** What a negated stance becomes ('not support' → opposition); absent: the claim is dropped. */
  readonly negatedStance: Readonly<Partial<Record<Stance, Stance>>>
  /** Connectives that make a condition ('only if', 'as long as'), lower-case surface words. */
  readonly conditionCues: readonly string[]
  /**
   * Verbs of aspect before `to` + stance verb that keep the stance the subject's own ('Moscow
   * continues to insist…'), by lemma; other verbs before `to` voice someone else's wish.
   */
  readonly aspectVerbs: readonly string[]
  /** Verbs whose subject states a stance for its side when a person of that side speaks. */
  readonly speechVerbs: readonly string[]
  /** Nouns that name something that happens (talks, exchange, strike, earthquake), by lemma. */
  readonly eventNouns: readonly string[]
  /** Verbs that report something happening, by lemma, with the noun that names it. */
  readonly eventVerbs: Readonly<Record<string, string>>
  /**
   * Verbs that say an event takes place, after its noun ('the next meeting will take place',
   * 'talks would be held'): the noun is an event even in the future. Lemma, then particle.
   */
  readonly occurVerbs: readonly string[]
  /**
   * Verbs whose object names an event that happened or is set ('ended the latest round of
   * talks', 'agreed to a prisoner exchange', 'hold another round'), by lemma.
   */
  readonly frameVerbs: readonly string[]
  /** Words before `to` + verb that schedule an event rather than wish it ('due to resume'). */
  readonly scheduleCues: readonly string[]
  /** Words that make a clause hypothetical or unreal: modal verbs, 'if', 'unless'. */
  readonly irrealis: readonly string[]
  /** Negation words. */
  readonly negations: readonly string[]
  /** Words that mark a figure as a forecast, plan or expectation, by lemma. */
  readonly expectation: readonly string[]
  /** Units that measure time (a figure in them measures a duration). */
  readonly durationUnits: readonly string[]
  /** Irregular past participles by lemma ('spend' → 'spent'); others take -ed. */
  readonly participles: Readonly<Record<string, string>>
  /** Scale words inside a figure ('million', 'dozen'), never the counted noun. */
  readonly scaleWords: readonly string[]
  /** Units of measure a compound figure may carry ('six-hour session', '10-km queue'). */
  readonly measureUnits: readonly string[]
  /**
   * Verbs of a figure's change or level ('rose to 14', 'reached 13', 'stood at 40'): the figure
   * measures the subject itself, so the verb stays out of the subject, by lemma.
   */
  readonly changeVerbs: readonly string[]
  /** Verbs that rank their subject with an ordinal ('finished seventh', 'came second'). */
  readonly rankVerbs: readonly string[]
  /** Unit of a rank figure. */
  readonly rankUnit: string
  /** Number and ordinal words with their values ('fourteen' → 14, 'seventh' → 7). */
  readonly numberWords: Readonly<Record<string, number>>
  readonly ordinalWords: Readonly<Record<string, number>>
  /** Adjectives of readiness before `to` + verb ('ready', 'prepared', 'willing'), lower-case. */
  readonly readinessWords: readonly string[]
  /** Verbs of hesitation that, negated, voice readiness ('would not hesitate to act'), by lemma. */
  readonly hesitationVerbs: readonly string[]
  /** Fraction words with their values ('half' → 0.5, 'quarter' → 0.25). */
  readonly fractionWords: Readonly<Record<string, number>>
  /** Verbs that take a level as direct object ('reached 13', 'hit 40'), by lemma. */
  readonly levelVerbs: readonly string[]
  /** Verbs whose duration object is the length of their subject ('the talks lasted six hours'). */
  readonly durationVerbs: readonly string[]
  /** The form of a figure that gives an age ('22-year-old'), matched on the figure's text. */
  readonly ageForm: RegExp
  /** What an age figure measures, as a subject. */
  readonly ageSubject: string
  /** Units that are shares (a figure in them measures a share of something). */
  readonly shareUnits: readonly string[]
  /** Verbs that introduce a characterisation: 'describe X as', 'call X'. */
  readonly describeVerbs: readonly string[]
  /** Evaluative nouns a descriptor may be built on ('progress', 'breakthrough'). */
  readonly evaluativeNouns: readonly string[]
  /** Adjectives that describe a fact rather than judge it (never a characterisation alone). */
  readonly factualAdjectives: readonly string[]
  /** Determiners and possessives dropped from the start of a normalised phrase. */
  readonly dropLeading: readonly string[]
  /** Topic keys with the lemmas that signal them, in order of precedence on ties. */
  readonly topics: Readonly<Record<string, readonly string[]>>
}
