import { monthAbbreviations, months, weekdayAbbreviations, weekdays } from './calendar.js'
import { navigationLabel, pageFurniture, promotionLines } from './chrome.js'
import { currencySymbols, currencyWords, sharedCurrencies } from './currencies.js'
import { articles, determiners, roleStoppers, sentenceOpeners } from './function-words.js'
import { numberWords, ordinalWords, scaleWords } from './numbers.js'
import {
  newsAgencies,
  organizationDescriptors,
  organizationHeads,
  platforms,
} from './organisations.js'
import { parties } from './parties.js'
import {
  abbreviations,
  academicTitles,
  anonymousSpeakers,
  genderWords,
  honorifics,
  indefiniteOpeners,
  leaderTitles,
  nameParticles,
  personPronouns,
  titleModifiers,
  titleWords,
} from './people.js'
import { placeHeads, placePrepositions } from './places.js'
import { cueVerbs, findingVerbs, tellVerbs } from './speech.js'

/**
 * The English language pack: every English word list the pipeline's rules read (the parser's
 * cleaning and sentence rules, html-extract's page furniture, annotate's names, speakers,
 * quantities and dates), in one place and one format (see list.ts). Data only: importing it
 * loads no NLP library. Another language would be a sibling folder with the same fields.
 */
export const english = {
  /** ISO 639-1 code of the language (what `Article.language` holds). */
  code: 'en',
  cueVerbs,
  tellVerbs,
  findingVerbs,
  titleWords,
  titleModifiers,
  leaderTitles,
  academicTitles,
  honorifics,
  abbreviations,
  personPronouns,
  genderWords,
  indefiniteOpeners,
  anonymousSpeakers,
  nameParticles,
  roleStoppers,
  sentenceOpeners,
  articles,
  determiners,
  organizationDescriptors,
  organizationHeads,
  platforms,
  newsAgencies,
  parties,
  placeHeads,
  placePrepositions,
  months,
  monthAbbreviations,
  weekdays,
  weekdayAbbreviations,
  numberWords,
  ordinalWords,
  scaleWords,
  currencySymbols,
  currencyWords,
  sharedCurrencies,
  promotionLines,
  navigationLabel,
  pageFurniture,
} as const

/** A language pack: the shape every language's data takes. */
export type LanguagePack = typeof english
