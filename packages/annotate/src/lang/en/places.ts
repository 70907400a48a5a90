import { words } from './list.js'

/** Heads that make a capitalised name a place ("Donbas region", "Nuclear Power Plant"). */
export const placeHeads = words(`
  region oblast province state city town village district county island islands peninsula river
  sea ocean mountains valley plant airport port square street avenue
`)

/** Prepositions after which an unknown capitalised name is most likely a place. */
export const placePrepositions = words(`
  in at from to near into across outside inside toward towards via through
`)
