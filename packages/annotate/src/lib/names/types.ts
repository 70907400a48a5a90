/** What a capitalised name was taken for; 'single' is one unexplained word, settled later. */
export type NameKind = 'person' | 'organization' | 'place' | 'party' | 'single'

/** A capitalised name found in a block's text, with what the context says about it. */
export interface NameCandidate {
  start: number
  end: number
  /** The name as written (no possessive, no title). */
  surface: string
  words: string[]
  kind: NameKind
  /** For parties: the party key and canonical name. */
  partyKey?: string
  partyName?: string
  /** Roles and titles the text attaches to this name here. */
  roles: string[]
  possessive: boolean
  /** Part of a hyphenated modifier ("Ukraine-Russia talks"): not a subject. */
  modifier: boolean
  /** For people: the organisation written right after the name ("… of the University of Chile"). */
  affiliation?: string
}
