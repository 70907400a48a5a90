import { words } from './list.js'

/** Words that never belong to a role phrase written before a name (function words). */
export const roleStoppers = words(`
  the a an this that these those his her their its our my your and or but nor with without of
  to in on at by for from into onto over under after before during since until as than then who
  whom whose which when where while said says told tells wrote writes met meets is was are were
  be been being has have had do does did not no also only just
`)

/**
 * Capitalised words that begin sentences or headings but are not names (with the month and
 * weekday names and month abbreviations of calendar.ts).
 */
export const sentenceOpeners = words(`
  A An The This That These Those It Its He She They We I You His Her Their Our My Your But And
  Or Nor So Yet For If When While Although Though As After Before Since Until Meanwhile However
  Notably Also Still Even Both Some Many Most Several Other Another Such No Not Ahead During In
  On At By From With Without Of To Into Over Under Among Between Next Last First Giving Writing
  Speaking Echoing Following According Specifically Conversely Nevertheless Beyond Prospects
  Security Talks Sources Image Updated Top Feeds Timeline Officials Mr Mrs Ms Dr Here There
  What Who Why How Where Which Whose Whom Every Each All Any Few One Two Three Four Five Six
  Seven Eight Nine Ten Emotionally Never Instead Then Now Today Tomorrow Yesterday Earlier
  Later Despite Against Amid Upon Via Only Just Perhaps Maybe Moreover Furthermore Indeed
  Overall Finally Initially Separately Similarly Likewise
`)

/** Articles. */
export const articles = words('the a an')

/** Determiners: articles, demonstratives and possessives ("the", "this", "their"). */
export const determiners = words('the a an this that these those its his her their our my your')
